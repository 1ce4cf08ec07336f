using Maatwerk.Domain.Toewijzingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Toewijzingen;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class OndersteuningsplanConfiguration : IEntityTypeConfiguration<Ondersteuningsplan>
{
    public void Configure(EntityTypeBuilder<Ondersteuningsplan> b)
    {
        b.ToTable("ondersteuningsplannen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Doelen).HasMaxLength(2000);
        b.Property(x => x.Activiteiten).HasMaxLength(2000);
        b.Property(x => x.Afschaling).HasMaxLength(2000);
        b.Property(x => x.RolNetwerk).HasMaxLength(2000);
        b.HasIndex(x => x.ToewijzingId).IsUnique();
        b.HasOne<Toewijzing>().WithMany().HasForeignKey(x => x.ToewijzingId).OnDelete(DeleteBehavior.Restrict);
    }
}
