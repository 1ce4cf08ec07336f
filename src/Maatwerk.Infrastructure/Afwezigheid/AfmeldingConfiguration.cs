using Maatwerk.Domain.Afwezigheid;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Afwezigheid;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class AfmeldingConfiguration : IEntityTypeConfiguration<Afmelding>
{
    public void Configure(EntityTypeBuilder<Afmelding> b)
    {
        b.ToTable("afmeldingen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Productcode).HasMaxLength(20);
        b.Property(x => x.Toelichting).HasMaxLength(500);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.HasIndex(x => new { x.ClientId, x.ContractId, x.GeplandOp });
        b.HasIndex(x => new { x.ToewijzingId, x.GeplandOp });
        b.HasIndex(x => new { x.AanbiederId, x.GeplandOp });
        b.HasOne<Toewijzing>().WithMany().HasForeignKey(x => x.ToewijzingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
