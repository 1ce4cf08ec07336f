using Maatwerk.Domain.Toewijzingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Toewijzingen;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class EvaluatieConfiguration : IEntityTypeConfiguration<Evaluatie>
{
    public void Configure(EntityTypeBuilder<Evaluatie> b)
    {
        b.ToTable("evaluaties");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Antwoorden).HasMaxLength(20000);
        b.HasIndex(x => x.ToewijzingId);
        b.HasOne<Toewijzing>().WithMany().HasForeignKey(x => x.ToewijzingId).OnDelete(DeleteBehavior.Restrict);
    }
}
