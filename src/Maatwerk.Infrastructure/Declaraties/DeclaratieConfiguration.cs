using Maatwerk.Domain.Declaraties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Declaraties;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class DeclaratieConfiguration : IEntityTypeConfiguration<Declaratie>
{
    public void Configure(EntityTypeBuilder<Declaratie> b)
    {
        b.ToTable("declaraties");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Nummer).HasMaxLength(12);
        b.Property(x => x.VerzondenDoor).HasMaxLength(200);
        b.HasIndex(x => new { x.AanbiederId, x.GemeenteId, x.Periode });
    }
}
