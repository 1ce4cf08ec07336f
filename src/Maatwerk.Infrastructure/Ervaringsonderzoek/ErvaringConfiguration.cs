using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Ervaringsonderzoek;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Ervaringsonderzoek;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class ClientervaringConfiguration : IEntityTypeConfiguration<Clientervaring>
{
    public void Configure(EntityTypeBuilder<Clientervaring> b)
    {
        b.ToTable("clientervaringen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Postcode).HasMaxLength(7);
        b.Property(x => x.Zorgaanbieder).HasMaxLength(200);
        b.Property(x => x.OntvangenZorg).HasMaxLength(500);
        b.Property(x => x.TevredenToelichting).HasMaxLength(2000);
        b.Property(x => x.GoedEnBeter).HasMaxLength(2000);
        b.Property(x => x.Opmerkingen).HasMaxLength(2000);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.HasIndex(x => new { x.AanbiederId, x.Datum });
        b.HasIndex(x => x.ClientId);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ErvaringslinkConfiguration : IEntityTypeConfiguration<Ervaringslink>
{
    public void Configure(EntityTypeBuilder<Ervaringslink> b)
    {
        b.ToTable("ervaringslinks");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.Aanhef).HasMaxLength(200);
        b.Property(x => x.Zorgaanbieder).HasMaxLength(200);
        b.Property(x => x.AangemaaktDoor).HasMaxLength(200);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.ClientId);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ErvaringsrondeConfiguration : IEntityTypeConfiguration<Ervaringsronde>
{
    public void Configure(EntityTypeBuilder<Ervaringsronde> b)
    {
        b.ToTable("ervaringsrondes");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Methode).HasMaxLength(500);
        b.Property(x => x.Resultaten).HasMaxLength(4000);
        b.Property(x => x.Verbetermaatregelen).HasMaxLength(2000);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(200);
        b.Ignore(x => x.IsClienten);
        b.Ignore(x => x.IsMedewerkers);
        b.HasIndex(x => new { x.AanbiederId, x.Tot });
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
