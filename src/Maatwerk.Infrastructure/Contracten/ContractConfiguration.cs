using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Contracten;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> b)
    {
        b.ToTable("contracten");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.ProfielId).HasMaxLength(100);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.OpdrachtgeverId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.AanbiederId).OnDelete(DeleteBehavior.Restrict);
    }
}
