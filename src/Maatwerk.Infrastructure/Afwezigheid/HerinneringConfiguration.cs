using Maatwerk.Domain.Afwezigheid;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Afwezigheid;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class HerinneringConfiguration : IEntityTypeConfiguration<Herinnering>
{
    public void Configure(EntityTypeBuilder<Herinnering> b)
    {
        b.ToTable("herinneringen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Toelichting).HasMaxLength(500);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.HasIndex(x => new { x.ToewijzingId, x.AfspraakOp });
        b.HasIndex(x => new { x.AanbiederId, x.AfspraakOp });
        b.HasOne<Toewijzing>().WithMany().HasForeignKey(x => x.ToewijzingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
