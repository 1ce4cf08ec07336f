using Maatwerk.Domain.ApiSleutels;
using Maatwerk.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.ApiSleutels;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class ApiSleutelConfiguration : IEntityTypeConfiguration<ApiSleutel>
{
    public void Configure(EntityTypeBuilder<ApiSleutel> b)
    {
        b.ToTable("api_sleutels");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Naam).HasMaxLength(ApiSleutel.NaamMaxLength);
        b.Property(x => x.Prefix).HasMaxLength(20);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.Scopes).HasMaxLength(1000);
        b.Property(x => x.AangemaaktDoor).HasMaxLength(200);
        b.Property(x => x.IngetrokkenDoor).HasMaxLength(200);
        b.Ignore(x => x.ScopeList);
        b.HasIndex(x => x.Prefix).IsUnique();
        b.HasIndex(x => x.OrganisatieId);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
    }
}
