using Maatwerk.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Organisaties;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class OrganisatieConfiguration : IEntityTypeConfiguration<Organisatie>
{
    public void Configure(EntityTypeBuilder<Organisatie> b)
    {
        b.ToTable("organisaties");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Gemeentecode).HasMaxLength(4);
        b.Property(x => x.AgbCode).HasMaxLength(8);
        b.Property(x => x.KvkNummer).HasMaxLength(8);
        b.HasIndex(x => x.AgbCode).IsUnique();
        b.HasIndex(x => x.Gemeentecode).IsUnique();
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.RegioId).OnDelete(DeleteBehavior.Restrict);
    }
}
