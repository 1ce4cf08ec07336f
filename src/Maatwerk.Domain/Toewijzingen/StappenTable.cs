using static Maatwerk.Domain.Toewijzingen.ToewijzingStatus;

namespace Maatwerk.Domain.Toewijzingen;

/// <summary>One row of the care chain: who takes the step, from which statuses, what it registers, which iWmo message it
/// sends, and the method of the toewijzing that guards and carries it out.</summary>
/// <param name="DatumInToekomst">The step may be dated after today (a planned intake, a new end date).</param>
/// <param name="Waarom">Why the step cannot be taken in a status outside <paramref name="Vanuit"/>, in the user's words.</param>
public sealed record StapDefinition(
    Zorgstap Stap,
    Party Door,
    string Naam,
    IReadOnlyList<ToewijzingStatus> Vanuit,
    IReadOnlyList<string> Gebeurtenissen,
    string? Bericht,
    Func<Toewijzing, StapInput, StapContext, DateOnly, StapOutcome> Uitvoeren,
    Func<ToewijzingStatus, string>? Waarom = null,
    bool Intrekken = false,
    bool DatumInToekomst = false)
{
    public string NotPossible(ToewijzingStatus status) =>
        Waarom?.Invoke(status) ?? $"Deze stap kan nu niet: de toewijzing is {status.DisplayName().ToLowerInvariant()}.";
}

