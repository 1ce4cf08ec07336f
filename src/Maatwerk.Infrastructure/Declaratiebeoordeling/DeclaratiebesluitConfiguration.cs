using Maatwerk.Domain.Declaratiebeoordeling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

// Column sizes here and in Migrations/20261130020000_Declaratiebesluiten must agree (SchemaMatchesModelTests).
internal sealed class DeclaratiebesluitConfiguration : IEntityTypeConfiguration<Declaratiebesluit>
{
    public void Configure(EntityTypeBuilder<Declaratiebesluit> b)
    {
        b.ToTable("declaratiebesluiten");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Reden).HasMaxLength(1000);
        b.Property(x => x.Bron).HasMaxLength(100);
        b.Property(x => x.Door).HasMaxLength(200);
        b.Property(x => x.OpgehevenDoor).HasMaxLength(200);
        b.HasIndex(x => new { x.GemeenteId, x.AanbiederId });
        b.HasIndex(x => x.DeclaratieId);
    }
}
