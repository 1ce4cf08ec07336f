using Maatwerk.Domain.Toewijzingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Toewijzingen;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class WarmeOverdrachtConfiguration : IEntityTypeConfiguration<WarmeOverdracht>
{
    public void Configure(EntityTypeBuilder<WarmeOverdracht> b)
    {
        b.ToTable("warme_overdrachten");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Toelichting).HasMaxLength(500);
        b.HasIndex(x => x.ToewijzingId).IsUnique();
        b.HasOne<Toewijzing>().WithMany().HasForeignKey(x => x.ToewijzingId).OnDelete(DeleteBehavior.Restrict);
    }
}
