using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verplichtingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Verplichtingen;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class VastgelegdeVerplichtingConfiguration : IEntityTypeConfiguration<VastgelegdeVerplichting>
{
    public void Configure(EntityTypeBuilder<VastgelegdeVerplichting> b)
    {
        b.ToTable("verplichtingen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Sleutel).HasMaxLength(120);
        b.Property(x => x.RegelId).HasMaxLength(60);
        b.Property(x => x.Bron).HasMaxLength(100);
        b.Property(x => x.Omschrijving).HasMaxLength(500);
        b.Property(x => x.Soort).HasMaxLength(60);
        b.Property(x => x.Actor).HasMaxLength(60);
        b.Property(x => x.ProfielId).HasMaxLength(100);
        b.Property(x => x.Lezing).HasMaxLength(500);
        b.Property(x => x.Uitleg).HasMaxLength(300);
        b.Property(x => x.Toelichting).HasMaxLength(300);
        b.Property(x => x.OnderwerpSoort).HasMaxLength(20);
        b.HasIndex(x => new { x.ContractId, x.Sleutel }).IsUnique();
        b.HasIndex(x => x.ToewijzingId);
        b.HasIndex(x => x.Deadline);
        b.HasIndex(x => new { x.ContractId, x.OnderwerpSoort, x.OnderwerpId });
        b.HasIndex(x => x.OnderwerpId);
        b.HasIndex(x => new { x.Status, x.Deadline });
        b.HasIndex(x => x.ClientId); // lists (issue 9): a client's obligations, search by client
        b.HasIndex(x => new { x.ToewijzingId, x.Status, x.Deadline }); // next deadline and overdue count per toewijzing
        b.HasIndex(x => new { x.ContractId, x.Status, x.ClientId }); // counts per status in a user's view, from the index alone
        b.HasIndex(x => new { x.ContractId, x.GemeenteId, x.Status, x.Deadline }); // a gemeente's view: counts and pages without joining clients
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
