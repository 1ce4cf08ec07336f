using Maatwerk.Domain.Declaratiebeoordeling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class OntvangenDeclaratieConfiguration : IEntityTypeConfiguration<OntvangenDeclaratie>
{
    public void Configure(EntityTypeBuilder<OntvangenDeclaratie> b)
    {
        b.ToTable("ontvangen_declaraties");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Afzender).HasMaxLength(8);
        b.Property(x => x.Identificatie).HasMaxLength(12);
        b.Property(x => x.DeclaratieNummer).HasMaxLength(12);
        b.Property(x => x.Declaratiecode).HasMaxLength(4);
        b.Property(x => x.AntwoordIdentificatie).HasMaxLength(12);
        b.Property(x => x.AntwoordVerzondenDoor).HasMaxLength(200);
        b.Property(x => x.BetaaldDoor).HasMaxLength(200);
        b.Property(x => x.Motivering).HasMaxLength(1000); // 20261202020000_Correctietoestemming
        b.HasIndex(x => x.BerichtId).IsUnique();
        b.HasIndex(x => new { x.GemeenteId, x.Status });
        b.HasIndex(x => new { x.Afzender, x.DeclaratieNummer });
    }
}

internal sealed class OntvangenPrestatieConfiguration : IEntityTypeConfiguration<OntvangenPrestatie>
{
    public void Configure(EntityTypeBuilder<OntvangenPrestatie> b)
    {
        b.ToTable("ontvangen_prestaties");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Pad).HasMaxLength(200);
        b.Property(x => x.Bsn).HasMaxLength(9);
        b.Property(x => x.ReferentieNummer).HasMaxLength(20);
        b.Property(x => x.VorigReferentieNummer).HasMaxLength(20);
        b.Property(x => x.ToewijzingNummer).HasMaxLength(20);
        b.Property(x => x.ProductCategorie).HasMaxLength(2);
        b.Property(x => x.ProductCode).HasMaxLength(5);
        b.Property(x => x.Eenheid).HasMaxLength(2);
        b.Property(x => x.DebetCredit).HasMaxLength(1);
        b.Property(x => x.Checks).HasColumnName("Controles").HasMaxLength(PrestatieCheck.MaxLength);
        b.Property(x => x.Retourcode).HasMaxLength(4);
        b.Property(x => x.Toelichting).HasMaxLength(500);
        b.Property(x => x.BeoordeeldDoor).HasMaxLength(200);
        b.HasIndex(x => new { x.DeclaratieId, x.Volgnummer });
        b.HasIndex(x => x.ReferentieNummer);
        b.HasIndex(x => x.ToewijzingNummer);
    }
}
