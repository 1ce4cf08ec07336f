using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verantwoording;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Verantwoording;

// Column sizes here and in Migrations/20261204010000_Jaarrekening must agree (SchemaMatchesModelTests).
internal sealed class JaarrekeningConfiguration : IEntityTypeConfiguration<Jaarrekening>
{
    public void Configure(EntityTypeBuilder<Jaarrekening> b)
    {
        b.ToTable("jaarrekeningen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.IngediendDoor).HasMaxLength(200);
        // Migrations/20261204010010_Winstpercentage
        b.Property(x => x.Omzet).HasPrecision(14, 2);
        b.Property(x => x.Resultaat).HasPrecision(14, 2);
        b.Property(x => x.CijfersDoor).HasMaxLength(200);
        b.Property(x => x.Vraag).HasMaxLength(1000);
        b.Property(x => x.VraagDoor).HasMaxLength(200);
        b.Property(x => x.Antwoord).HasMaxLength(4000);
        b.Property(x => x.AntwoordDoor).HasMaxLength(200);
        b.Property(x => x.OordeelNotitie).HasMaxLength(1000);
        b.Property(x => x.OordeelDoor).HasMaxLength(200);
        b.HasIndex(x => new { x.ContractId, x.Jaar }).IsUnique();
        b.HasIndex(x => new { x.AanbiederId, x.Jaar });
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JaarrekeningBestandConfiguration : IEntityTypeConfiguration<JaarrekeningBestand>
{
    public void Configure(EntityTypeBuilder<JaarrekeningBestand> b)
    {
        b.ConfigureBewaardBestand("jaarrekening_bestanden");
        b.HasIndex(x => x.JaarrekeningId);
        b.HasOne<Jaarrekening>().WithMany().HasForeignKey(x => x.JaarrekeningId).OnDelete(DeleteBehavior.Cascade);
    }
}
