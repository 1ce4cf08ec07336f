using Maatwerk.Domain.Organisatiebewijzen;
using Maatwerk.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Organisatiebewijzen;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class OrganisatiebewijsConfiguration : IEntityTypeConfiguration<Organisatiebewijs>
{
    public void Configure(EntityTypeBuilder<Organisatiebewijs> b)
    {
        b.ToTable("organisatiebewijzen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Uitgever).HasMaxLength(200);
        b.Property(x => x.Nummer).HasMaxLength(100);
        b.Property(x => x.Norm).HasMaxLength(100);
        b.Property(x => x.BedragPerAanspraak).HasPrecision(14, 2);
        b.Property(x => x.BedragPerJaar).HasPrecision(14, 2);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.HasIndex(x => new { x.AanbiederId, x.Soort });
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.AanbiederId).OnDelete(DeleteBehavior.Restrict);
    }
}
