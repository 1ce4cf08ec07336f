using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Personeel;
using Maatwerk.Domain.Toewijzingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Personeel;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class MedewerkerConfiguration : IEntityTypeConfiguration<Medewerker>
{
    public void Configure(EntityTypeBuilder<Medewerker> b)
    {
        b.ToTable("medewerkers");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Naam).HasMaxLength(200);
        b.Property(x => x.Functie).HasMaxLength(100);
        b.Property(x => x.Productcodes).HasMaxLength(500);
        b.Property(x => x.Diploma).HasMaxLength(200);
        b.Property(x => x.Diplomanummer).HasMaxLength(50);
        b.Property(x => x.Registratienummer).HasMaxLength(50);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.Ignore(x => x.Producten);
        b.HasIndex(x => new { x.AanbiederId, x.Naam });
        b.HasIndex(x => x.GebruikerId);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.AanbiederId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VasteMedewerkerConfiguration : IEntityTypeConfiguration<VasteMedewerker>
{
    public void Configure(EntityTypeBuilder<VasteMedewerker> b)
    {
        b.ToTable("vaste_medewerkers");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Reden).HasMaxLength(500);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.HasIndex(x => new { x.ToewijzingId, x.Vanaf });
        b.HasIndex(x => x.MedewerkerId);
        b.HasIndex(x => x.AanbiederId);
        b.HasOne<Toewijzing>().WithMany().HasForeignKey(x => x.ToewijzingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Medewerker>().WithMany().HasForeignKey(x => x.MedewerkerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VogConfiguration : IEntityTypeConfiguration<Vog>
{
    public void Configure(EntityTypeBuilder<Vog> b)
    {
        b.ToTable("vogs");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Nummer).HasMaxLength(50);
        b.Property(x => x.Screeningsprofiel).HasMaxLength(100);
        b.Property(x => x.Risicogebieden).HasMaxLength(100);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.Ignore(x => x.RisicogebiedenLijst);
        b.HasIndex(x => new { x.MedewerkerId, x.Afgiftedatum });
        b.HasOne<Medewerker>().WithMany().HasForeignKey(x => x.MedewerkerId).OnDelete(DeleteBehavior.Restrict);
    }
}
