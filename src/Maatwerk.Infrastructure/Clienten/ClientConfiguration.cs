using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Clienten;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.ToTable("clienten");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Bsn).HasMaxLength(9);
        b.Property(x => x.Tussenvoegsel).HasMaxLength(10);
        b.Property(x => x.Huisnummer).HasMaxLength(10);
        b.Property(x => x.Postcode).HasMaxLength(6);
        b.Property(x => x.Woonplaats).HasMaxLength(100);
        b.Property(x => x.Telefoon).HasMaxLength(20);
        b.Ignore(x => x.VolledigeNaam);
        b.HasIndex(x => new { x.GemeenteId, x.Bsn }).IsUnique();
        b.HasIndex(x => new { x.Achternaam, x.Voornamen }); // the list by name (issue 9)
        b.HasIndex(x => x.Bsn); // search by BSN across gemeenten (an aanbieder's view)
        b.HasIndex(x => new { x.GemeenteId, x.Id }); // a gemeente's clients as a semi-join, from the index alone
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.GemeenteId).OnDelete(DeleteBehavior.Restrict);
    }
}
