using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Contracten;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Clientondersteuning;

// Column sizes here and in Migrations/20261202060000_OcoFacturen.cs must agree (SchemaMatchesModelTests).
internal sealed class OcoFactuurConfiguration : IEntityTypeConfiguration<OcoFactuur>
{
    public void Configure(EntityTypeBuilder<OcoFactuur> b)
    {
        b.ToTable("oco_facturen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Nummer).HasMaxLength(30);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.OpgesteldDoor).HasMaxLength(200);
        b.Property(x => x.IngediendDoor).HasMaxLength(200);
        b.HasIndex(x => new { x.AanbiederId, x.Nummer }).IsUnique();
        b.HasIndex(x => new { x.GemeenteId, x.Van });
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Regels).WithOne().HasForeignKey(x => x.FactuurId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OcoFactuurregelConfiguration : IEntityTypeConfiguration<OcoFactuurregel>
{
    public void Configure(EntityTypeBuilder<OcoFactuurregel> b)
    {
        b.ToTable("oco_factuurregels");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.HasIndex(x => x.FactuurId);
        b.HasIndex(x => x.MeldingId);
        b.HasOne<Melding>().WithMany().HasForeignKey(x => x.MeldingId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Contacten).WithOne().HasForeignKey(x => x.RegelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OcoFactuurContactConfiguration : IEntityTypeConfiguration<OcoFactuurContact>
{
    public void Configure(EntityTypeBuilder<OcoFactuurContact> b)
    {
        b.ToTable("oco_factuurcontacten");
        b.HasKey(x => new { x.RegelId, x.ContactId });
        b.HasIndex(x => x.ContactId);
        b.HasOne<Contactmoment>().WithMany().HasForeignKey(x => x.ContactId).OnDelete(DeleteBehavior.Restrict);
    }
}
