using Maatwerk.Domain.Beschikkingen;
using Maatwerk.Domain.Clienten;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Beschikkingen;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class BeschikkingConfiguration : IEntityTypeConfiguration<Beschikking>
{
    public void Configure(EntityTypeBuilder<Beschikking> b)
    {
        b.ToTable("beschikkingen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Nummer).HasMaxLength(20);
        b.Property(x => x.Omschrijving).HasMaxLength(500);
        b.HasIndex(x => new { x.ClientId, x.Nummer }).IsUnique();
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}
