using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tarieven;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Tarieven;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class ContracttariefConfiguration : IEntityTypeConfiguration<Contracttarief>
{
    public void Configure(EntityTypeBuilder<Contracttarief> b)
    {
        b.ToTable("contracttarieven");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Productcode).HasMaxLength(20);
        b.Property(x => x.Bedrag).HasPrecision(9, 2);
        b.Property(x => x.Schaduwbedrag).HasPrecision(9, 2);
        b.Property(x => x.Bron).HasMaxLength(200);
        b.Property(x => x.IngevoerdDoor).HasMaxLength(200);
        b.HasIndex(x => new { x.ContractId, x.Productcode, x.Vanaf }).IsUnique();
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Cascade);
    }
}
