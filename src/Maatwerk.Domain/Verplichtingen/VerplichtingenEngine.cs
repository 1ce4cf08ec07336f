using Maatwerk.Domain.Calendar;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Verplichtingen;

/// <summary>Turns events into obligations under one (resolved) contract profile and evaluates their status.
/// Pure and deterministic: "today" is always passed in.</summary>
public sealed class VerplichtingenEngine
{
    public VerplichtingenEngine(ContractProfile profiel, IReadOnlyList<Feestdag>? koninklijkBesluitDagen = null)
    {
        Profiel = profiel;
        Kalender = new WerkdagCalendar(profiel.WerkdagOfStandaard, koninklijkBesluitDagen);
        Rekenaar = new TermijnCalculator(Kalender);
        // Looked up for every event and obligation: built once per profile version, not scanned each time.
        _definities = profiel.Gebeurtenissen.GroupBy(g => g.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _regels = profiel.Regels.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _termijnRegels = profiel.Regels.Where(r => r.Type == RegelType.Termijn && r.Termijn is not null)
            .SelectMany(r => r.Gebeurtenissen.Distinct().Select(soort => (soort, r)))
            .ToLookup(x => x.soort, x => x.r, StringComparer.Ordinal);
        _namen = new(StringComparer.Ordinal);
    }

    private readonly Dictionary<string, GebeurtenisDefinition> _definities;
    private readonly Dictionary<string, Regel> _regels;
    private readonly ILookup<string, Regel> _termijnRegels;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _namen;

    private GebeurtenisDefinition? Definitie(string soort) => _definities.GetValueOrDefault(soort);

    public ContractProfile Profiel { get; }
    public WerkdagCalendar Kalender { get; }
    public TermijnCalculator Rekenaar { get; }

    /// <summary>The obligations that this event creates under the profile (status open, not evaluated).</summary>
    public IReadOnlyList<Verplichting> Create(Gebeurtenis gebeurtenis) => Create(gebeurtenis, Rekenaar);

    /// <summary>As <see cref="Create(Gebeurtenis)"/>, counting the weekend/holiday dates the gemeente approved for the
    /// event's subject as working days (profile: werkdag.goedgekeurdeWerkdag).</summary>
    public IReadOnlyList<Verplichting> Create(Gebeurtenis gebeurtenis, IEnumerable<Gebeurtenis> bekend) =>
        Create(gebeurtenis, CalculatorFor(gebeurtenis.Onderwerp, ApprovedWerkdagen(bekend)));

    /// <summary>Per subject, the dates the gemeente approved as working days; empty when the profile has no such event.</summary>
    private ILookup<Onderwerp, DateOnly> ApprovedWerkdagen(IEnumerable<Gebeurtenis> bekend)
    {
        var soort = Profiel.WerkdagOfStandaard.GoedgekeurdeWerkdagGebeurtenis;
        return bekend.Where(g => soort is not null && g.Soort == soort && g.Onderwerp is not null).ToLookup(g => g.Onderwerp!, g => g.Datum);
    }

    private TermijnCalculator CalculatorFor(Onderwerp? onderwerp, ILookup<Onderwerp, DateOnly> goedgekeurd) =>
        onderwerp is not null && goedgekeurd.Contains(onderwerp) ? new TermijnCalculator(Kalender.WithExtraWerkdagen(goedgekeurd[onderwerp])) : Rekenaar;

    private IReadOnlyList<Verplichting> Create(Gebeurtenis gebeurtenis, TermijnCalculator rekenaar, Levensloop? loop = null)
    {
        var definitie = Definitie(gebeurtenis.Soort);
        return _termijnRegels[gebeurtenis.Soort]
            .Where(r => r.Voorwaarde.Applies(gebeurtenis.Spoed, gebeurtenis.ProductCode, gebeurtenis.Perceel))
            .Select(r =>
            {
                // DEV-Eis4-d style: a rule anchored on the planned end moves to the real end of care when that came first.
                var anker = r.WerkelijkEinde && definitie?.Gepland == true && loop?.WerkelijkEinde is { } einde && einde.Datum < gebeurtenis.Datum
                    ? einde : null;
                var referentie = anker?.Moment ?? ReferenceMoment(gebeurtenis);
                var bekendOp = anker is null ? KnownOn(gebeurtenis) : anker.BekendOp ?? anker.Datum;
                return new Verplichting
                {
                    Id = $"{gebeurtenis.Id}/{r.Id}",
                    RegelId = r.Id,
                    Bron = r.Bron,
                    Omschrijving = r.Omschrijving,
                    Soort = r.Soort,
                    Actor = r.Actor,
                    OnderwerpSoort = r.Onderwerp,
                    Deadline = Deadline(rekenaar, r, referentie, anker?.Datum ?? gebeurtenis.Datum, gebeurtenis.Ingangsdatum, bekendOp),
                    GebeurtenisId = gebeurtenis.Id,
                    Onderwerp = gebeurtenis.Onderwerp,
                    ProfielId = Profiel.Id,
                    ProfielVersie = Profiel.Versie,
                    Lezing = r.Lezing,
                    Uitleg = Explain(r, anker ?? gebeurtenis, anker is not null),
                    Gevolg = r.Gevolg,
                };
            })
            .ToList();
    }

    /// <summary>All obligations from the events known at the end of <paramref name="peildatum"/>, with status. A deadline
    /// counts as passed at <paramref name="nu"/> when that falls on the peildatum (the current moment, so that a deadline
    /// today at 10:00 is still open at 09:30), else at the end of the day.</summary>
    public IReadOnlyList<Verplichting> Evaluate(IEnumerable<Gebeurtenis> gebeurtenissen, DateOnly peildatum,
        IEnumerable<Verplichting>? vastgelegd = null, DateTime? nu = null)
    {
        var eindeVanDeDag = peildatum.ToDateTime(TimeOnly.MaxValue);
        return Evaluate(gebeurtenissen, eindeVanDeDag, nu is { } n && DateOnly.FromDateTime(n) == peildatum ? n : eindeVanDeDag, vastgelegd);
    }

    /// <summary>Evaluates as of a moment. <paramref name="vastgelegd"/> are previously stored obligations: those
    /// already met keep their recorded deadline and status, so a new profile version never rewrites them. Subjects are
    /// independent: an obligation is met only by evidence about its own subject (organisation-wide obligations by
    /// organisation-wide events), so evaluating one subject's events alone gives the same result as evaluating all.</summary>
    public IReadOnlyList<Verplichting> Evaluate(IEnumerable<Gebeurtenis> gebeurtenissen, DateTime peilmoment,
        IEnumerable<Verplichting>? vastgelegd = null) => Evaluate(gebeurtenissen, peilmoment, peilmoment, vastgelegd);

    /// <param name="peilmoment">Events up to this moment are known (planned events always).</param>
    /// <param name="oordeel">The moment at which a deadline without evidence is judged passed or not.</param>
    private IReadOnlyList<Verplichting> Evaluate(IEnumerable<Gebeurtenis> gebeurtenissen, DateTime peilmoment, DateTime oordeel,
        IEnumerable<Verplichting>? vastgelegd)
    {
        var bekend = gebeurtenissen.Where(g => g.Moment <= peilmoment || Definitie(g.Soort)?.Gepland == true)
            .OrderBy(g => g.Moment).ThenBy(g => g.Id, StringComparer.Ordinal).ToList();
        var perId = bekend.GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.First());
        var perSoortEnOnderwerp = bekend.ToLookup(g => (g.Soort, OnderwerpSleutel(g.Onderwerp)));
        var lopen = bekend.GroupBy(g => OnderwerpSleutel(g.Onderwerp)).ToDictionary(g => g.Key, g => Levensloop.From(Definitie, g));
        var gemeten = (vastgelegd ?? []).Where(v => v.Status != VerplichtingStatus.Open && v.Bewijs is not null)
            .GroupBy(v => v.Id).ToDictionary(v => v.Key, v => v.First());
        var gebruikt = new HashSet<(string Regel, string Bewijs)>();
        var result = new List<Verplichting>();
        var goedgekeurd = ApprovedWerkdagen(bekend);
        foreach (var verplichting in bekend.SelectMany(g => Create(g, CalculatorFor(g.Onderwerp, goedgekeurd), lopen[OnderwerpSleutel(g.Onderwerp)])))
        {
            if (gemeten.TryGetValue(verplichting.Id, out var eerder))
            {
                gebruikt.Add((eerder.RegelId, eerder.Bewijs!.Id));
                result.Add(eerder);
                continue;
            }
            var regel = _regels[verplichting.RegelId];
            var trigger = perId[verplichting.GebeurtenisId];
            var loop = lopen[OnderwerpSleutel(verplichting.Onderwerp)];
            // The clock of a term that runs forward during care stands still while care is interrupted; a term before a
            // planned end (e.g. 2 months before the end of the indication) keeps its date.
            var (deadline, pauze) = regel.TijdensZorg && KnownOn(trigger) is null && !IsPlanned(trigger)
                ? loop.WithPauses(verplichting.Deadline)
                : (verplichting.Deadline, null);
            var bewijs = Bewijs(regel, perSoortEnOnderwerp, verplichting.Onderwerp, deadline, trigger, gebruikt);
            if (bewijs is not null) gebruikt.Add((regel.Id, bewijs.Id));
            var (status, toelichting) = bewijs is not null
                ? (deadline.Onverwijld || deadline.OnTime(bewijs.Moment) ? VerplichtingStatus.Voldaan : Elapsed(regel), null)
                : Without(regel, deadline, pauze, loop, Ended(bekend, verplichting.Onderwerp, trigger), oordeel);
            result.Add(verplichting with
            {
                Deadline = deadline,
                Status = status,
                Bewijs = bewijs,
                Toelichting = toelichting,
                Gevolg = status == VerplichtingStatus.Verlopen && bewijs is null ? regel.Gevolg : null,
            });
        }
        return result.OrderBy(v => v.Deadline.Moment ?? v.Deadline.Datum.ToDateTime(TimeOnly.MaxValue))
            .ThenBy(v => v.Id, StringComparer.Ordinal).ToList();
    }

