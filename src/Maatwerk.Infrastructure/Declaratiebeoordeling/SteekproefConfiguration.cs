using Maatwerk.Domain.Declaratiebeoordeling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

// Column sizes here and in Migrations/20261130020010_Steekproeven must agree (SchemaMatchesModelTests).
internal sealed class SteekproefConfiguration : IEntityTypeConfiguration<Steekproef>
{
    public void Configure(EntityTypeBuilder<Steekproef> b)
    {
        b.ToTable("steekproeven");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Seed).HasMaxLength(100);
        b.Property(x => x.Door).HasMaxLength(200);
        b.HasIndex(x => new { x.GemeenteId, x.AanbiederId, x.Periode }).IsUnique();
    }
}

internal sealed class SteekproefRegelConfiguration : IEntityTypeConfiguration<SteekproefRegel>
{
    public void Configure(EntityTypeBuilder<SteekproefRegel> b)
    {
        b.ToTable("steekproefregels");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Notitie).HasMaxLength(1000);
        b.Property(x => x.Door).HasMaxLength(200);
        b.HasIndex(x => new { x.SteekproefId, x.Volgorde });
    }
}
