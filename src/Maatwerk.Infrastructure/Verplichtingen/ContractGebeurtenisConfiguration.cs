using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verplichtingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Verplichtingen;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class ContractGebeurtenisConfiguration : IEntityTypeConfiguration<ContractGebeurtenis>
{
    public void Configure(EntityTypeBuilder<ContractGebeurtenis> b)
    {
        b.ToTable("gebeurtenissen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Soort).HasMaxLength(60);
        b.Property(x => x.ProductCode).HasMaxLength(10);
        b.Property(x => x.Toelichting).HasMaxLength(500);
        b.Property(x => x.OnderwerpSoort).HasMaxLength(20);
        b.Ignore(x => x.Onderwerp);
        b.HasIndex(x => x.ContractId);
        b.HasIndex(x => x.ToewijzingId);
        b.HasIndex(x => new { x.ContractId, x.OnderwerpSoort, x.OnderwerpId });
        b.HasIndex(x => x.OnderwerpId);
        b.HasIndex(x => x.Moment);
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
