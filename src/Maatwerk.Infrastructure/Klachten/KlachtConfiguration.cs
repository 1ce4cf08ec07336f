using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Klachten;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Klachten;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class KlachtConfiguration : IEntityTypeConfiguration<Klacht>
{
    public void Configure(EntityTypeBuilder<Klacht> b)
    {
        b.ToTable("klachten");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Indiener).HasMaxLength(200);
        b.Property(x => x.Omschrijving).HasMaxLength(2000);
        b.Property(x => x.Aanpak).HasMaxLength(1000);
        b.Property(x => x.VerlengingReden).HasMaxLength(500);
        b.Property(x => x.EscalatieReden).HasMaxLength(1000);
        b.Property(x => x.TerugkoppelingGemeente).HasMaxLength(2000);
        b.Property(x => x.Afhandeling).HasMaxLength(2000);
        b.Property(x => x.Verbetermaatregel).HasMaxLength(1000);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.Ignore(x => x.Status);
        b.Ignore(x => x.IsVerlengd);
        b.HasIndex(x => new { x.AanbiederId, x.Ontvangen });
        b.HasIndex(x => new { x.OpdrachtgeverId, x.Ontvangen });
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
