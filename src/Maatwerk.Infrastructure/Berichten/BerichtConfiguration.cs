using Maatwerk.Domain.Berichten;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Berichten;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class BerichtConfiguration : IEntityTypeConfiguration<Bericht>
{
    public void Configure(EntityTypeBuilder<Bericht> b)
    {
        b.ToTable("berichten");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Soort).HasMaxLength(10);
        b.Property(x => x.BerichtCode).HasMaxLength(5);
        b.Property(x => x.Identificatie).HasMaxLength(12);
        b.Property(x => x.Afzender).HasMaxLength(8);
        b.Property(x => x.Ontvanger).HasMaxLength(8);
        // Unbounded: a month's WMO323 of a large provider is tens of MB; the size limit is BerichtenService.MaximaleGrootte.
        b.Property(x => x.Xml).Metadata.SetMaxLength(null);
        b.Property(x => x.RetourSoort).HasMaxLength(10);
        b.Property(x => x.RetourXml).Metadata.SetMaxLength(null);
        b.Property(x => x.Retourcodes).HasMaxLength(2000);
        b.Property(x => x.Kanaal).HasMaxLength(20);
        b.HasIndex(x => new { x.Afzender, x.BerichtCode, x.Identificatie }).IsUnique();
        b.HasIndex(x => x.ToewijzingId);
        b.HasIndex(x => x.AfzenderOrganisatieId);
        b.HasIndex(x => x.OntvangerOrganisatieId);
        b.HasIndex(x => new { x.OntvangerOrganisatieId, x.Ontvangen }); // inbox newest first (issue 9)
        b.HasIndex(x => new { x.AfzenderOrganisatieId, x.Ontvangen }); // outbox newest first
        b.HasIndex(x => x.ClientId); // search by client
    }
}
