using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>From which day the platform tracks a contract's periods: the first nightly run that saw the contract (or
/// the contract's start, when later). Periods that ended before it get no period events, so a contract brought onto the
/// platform in November does not show every month since its start as an undeclared month.</summary>
public sealed class PeriodeTracking
{
    public Guid ContractId { get; set; }
    public DateOnly Vanaf { get; set; }
}

internal sealed class PeriodeTrackingConfiguration : IEntityTypeConfiguration<PeriodeTracking>
{
    public void Configure(EntityTypeBuilder<PeriodeTracking> b)
    {
        b.ToTable("periode_tracking");
        b.HasKey(x => x.ContractId);
        b.Property(x => x.ContractId).ValueGeneratedNever();
    }
}
