using Maatwerk.Domain.Calendar;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Verplichtingen;

/// <summary>Turns events into obligations under one (resolved) contract profile and evaluates their status.
/// Pure and deterministic: "today" is always passed in.</summary>
public sealed class VerplichtingenEngine
{
    public VerplichtingenEngine(ContractProfiel profiel, IReadOnlyList<Feestdag>? koninklijkBesluitDagen = null)
    {
        Profiel = profiel;
        Kalender = new WerkdagKalender(profiel.WerkdagOfStandaard, koninklijkBesluitDagen);
        Rekenaar = new TermijnRekenaar(Kalender);
    }

    public ContractProfiel Profiel { get; }
    public WerkdagKalender Kalender { get; }
    public TermijnRekenaar Rekenaar { get; }

    /// <summary>The obligations that this event creates under the profile (status open, not evaluated).</summary>
    public IReadOnlyList<Verplichting> Creeer(Gebeurtenis gebeurtenis) => Creeer(gebeurtenis, Rekenaar);

    /// <summary>As <see cref="Creeer(Gebeurtenis)"/>, counting the weekend/holiday dates the gemeente approved for the
    /// event's subject as working days (profile: werkdag.goedgekeurdeWerkdag).</summary>
    public IReadOnlyList<Verplichting> Creeer(Gebeurtenis gebeurtenis, IEnumerable<Gebeurtenis> bekend) =>
        Creeer(gebeurtenis, RekenaarVoor(gebeurtenis.Onderwerp, GoedgekeurdeWerkdagen(bekend)));

    /// <summary>Per subject, the dates the gemeente approved as working days; empty when the profile has no such event.</summary>
    private ILookup<Onderwerp, DateOnly> GoedgekeurdeWerkdagen(IEnumerable<Gebeurtenis> bekend)
    {
        var soort = Profiel.WerkdagOfStandaard.GoedgekeurdeWerkdagGebeurtenis;
        return bekend.Where(g => soort is not null && g.Soort == soort && g.Onderwerp is not null).ToLookup(g => g.Onderwerp!, g => g.Datum);
    }

    private TermijnRekenaar RekenaarVoor(Onderwerp? onderwerp, ILookup<Onderwerp, DateOnly> goedgekeurd) =>
        onderwerp is not null && goedgekeurd.Contains(onderwerp) ? new TermijnRekenaar(Kalender.MetExtraWerkdagen(goedgekeurd[onderwerp])) : Rekenaar;

    private IReadOnlyList<Verplichting> Creeer(Gebeurtenis gebeurtenis, TermijnRekenaar rekenaar)
    {
        var referentie = Referentiemoment(gebeurtenis);
        return Profiel.Regels
            .Where(r => r.Type == RegelType.Termijn && r.Termijn is not null && r.Gebeurtenissen.Contains(gebeurtenis.Soort))
            .Where(r => r.Voorwaarde.Geldt(gebeurtenis.Spoed, gebeurtenis.ProductCode, gebeurtenis.Perceel))
            .Select(r => new Verplichting
            {
                Id = $"{gebeurtenis.Id}/{r.Id}",
                RegelId = r.Id,
                Bron = r.Bron,
                Omschrijving = r.Omschrijving,
                Soort = r.Soort,
                Actor = r.Actor,
                OnderwerpSoort = r.Onderwerp,
                Deadline = Deadline(rekenaar, r, referentie, gebeurtenis, BekendOp(gebeurtenis)),
                GebeurtenisId = gebeurtenis.Id,
                Onderwerp = gebeurtenis.Onderwerp,
                ProfielId = Profiel.Id,
                ProfielVersie = Profiel.Versie,
                Lezing = r.Lezing,
            })
            .ToList();
    }

    /// <summary>All obligations from the events known at the end of <paramref name="peildatum"/>, with status.</summary>
    public IReadOnlyList<Verplichting> Evalueer(IEnumerable<Gebeurtenis> gebeurtenissen, DateOnly peildatum,
        IEnumerable<Verplichting>? vastgelegd = null) =>
        Evalueer(gebeurtenissen, peildatum.ToDateTime(TimeOnly.MaxValue), vastgelegd);

