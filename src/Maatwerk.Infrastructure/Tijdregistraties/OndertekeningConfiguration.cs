using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Domain.Toewijzingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Tijdregistraties;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class OndertekeningConfiguration : IEntityTypeConfiguration<Ondertekening>
{
    public void Configure(EntityTypeBuilder<Ondertekening> b)
    {
        b.ToTable("registratielijst_ondertekeningen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Naam).HasMaxLength(200);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.HasIndex(x => new { x.ToewijzingId, x.Periode }).IsUnique();
        b.HasIndex(x => new { x.AanbiederId, x.ToewijzingId });
        b.HasOne<Toewijzing>().WithMany().HasForeignKey(x => x.ToewijzingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
