using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Contracten;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Clientondersteuning;

// Column sizes here and in Migrations/20261130040000_Clientondersteuning.cs must agree (SchemaMatchesModelTests).
internal sealed class MeldingConfiguration : IEntityTypeConfiguration<Melding>
{
    public void Configure(EntityTypeBuilder<Melding> b)
    {
        b.ToTable("oco_meldingen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Bsn).HasMaxLength(9);
        b.Property(x => x.Levensdomein).HasMaxLength(300);
        b.Property(x => x.Vraag).HasMaxLength(1000);
        b.HasIndex(x => new { x.AanbiederId, x.OntvangenOp });
        b.HasIndex(x => new { x.GemeenteId, x.OntvangenOp });
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.LevensdomeinCodes);
        b.Ignore(x => x.Naam);
    }
}

internal sealed class ContactmomentConfiguration : IEntityTypeConfiguration<Contactmoment>
{
    public void Configure(EntityTypeBuilder<Contactmoment> b)
    {
        b.ToTable("oco_contacten");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.SubActiviteit).HasMaxLength(50);
        b.Property(x => x.Toelichting).HasMaxLength(1000);
        b.HasIndex(x => new { x.MeldingId, x.Moment });
        b.HasOne<Melding>().WithMany().HasForeignKey(x => x.MeldingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AfspraakConfiguration : IEntityTypeConfiguration<Afspraak>
{
    public void Configure(EntityTypeBuilder<Afspraak> b)
    {
        b.ToTable("oco_afspraken");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.VerzetReden).HasMaxLength(500);
        b.HasIndex(x => new { x.MeldingId, x.GeplandOp });
        b.HasOne<Melding>().WithMany().HasForeignKey(x => x.MeldingId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.Aankondiging);
    }
}

internal sealed class TrajectConfiguration : IEntityTypeConfiguration<Traject>
{
    public void Configure(EntityTypeBuilder<Traject> b)
    {
        b.ToTable("oco_trajecten");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.AfsluitToelichting).HasMaxLength(500);
        b.HasIndex(x => x.MeldingId).IsUnique();
        b.HasOne<Melding>().WithMany().HasForeignKey(x => x.MeldingId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsAfgesloten);
    }
}

internal sealed class VerwijzingConfiguration : IEntityTypeConfiguration<Verwijzing>
{
    public void Configure(EntityTypeBuilder<Verwijzing> b)
    {
        b.ToTable("oco_verwijzingen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Toelichting).HasMaxLength(500);
        b.HasIndex(x => new { x.MeldingId, x.Datum });
        b.HasOne<Melding>().WithMany().HasForeignKey(x => x.MeldingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IngediendeRapportageConfiguration : IEntityTypeConfiguration<IngediendeRapportage>
{
    public void Configure(EntityTypeBuilder<IngediendeRapportage> b)
    {
        b.ToTable("oco_rapportages");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Trends).HasMaxLength(4000);
        b.Property(x => x.Cijfers).HasMaxLength(20000);
        b.HasIndex(x => new { x.GemeenteId, x.Van });
        b.HasIndex(x => new { x.AanbiederId, x.Van });
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeldingKlachtConfiguration : IEntityTypeConfiguration<MeldingKlacht>
{
    public void Configure(EntityTypeBuilder<MeldingKlacht> b)
    {
        b.ToTable("oco_melding_klachten");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.GekoppeldDoor).HasMaxLength(200);
        b.HasIndex(x => x.KlachtId).IsUnique();
        b.HasIndex(x => x.MeldingId);
        b.HasOne<Melding>().WithMany().HasForeignKey(x => x.MeldingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Domain.Klachten.Klacht>().WithMany().HasForeignKey(x => x.KlachtId).OnDelete(DeleteBehavior.Cascade);
    }
}
