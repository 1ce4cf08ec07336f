using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verantwoording;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Verantwoording;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class ProductieverantwoordingConfiguration : IEntityTypeConfiguration<Productieverantwoording>
{
    public void Configure(EntityTypeBuilder<Productieverantwoording> b)
    {
        b.ToTable("verantwoordingen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Jaarbasis).HasMaxLength(20);
        b.Property(x => x.OpgesteldDoor).HasMaxLength(200);
        b.Property(x => x.IngediendDoor).HasMaxLength(200);
        b.Property(x => x.OordeelToelichting).HasMaxLength(1000);
        b.Property(x => x.OordeelDoor).HasMaxLength(200);
        b.Property(x => x.UploadNaam).HasMaxLength(200);
        b.Property(x => x.UploadSha256).HasMaxLength(64);
        b.HasIndex(x => new { x.ContractId, x.Jaar }).IsUnique();
        b.HasIndex(x => new { x.AanbiederId, x.Jaar });
        b.HasIndex(x => new { x.OpdrachtgeverId, x.Jaar });
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VerantwoordingRegelConfiguration : IEntityTypeConfiguration<VerantwoordingRegel>
{
    public void Configure(EntityTypeBuilder<VerantwoordingRegel> b)
    {
        b.ToTable("verantwoording_regels");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Gemeentecode).HasMaxLength(4);
        b.Property(x => x.ProductCategorie).HasMaxLength(2);
        b.Property(x => x.ProductCode).HasMaxLength(5);
        b.Property(x => x.Eenheid).HasMaxLength(2);
        b.HasIndex(x => x.VerantwoordingId);
        b.HasOne<Productieverantwoording>().WithMany().HasForeignKey(x => x.VerantwoordingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VerantwoordingBestandConfiguration : IEntityTypeConfiguration<VerantwoordingBestand>
{
    public void Configure(EntityTypeBuilder<VerantwoordingBestand> b)
    {
        b.ConfigureBewaardBestand("verantwoording_bestanden");
        b.HasIndex(x => x.VerantwoordingId);
        b.HasOne<Productieverantwoording>().WithMany().HasForeignKey(x => x.VerantwoordingId).OnDelete(DeleteBehavior.Cascade);
    }
}
