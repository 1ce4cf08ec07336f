using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Gebruikers;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class GebruikerConfiguration : IEntityTypeConfiguration<Gebruiker>
{
    public void Configure(EntityTypeBuilder<Gebruiker> b)
    {
        b.ToTable("gebruikers");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.WachtwoordHash).HasMaxLength(500);
        b.Property(x => x.TotpGeheim).HasMaxLength(64);
        b.HasIndex(x => x.Email).IsUnique();
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
    }
}