    private bool IsPlanned(Gebeurtenis g) => Definitie(g.Soort)?.Gepland == true;

    private static string OnderwerpSleutel(Onderwerp? onderwerp) => onderwerp?.ToString() ?? "";

    private static VerplichtingStatus Elapsed(Regel regel) =>
        regel.Aard == RegelAard.Recht ? VerplichtingStatus.Verlopen : VerplichtingStatus.TeLaat;

    /// <summary>The status of an obligation without evidence, and why when that is not obvious.</summary>
    private (VerplichtingStatus, string?) Without(Regel regel, Deadline deadline, Levensloop.Pause? pauze, Levensloop loop,
        Gebeurtenis? beeindigd, DateTime peilmoment)
    {
        if (beeindigd is not null)
            return (VerplichtingStatus.Vervallen, $"Vervallen: {Name(beeindigd.Soort)} op {beeindigd.Datum:dd-MM-yyyy}.");
        if (regel.TijdensZorg && loop.Einde is { } einde && deadline.Datum > einde)
            return (VerplichtingStatus.Vervallen, loop.WerkelijkEinde is { } w && w.Datum == einde
                ? $"Vervallen: de zorg is beëindigd op {einde:dd-MM-yyyy}, vóór de deadline."
                : $"Vervallen: de toewijzing eindigt op {einde:dd-MM-yyyy}, vóór de deadline.");
        if (pauze is not null)
            return (VerplichtingStatus.Open, $"Staat stil: de zorg is tijdelijk gestopt na {pauze.LaatsteZorgdag:dd-MM-yyyy}; de termijn loopt verder vanaf de hervatting.");
        if (deadline.Elapsed(peilmoment))
            return regel.Aard == RegelAard.Recht
                ? (VerplichtingStatus.Verlopen, regel.Gevolg is { } g ? $"Termijn verstreken: {Name(g)}." : "Termijn verstreken zonder gebruik.")
                : (VerplichtingStatus.TeLaat, null);
        return (VerplichtingStatus.Open, null);
    }