    /// <summary>Evaluates as of a moment. <paramref name="vastgelegd"/> are previously stored obligations: those
    /// already met keep their recorded deadline and status, so a new profile version never rewrites them.</summary>
    public IReadOnlyList<Verplichting> Evalueer(IEnumerable<Gebeurtenis> gebeurtenissen, DateTime peilmoment,
        IEnumerable<Verplichting>? vastgelegd = null)
    {
        var gepland = Profiel.Gebeurtenissen.Where(g => g.Gepland).Select(g => g.Id).ToHashSet();
        var bekend = gebeurtenissen.Where(g => g.Moment <= peilmoment || gepland.Contains(g.Soort))
            .OrderBy(g => g.Moment).ThenBy(g => g.Id, StringComparer.Ordinal).ToList();
        var perId = bekend.GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.First());
        var perSoort = bekend.ToLookup(g => g.Soort);
        var perSoortEnOnderwerp = bekend.Where(g => g.Onderwerp is not null).ToLookup(g => (g.Soort, g.Onderwerp!));
        var gemeten = (vastgelegd ?? []).Where(v => v.Status != VerplichtingStatus.Open && v.Bewijs is not null)
            .GroupBy(v => v.Id).ToDictionary(v => v.Key, v => v.First());
        var gebruikt = new HashSet<(string Regel, string Bewijs)>();
        var result = new List<Verplichting>();
        var goedgekeurd = GoedgekeurdeWerkdagen(bekend);
        foreach (var verplichting in bekend.SelectMany(g => Creeer(g, RekenaarVoor(g.Onderwerp, goedgekeurd))))
        {
            if (gemeten.TryGetValue(verplichting.Id, out var eerder))
            {
                gebruikt.Add((eerder.RegelId, eerder.Bewijs!.Id));
                result.Add(eerder);
                continue;
            }
            var regel = Profiel.ZoekRegel(verplichting.RegelId)!;
            var trigger = perId[verplichting.GebeurtenisId];
            var kandidaten = verplichting.Onderwerp is { } onderwerp
                ? regel.VoldaanDoor.SelectMany(s => perSoortEnOnderwerp[(s, onderwerp)])
                : regel.VoldaanDoor.SelectMany(s => perSoort[s]);
            var bewijs = kandidaten
                .Where(g => IsBewijs(g, verplichting, trigger, BekendOp(trigger)) && !gebruikt.Contains((regel.Id, g.Id)))
                .OrderBy(g => g.Moment).ThenBy(g => g.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (bewijs is not null) gebruikt.Add((regel.Id, bewijs.Id));
            var status = bewijs is null && Beeindigd(bekend, verplichting.Onderwerp, trigger)
                ? VerplichtingStatus.Vervallen
                : Status(verplichting.Deadline, bewijs, peilmoment);
            result.Add(verplichting with { Status = status, Bewijs = bewijs });
        }
        return result.OrderBy(v => v.Deadline.Moment ?? v.Deadline.Datum.ToDateTime(TimeOnly.MaxValue))
            .ThenBy(v => v.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The moment a term counts from: the event moment, or for a period event (maand/kwartaal/jaar
    /// einde) the last day of the period that contains the event date.</summary>
    public DateTime Referentiemoment(Gebeurtenis gebeurtenis)
    {
        var periode = Profiel.Gebeurtenissen.FirstOrDefault(g => g.Id == gebeurtenis.Soort)?.Periode;
        var d = gebeurtenis.Datum;
        DateOnly? einde = periode switch
        {
            "maand" => new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)),
            "kwartaal" => new DateOnly(d.Year, (d.Month - 1) / 3 * 3 + 3, 1).AddMonths(1).AddDays(-1),
            "jaar" => new DateOnly(d.Year, 12, 31),
            _ => null,
        };
        return einde is { } e ? e.ToDateTime(TimeOnly.MinValue) : gebeurtenis.Moment;
    }

    /// <summary>The day a planned event became known; null for other events (they are known when they happen).</summary>
    private DateOnly? BekendOp(Gebeurtenis g) => g.BekendOp is { } bekend && Profiel.Gebeurtenissen.Any(d => d.Id == g.Soort && d.Gepland) ? bekend : null;

    private static Deadline Deadline(TermijnRekenaar rekenaar, Regel regel, DateTime referentie, Gebeurtenis gebeurtenis, DateOnly? bekendOp)
    {
        var deadline = rekenaar.Bereken(referentie, regel.Termijn!);
        // IB-A2 style: a term counted from the allocation message never ends before the allocation's start date.
        if (regel.NietVoorIngangsdatum && gebeurtenis.Ingangsdatum is { } start && start > deadline.Datum && !deadline.IsUurDeadline)
            deadline = deadline with { Datum = start };
        if (bekendOp is { } bekend && deadline.Datum < bekend && deadline.Datum < gebeurtenis.Datum && !deadline.IsUurDeadline)
            deadline = deadline with { Datum = bekend };
        return deadline;
    }

    /// <summary>Whether an event that ends the subject (profile: beeindigtOnderwerp) happened after the trigger — or, for a
    /// planned trigger such as the end of the indication, at any time: a refused toewijzing has no end evaluation.</summary>
    private bool Beeindigd(IReadOnlyList<Gebeurtenis> bekend, Onderwerp? onderwerp, Gebeurtenis trigger)
    {
        var gepland = Profiel.Gebeurtenissen.Any(d => d.Id == trigger.Soort && d.Gepland);
        return onderwerp is not null && bekend.Any(g => g.Onderwerp == onderwerp && (gepland || g.Moment >= trigger.Moment) && g.Id != trigger.Id
            && Profiel.Gebeurtenissen.Any(d => d.Id == g.Soort && d.BeeindigtOnderwerp));
    }

    private static bool IsBewijs(Gebeurtenis g, Verplichting v, Gebeurtenis trigger, DateOnly? bekendOp)
    {
        if (g.Id == trigger.Id) return false;
        // Evidence about a planned date counts only once that date was known: telling the client an end date that was
        // later extended does not inform him of the new one.
        if (bekendOp is { } bekend && g.Datum < bekend) return false;
        if (v.Onderwerp is not null && g.Onderwerp != v.Onderwerp) return false;
        if (v.Deadline.Vanaf is { } vanaf) return g.Datum >= vanaf;
        // A deadline on or before the trigger ("vóór de eerste levering", "2 maanden vóór einde indicatie") is met
        // by evidence from before the trigger too.
        return v.Deadline.Datum <= trigger.Datum || g.Moment >= trigger.Moment;
    }

    private static VerplichtingStatus Status(Deadline deadline, Gebeurtenis? bewijs, DateTime peilmoment) => bewijs switch
    {
        not null when deadline.Onverwijld || deadline.OpTijd(bewijs.Moment) => VerplichtingStatus.Voldaan,
        not null => VerplichtingStatus.TeLaat,
        null when deadline.Verstreken(peilmoment) => VerplichtingStatus.TeLaat,
        _ => VerplichtingStatus.Open,
    };
}
