using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>Reads the temporary stop before a resumption back from the timeline: what withdrawing that resumption
/// brings back (the domain's <see cref="Onderbreking"/>).</summary>
public static class Onderbrekingen
{
    public static Onderbreking? For(IReadOnlyList<ContractGebeurtenis> tijdlijn, DateOnly hervat)
    {
        var stop = tijdlijn.LastOrDefault(g => g.Soort == KetenGebeurtenis.TijdelijkeStop && Day(g) < hervat);
        if (stop is null)
            return null;
        var (opname, terug) = TijdelijkeStop.ReadOmschrijving(stop.Toelichting);
        var eerder = tijdlijn.LastOrDefault(g => g.Soort == KetenGebeurtenis.ZorgHervat && g.Moment < stop.Moment);
        return new Onderbreking(Day(stop), eerder is null ? null : Day(eerder), opname, terug);
    }

    private static DateOnly Day(ContractGebeurtenis g) => DateOnly.FromDateTime(Amsterdam.Local(g.Moment));
}
