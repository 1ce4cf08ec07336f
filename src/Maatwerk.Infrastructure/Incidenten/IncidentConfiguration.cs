using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Incidenten;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Incidenten;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> b)
    {
        b.ToTable("incidenten");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Soort).HasMaxLength(40);
        b.Property(x => x.Titel).HasMaxLength(200);
        b.Property(x => x.Omschrijving).HasMaxLength(4000);
        b.Property(x => x.Oorzaak).HasMaxLength(2000);
        b.Property(x => x.Aard).HasMaxLength(2000);
        b.Property(x => x.Gegevens).HasMaxLength(2000);
        b.Property(x => x.Gevolgen).HasMaxLength(2000);
        b.Property(x => x.Maatregelen).HasMaxLength(2000);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.Ignore(x => x.IsDatalek);
        b.HasIndex(x => new { x.AanbiederId, x.Ontdekt });
        b.HasIndex(x => new { x.ContractId, x.Ontdekt });
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
