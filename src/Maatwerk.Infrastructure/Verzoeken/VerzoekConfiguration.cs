using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Verzoeken;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Verzoeken;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class VerzoekConfiguration : IEntityTypeConfiguration<Verzoek>
{
    public void Configure(EntityTypeBuilder<Verzoek> b)
    {
        b.ToTable("verzoeken");
        b.Property(x => x.Soort).HasMaxLength(10);
        b.Property(x => x.RedenVerzoek).HasMaxLength(1);
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Bsn).HasMaxLength(9);
        b.Property(x => x.Tussenvoegsel).HasMaxLength(10);
        b.Property(x => x.Productcode).HasMaxLength(20);
        b.Property(x => x.Eenheid).HasMaxLength(2);
        b.Property(x => x.Frequentie).HasMaxLength(2);
        b.Property(x => x.VerwijzerType).HasMaxLength(2);
        b.Property(x => x.VerwijzerNaam).HasMaxLength(70);
        b.Property(x => x.ReferentieAanbieder).HasMaxLength(15);
        b.Property(x => x.RedenAfwijzing).HasMaxLength(1);
        b.HasIndex(x => x.ContractId);
        b.HasIndex(x => x.GemeenteId);
        b.HasIndex(x => x.Bsn); // search by BSN (issue 9)
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.GemeenteId).OnDelete(DeleteBehavior.Restrict);
    }
}
