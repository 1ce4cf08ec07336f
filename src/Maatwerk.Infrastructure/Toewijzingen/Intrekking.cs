using Maatwerk.Domain.Common;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>Withdrawing a start or stop (WMO305/307 with StatusAanlevering 3), from the platform or from another system:
/// the domain rule, then the withdrawn event leaves the timeline (so its obligations are computed again) and
/// "melding-ingetrokken" records what happened. A withdrawn resumption brings back the temporary stop before it, read
/// from the timeline.</summary>
public static class Intrekking
{
    private static readonly string[] StartSoorten = ["start-zorg", "zorg-hervat"];
    private static readonly string[] StopSoorten = ["einde-zorg", "tijdelijke-stop"];

    public static async Task<IReadOnlyList<ValidationError>> StartAsync(MaatwerkDbContext db, Toewijzing t, DateOnly begindatum, CancellationToken ct)
    {
        var gebeurtenissen = await TijdlijnAsync(db, t.Id, ct);
        var errors = Zorgstappen.TrekStartIn(t, begindatum, t.HervatOp is { } hervat ? Vorige(gebeurtenissen, hervat) : null);
        if (errors.Count == 0)
            db.Gebeurtenissen.RemoveRange(gebeurtenissen.Where(g => StartSoorten.Contains(g.Soort) && Dag(g) == begindatum));
        return errors;
    }

    public static async Task<IReadOnlyList<ValidationError>> StopAsync(MaatwerkDbContext db, Toewijzing t, DateOnly begindatum, CancellationToken ct)
    {
        var einde = t.EinddatumZorg;
        var errors = Zorgstappen.TrekStopIn(t, begindatum);
        if (errors.Count == 0)
            db.Gebeurtenissen.RemoveRange((await TijdlijnAsync(db, t.Id, ct)).Where(g => StopSoorten.Contains(g.Soort) && Dag(g) == einde));
        return errors;
    }

    public static string Omschrijving(bool start, DateOnly datum) =>
        start ? $"Startmelding per {datum:dd-MM-yyyy} ingetrokken" : $"Stopmelding per {datum:dd-MM-yyyy} ingetrokken";

    /// <summary>The temporary stop before the resumption on <paramref name="hervat"/>, and the resumption before that.</summary>
    private static Onderbreking? Vorige(List<Domain.Verplichtingen.ContractGebeurtenis> tijdlijn, DateOnly hervat)
    {
        var stop = tijdlijn.LastOrDefault(g => g.Soort == "tijdelijke-stop" && Dag(g) < hervat);
        if (stop is null)
            return null;
        var (opname, terug) = TijdelijkeStop.LeesOmschrijving(stop.Toelichting);
        var eerder = tijdlijn.LastOrDefault(g => g.Soort == "zorg-hervat" && g.Moment < stop.Moment);
        return new Onderbreking(Dag(stop), eerder is null ? null : Dag(eerder), opname, terug);
    }

    private static Task<List<Domain.Verplichtingen.ContractGebeurtenis>> TijdlijnAsync(MaatwerkDbContext db, Guid toewijzingId, CancellationToken ct) =>
        db.Gebeurtenissen.Where(g => g.ToewijzingId == toewijzingId).OrderBy(g => g.Moment).ToListAsync(ct);

    private static DateOnly Dag(Domain.Verplichtingen.ContractGebeurtenis g) => DateOnly.FromDateTime(Amsterdam.Lokaal(g.Moment));
}
