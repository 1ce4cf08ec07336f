using Maatwerk.Domain.Beschikkingen;
using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Toewijzingen;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with the model.
internal sealed class ToewijzingConfiguration : IEntityTypeConfiguration<Toewijzing>
{
    public void Configure(EntityTypeBuilder<Toewijzing> b)
    {
        b.ToTable("toewijzingen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.ToewijzingNummer).HasMaxLength(20);
        b.Property(x => x.Productcategorie).HasMaxLength(2);
        b.Property(x => x.Productcode).HasMaxLength(20);
        b.Property(x => x.Eenheid).HasMaxLength(2);
        b.Property(x => x.Frequentie).HasMaxLength(2);
        b.Property(x => x.Budget).HasPrecision(8, 2);
        b.Property(x => x.BeschikkingNummer).HasMaxLength(20);
        b.Property(x => x.RedenWeigering).HasMaxLength(500);
        b.Property(x => x.RedenBeeindiging).HasMaxLength(2);
        b.Property(x => x.RedenWijziging).HasMaxLength(2);
        b.Property(x => x.ReferentieAanbieder).HasMaxLength(36);
        b.Property(x => x.IWmoProductcode).HasMaxLength(5);
        b.Property(x => x.Opname).HasMaxLength(20);
        b.Ignore(x => x.BegindatumLevering);
        b.Ignore(x => x.BerichtProductcode);
        b.Ignore(x => x.BudgetInCenten);
        // The urgency of the list (issue 9), kept by the re-evaluation of obligations (ToewijzingUrgentie), not domain state.
        b.Property<DateOnly?>(ToewijzingUrgentie.EersteDeadline);
        b.Property<int>(ToewijzingUrgentie.TeLaat).HasDefaultValue(0);
        b.HasIndex(x => x.ToewijzingNummer).IsUnique();
        b.HasIndex(x => x.Ingangsdatum); // the list newest first (issue 9)
        b.HasIndex(x => new { x.ContractId, x.Status, x.ClientId }); // a gemeente counts its toewijzingen per status from indexes alone
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Beschikking>().WithMany().HasForeignKey(x => x.BeschikkingId).OnDelete(DeleteBehavior.Restrict);
    }
}
