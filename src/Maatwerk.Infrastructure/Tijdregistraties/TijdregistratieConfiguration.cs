using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Domain.Toewijzingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Tijdregistraties;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class TijdregistratieConfiguration : IEntityTypeConfiguration<Tijdregistratie>
{
    public void Configure(EntityTypeBuilder<Tijdregistratie> b)
    {
        b.ToTable("tijdregistraties");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Productcode).HasMaxLength(20);
        b.Property(x => x.MedewerkerNaam).HasMaxLength(200);
        b.Property(x => x.Toelichting).HasMaxLength(500);
        b.Property(x => x.ExterneReferentie).HasMaxLength(100);
        b.Property(x => x.Plandoel).HasMaxLength(200);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.Property(x => x.GewijzigdDoor).HasMaxLength(200);
        b.Ignore(x => x.BeginMinuut);
        b.Ignore(x => x.EindMinuut);
        b.Ignore(x => x.Eindtijd);
        b.HasIndex(x => new { x.AanbiederId, x.MedewerkerId, x.Datum });
        b.HasIndex(x => new { x.ClientId, x.Datum });
        b.HasIndex(x => new { x.ToewijzingId, x.Datum });
        b.HasIndex(x => new { x.AanbiederId, x.ExterneReferentie }).IsUnique();
        b.HasOne<Toewijzing>().WithMany().HasForeignKey(x => x.ToewijzingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
