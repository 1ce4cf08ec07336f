using Maatwerk.Domain.Contracten;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Contracten;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class ProductcodeKoppelingConfiguration : IEntityTypeConfiguration<ProductcodeKoppeling>
{
    public void Configure(EntityTypeBuilder<ProductcodeKoppeling> b)
    {
        b.ToTable("productcode_koppelingen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Productcode).HasMaxLength(20);
        b.Property(x => x.IWmoProductcode).HasMaxLength(5);
        b.HasIndex(x => new { x.ContractId, x.Productcode }).IsUnique();
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
