using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Audit;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_regels");
        b.Property(x => x.Actie).HasMaxLength(30);
        b.Property(x => x.Entiteit).HasMaxLength(50);
        b.Property(x => x.EntiteitId).HasMaxLength(100);
        b.Property(x => x.Wijzigingen).HasMaxLength(OldValues.MaxLength);
        b.HasIndex(x => x.Moment);
        b.HasIndex(x => new { x.OrganisatieId, x.Moment }); // the trail of one organisation, newest first (issue 9)
        b.HasIndex(x => new { x.Entiteit, x.EntiteitId }); // every line about one record
    }
}