/// <summary>The one table of the toewijzing's lifecycle. Pages, the API, messages from other systems and the list of
/// possible next steps all read it; the toewijzing changes only through <see cref="Toewijzing.Execute"/>.</summary>
public static class StappenTable
{
    public static readonly IReadOnlyList<StapDefinition> Alle =
    [
        new(Zorgstap.Accepteren, Party.Aanbieder, "Toewijzing accepteren", [Verzonden],
            [KetenGebeurtenis.Geaccepteerd], null, (t, _, _, d) => t.Accept(d),
            s => $"Alleen een verzonden toewijzing kan worden geaccepteerd; deze is {s.DisplayName().ToLowerInvariant()}."),
        new(Zorgstap.WeigeringAanvragen, Party.Aanbieder, "Weigering of beëindiging aanvragen", [Verzonden, Geaccepteerd],
            [KetenGebeurtenis.WeigeringAangevraagd], null, (t, i, _, d) => t.RequestRefusal(d, i.Reden),
            _ => "Weigeren of beëindigen aanvragen kan alleen zolang de zorg nog niet is gestart."),
        new(Zorgstap.WeigeringBeoordelen, Party.Gemeente, "Weigering beoordelen", [WeigeringAangevraagd],
            [KetenGebeurtenis.Geweigerd, KetenGebeurtenis.WeigeringAfgewezen], null, (t, i, _, d) => t.DecideRefusal(d, i.Akkoord),
            _ => "Er ligt geen weigering ter beoordeling."),
        new(Zorgstap.Contact, Party.Aanbieder, "Contact met de cliënt", [Verzonden, Geaccepteerd, Gestart, TijdelijkGestopt],
            [KetenGebeurtenis.Contact], null, (_, i, _, d) => Toewijzing.Register(KetenGebeurtenis.Contact, d, i.Toelichting)),
        new(Zorgstap.IntakeGepland, Party.Aanbieder, "Intake gepland", [Verzonden, Geaccepteerd],
            [KetenGebeurtenis.IntakeGepland], null, (_, i, _, d) => Toewijzing.Register(KetenGebeurtenis.IntakeGepland, d, i.Toelichting),
            DatumInToekomst: true),
        new(Zorgstap.Start, Party.Aanbieder, "Zorg starten", [Verzonden, Geaccepteerd],
            [KetenGebeurtenis.StartZorg], "WMO305", (t, _, _, d) => t.Start(d),
            s => s switch
            {
                Gestart or Gestopt => "De zorg voor deze toewijzing is al gestart; een tweede start kan niet.",
                TijdelijkGestopt => "De zorg is tijdelijk gestopt: hervat de zorg in plaats van een nieuwe start.",
                _ => "Een geweigerde toewijzing (of een met een weigering ter beoordeling) kan niet starten.",
            }),
        new(Zorgstap.Stop, Party.Aanbieder, "Zorg stoppen", [Gestart, TijdelijkGestopt],
            [KetenGebeurtenis.EindeZorg], "WMO307", (t, i, c, d) => t.Stop(d, i, c),
            s => s == Gestopt ? "De zorg voor deze toewijzing is al gestopt." : "Stoppen kan pas nadat de zorg is gestart (geen stopbericht zonder startbericht)."),
        new(Zorgstap.TijdelijkStoppen, Party.Aanbieder, "Zorg tijdelijk stoppen", [Gestart],
            [KetenGebeurtenis.TijdelijkeStop], "WMO307", (t, i, c, d) => t.StopTemporarily(d, i.Opname, i.VerwachteHervatting, c),
            s => s == TijdelijkGestopt ? "De zorg is al tijdelijk gestopt." : "Tijdelijk stoppen kan alleen terwijl de zorg loopt."),
        new(Zorgstap.Hervatten, Party.Aanbieder, "Zorg hervatten", [TijdelijkGestopt],
            [KetenGebeurtenis.ZorgHervat], "WMO305", (t, _, c, d) => t.Resume(d, c),
            _ => "Hervatten kan alleen na een tijdelijke stop."),
        new(Zorgstap.StartIntrekken, Party.Aanbieder, "Start intrekken", [Gestart],
            [KetenGebeurtenis.MeldingIngetrokken], "WMO305", (t, i, c, _) => t.WithdrawStart(i.Datum == default ? t.BegindatumLevering ?? default : i.Datum, c),
            s => s is Gestopt or TijdelijkGestopt ? "Er is al een stop voor deze start verstuurd; trek eerst de stop in (TR071)." : "Er is geen start om in te trekken (TR063).",
            Intrekken: true),
        new(Zorgstap.StopIntrekken, Party.Aanbieder, "Stop intrekken", [TijdelijkGestopt, Gestopt],
            [KetenGebeurtenis.MeldingIngetrokken], "WMO307", (t, i, c, _) => t.WithdrawStop(i.Datum == default ? t.BegindatumLevering ?? default : i.Datum, c),
            _ => "Er is geen stop om in te trekken (TR063).", Intrekken: true),
        new(Zorgstap.Wijzigen, Party.Gemeente, "Toewijzing wijzigen of beëindigen", [Verzonden, Geaccepteerd, WeigeringAangevraagd, Gestart, TijdelijkGestopt],
            [KetenGebeurtenis.EindeIndicatie], "WMO301", (t, i, _, d) => t.ChangeEinddatum(d, i.Reden),
            _ => "Een afgewezen of gestopte toewijzing kan niet meer worden gewijzigd.", DatumInToekomst: true),
        new(Zorgstap.AanvaardenVanRechtswege, Party.Platform, "Aanvaard van rechtswege", [Verzonden],
            [KetenGebeurtenis.AanvaardVanRechtswege], null, (t, i, _, d) => t.DeemAccepted(d, i.Toelichting)),
    ];

    private static readonly Dictionary<Zorgstap, StapDefinition> PerStap = Alle.ToDictionary(s => s.Stap);

    public static StapDefinition For(Zorgstap stap) => PerStap[stap];

    /// <summary>The steps a party may take on a toewijzing in this status, in the table's order.</summary>
    public static IReadOnlyList<StapDefinition> Possible(ToewijzingStatus status, Party door) =>
        Alle.Where(s => s.Door == door && s.Vanuit.Contains(status)).ToList();

    /// <summary>The platform step a lapsed right's consequence (profile: gevolg) stands for, if any.</summary>
    public static StapDefinition? ForGevolg(string gebeurtenis) =>
        Alle.FirstOrDefault(s => s.Door == Party.Platform && s.Gebeurtenissen.Contains(gebeurtenis));
}
