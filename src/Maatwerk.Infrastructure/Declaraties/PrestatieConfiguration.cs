using Maatwerk.Domain.Declaraties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Declaraties;

// Column sizes here and in Migrations/20261129031000_DeclaratiePrestaties.cs must agree (SchemaMatchesModelTests).
internal sealed class PrestatieConfiguration : IEntityTypeConfiguration<Prestatie>
{
    public void Configure(EntityTypeBuilder<Prestatie> b)
    {
        b.ToTable("declaratieprestaties");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.ReferentieNummer).HasMaxLength(20);
        b.Property(x => x.VorigReferentieNummer).HasMaxLength(20);
        b.Property(x => x.ToewijzingNummer).HasMaxLength(20);
        b.Property(x => x.Bsn).HasMaxLength(9);
        b.Property(x => x.ProductCategorie).HasMaxLength(2);
        b.Property(x => x.ProductCode).HasMaxLength(5);
        b.Property(x => x.Eenheid).HasMaxLength(2);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Retourcodes).HasMaxLength(200);
        b.Property(x => x.RetourIdentificatie).HasMaxLength(12);
        b.Property(x => x.AangemaaktDoor).HasMaxLength(200);
        b.Property(x => x.NietOpnieuwReden).HasMaxLength(500); // 20261130010000_NietOpnieuwIndienen
        b.Property(x => x.NietOpnieuwDoor).HasMaxLength(200);
        b.Ignore(x => x.Saldo);
        b.Ignore(x => x.Codes);
        b.HasIndex(x => new { x.AanbiederId, x.ReferentieNummer }).IsUnique();
        b.HasIndex(x => x.DeclaratieId);
        b.HasIndex(x => new { x.AanbiederId, x.Status });
    }
}
