using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Meldcode;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Personeel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Meldcode;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class MeldcodeTrainingConfiguration : IEntityTypeConfiguration<MeldcodeTraining>
{
    public void Configure(EntityTypeBuilder<MeldcodeTraining> b)
    {
        b.ToTable("meldcode_trainingen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Soort).HasMaxLength(200);
        b.Property(x => x.Bewijs).HasMaxLength(500);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.HasIndex(x => new { x.MedewerkerId, x.Datum });
        b.HasIndex(x => x.AanbiederId);
        b.HasOne<Medewerker>().WithMany().HasForeignKey(x => x.MedewerkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.AanbiederId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeldcodeCasusConfiguration : IEntityTypeConfiguration<MeldcodeCasus>
{
    public void Configure(EntityTypeBuilder<MeldcodeCasus> b)
    {
        b.ToTable("meldcode_casussen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Signalen).HasMaxLength(4000);
        b.Property(x => x.Stap1Notitie).HasMaxLength(4000);
        b.Property(x => x.Stap2Notitie).HasMaxLength(4000);
        b.Property(x => x.Stap3Notitie).HasMaxLength(4000);
        b.Property(x => x.Stap4Notitie).HasMaxLength(4000);
        b.Property(x => x.Stap5Notitie).HasMaxLength(4000);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.Ignore(x => x.Stappen);
        b.Ignore(x => x.BereikteStap);
        b.Ignore(x => x.IsAfgesloten);
        b.HasIndex(x => x.AanbiederId);
        b.HasIndex(x => x.ClientId);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.AanbiederId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}
