using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Contracten;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Clientondersteuning;

// Column sizes here and in Migrations/20261201050100_OcoJaarplanOverleg.cs must agree (SchemaMatchesModelTests).
internal sealed class JaarplanConfiguration : IEntityTypeConfiguration<Jaarplan>
{
    public void Configure(EntityTypeBuilder<Jaarplan> b)
    {
        b.ToTable("oco_jaarplannen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Inhoud).HasMaxLength(4000);
        b.Property(x => x.IngediendDoor).HasMaxLength(200);
        b.HasIndex(x => new { x.ContractId, x.Jaar }).IsUnique();
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.Status);
    }
}

internal sealed class RapportageOverlegConfiguration : IEntityTypeConfiguration<RapportageOverleg>
{
    public void Configure(EntityTypeBuilder<RapportageOverleg> b)
    {
        b.ToTable("oco_overleggen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.Property(x => x.Notulen).HasMaxLength(8000);
        b.HasIndex(x => x.RapportageId);
        b.HasOne<IngediendeRapportage>().WithMany().HasForeignKey(x => x.RapportageId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.Status);
        b.Ignore(x => x.IsVastgesteld);
    }
}
