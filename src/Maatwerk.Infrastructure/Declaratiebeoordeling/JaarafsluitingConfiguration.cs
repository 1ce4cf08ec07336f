using Maatwerk.Domain.Declaratiebeoordeling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

// Column sizes here and in Migrations/20261130020020_Jaarafsluitingen must agree (SchemaMatchesModelTests).
internal sealed class JaarafsluitingConfiguration : IEntityTypeConfiguration<Jaarafsluiting>
{
    public void Configure(EntityTypeBuilder<Jaarafsluiting> b)
    {
        b.ToTable("jaarafsluitingen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Toelichting).HasMaxLength(500);
        b.Property(x => x.Door).HasMaxLength(200);
        b.HasIndex(x => new { x.GemeenteId, x.Jaar }).IsUnique();
    }
}