    private string Name(string soort) => _namen.GetOrAdd(soort, s =>
        Definitie(s)?.Omschrijving.Split(';')[0].Trim() is { Length: > 0 } naam
            ? char.ToLowerInvariant(naam[0]) + naam[1..]
            : s);

    /// <summary>How the deadline is computed, in words: term, anchor and calendar.</summary>
    private string Explain(Regel regel, Gebeurtenis anker, bool verschoven)
    {
        var (voor, kalender) = _uitleg.GetOrAdd((regel.Id, anker.Soort, verschoven), _ =>
        {
            var termijn = regel.Termijn!;
            var wat = verschoven ? $"het werkelijke einde van de zorg ({Name(anker.Soort)})" : Name(anker.Soort);
            return ($"{termijn} — vanaf {wat} op ", termijn.Basis is Tijdbasis.Werkdagen or Tijdbasis.WerkUren || termijn.NaarWerkdag
                ? $"; werkdagen volgens {Profiel.WerkdagOfStandaard.Bron}"
                : "");
        });
        return string.Concat(voor, anker.Datum.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture), kalender);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Regel, string Soort, bool Verschoven), (string Voor, string Kalender)> _uitleg = new();

    /// <summary>The moment a term counts from: the event moment, or for a period event (maand/kwartaal/jaar
    /// einde) the last day of the period that contains the event date.</summary>
    public DateTime ReferenceMoment(Gebeurtenis gebeurtenis)
    {
        var periode = Definitie(gebeurtenis.Soort)?.Periode;
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
    private DateOnly? KnownOn(Gebeurtenis g) => g.BekendOp is { } bekend && IsPlanned(g) ? bekend : null;

    private static Deadline Deadline(TermijnCalculator rekenaar, Regel regel, DateTime referentie, DateOnly ankerDatum, DateOnly? ingangsdatum, DateOnly? bekendOp)
    {
        var deadline = rekenaar.Calculate(referentie, regel.Termijn!);
        // IB-A2 style: a term counted from the allocation message never ends before the allocation's start date.
        if (regel.NietVoorIngangsdatum && ingangsdatum is { } start && start > deadline.Datum && !deadline.IsUurDeadline)
            deadline = deadline with { Datum = start };
        if (bekendOp is { } bekend && deadline.Datum < bekend && deadline.Datum < ankerDatum && !deadline.IsUurDeadline)
            deadline = deadline with { Datum = bekend };
        return deadline;
    }

    /// <summary>The event that ended the subject (profile: beeindigtOnderwerp) after the trigger — or, for a planned trigger
    /// such as the end of the indication, at any time: a refused toewijzing has no end evaluation.</summary>
    private Gebeurtenis? Ended(IReadOnlyList<Gebeurtenis> bekend, Onderwerp? onderwerp, Gebeurtenis trigger)
    {
        var gepland = IsPlanned(trigger);
        return onderwerp is null ? null : bekend.FirstOrDefault(g => g.Onderwerp == onderwerp && (gepland || g.Moment >= trigger.Moment) && g.Id != trigger.Id
            && Definitie(g.Soort)?.BeeindigtOnderwerp == true);
    }

    /// <summary>The earliest unused event about the obligation's own subject that meets it.</summary>
    private Gebeurtenis? Bewijs(Regel regel, ILookup<(string, string), Gebeurtenis> perSoortEnOnderwerp, Onderwerp? onderwerp, Deadline deadline,
        Gebeurtenis trigger, HashSet<(string Regel, string Bewijs)> gebruikt)
    {
        var sleutel = OnderwerpSleutel(onderwerp);
        var bekendOp = KnownOn(trigger);
        Gebeurtenis? eerste = null;
        foreach (var soort in regel.VoldaanDoor)
            foreach (var g in perSoortEnOnderwerp[(soort, sleutel)])
                if (IsBewijs(g, onderwerp, deadline, trigger, bekendOp, regel.EerderBewijsTelt) && !gebruikt.Contains((regel.Id, g.Id))
                    && (eerste is null || g.Moment < eerste.Moment || (g.Moment == eerste.Moment && string.CompareOrdinal(g.Id, eerste.Id) < 0)))
                    eerste = g;
        return eerste;
    }

    private static bool IsBewijs(Gebeurtenis g, Onderwerp? onderwerp, Deadline deadline, Gebeurtenis trigger, DateOnly? bekendOp, bool eerderBewijsTelt)
    {
        if (g.Id == trigger.Id) return false;
        // Evidence about a planned date counts only once that date was known: telling the client an end date that was
        // later extended does not inform him of the new one.
        if (bekendOp is { } bekend && g.Datum < bekend) return false;
        if (onderwerp != g.Onderwerp) return false;
        if (deadline.Vanaf is { } vanaf) return g.Datum >= vanaf;
        // A deadline on or before the trigger ("vóór de eerste levering", "2 maanden vóór einde indicatie") is met
        // by evidence from before the trigger too; so is a rule that says so (a start before the dagtekening).
        return eerderBewijsTelt || deadline.Datum <= trigger.Datum || g.Moment >= trigger.Moment;
    }
}
