namespace Maatwerk.Domain.Toewijzingen;

/// <summary>The events the platform registers itself along the care chain. Every contract profile must know each of
/// them (the base profile iwmo-3.2 defines them) or ignore it explicitly; the start-up check enforces that, so a step is
/// never silently dropped.</summary>
public static class KetenGebeurtenis
{
    public const string Toewijzing = "toewijzing";
    public const string Geaccepteerd = "toewijzing-geaccepteerd";
    public const string AanvaardVanRechtswege = "toewijzing-aanvaard-van-rechtswege";
    public const string WeigeringAangevraagd = "voornemen-weigeren-beeindigen";
    public const string Geweigerd = "toewijzing-geweigerd";
    public const string WeigeringAfgewezen = "besluit-gemeente";
    public const string Contact = "contact-client";
    public const string IntakeGepland = "afspraak-ingepland";
    public const string StartZorg = "start-zorg";
    public const string EindeZorg = "einde-zorg";
    public const string TijdelijkeStop = "tijdelijke-stop";
    public const string ZorgHervat = "zorg-hervat";
    public const string MeldingIngetrokken = "melding-ingetrokken";
    public const string EindeIndicatie = "einde-indicatie";
    public const string PlanOvereengekomen = "plan-overeengekomen";
    public const string Evaluatie = "evaluatie";
    public const string OverdrachtVoltooid = "overdracht-voltooid";
    public const string RetourVerzonden = "retourbericht-verzonden";
    public const string ClientGeinformeerdEinde = EindeIndicatieMelding.Gebeurtenis;
    /// <summary>A month's WMO323 sent (about the month's period subject, see <see cref="Verplichtingen.Periode"/>).</summary>
    public const string DeclaratieVerzonden = "declaratie-verzonden";
    /// <summary>Period ends, registered by the nightly run per contract (Verplichtingen.PeriodEvents).</summary>
    public const string Maandeinde = "maandeinde";
    public const string Kwartaaleinde = "kwartaaleinde";
    public const string Jaareinde = "jaareinde";

    /// <summary>Everything the platform itself may register under any contract.</summary>
    public static readonly IReadOnlyList<string> Alle =
    [
        Toewijzing, Geaccepteerd, AanvaardVanRechtswege, WeigeringAangevraagd, Geweigerd, WeigeringAfgewezen, Contact, IntakeGepland,
        StartZorg, EindeZorg, TijdelijkeStop, ZorgHervat, MeldingIngetrokken, EindeIndicatie, PlanOvereengekomen, Evaluatie,
        OverdrachtVoltooid, RetourVerzonden, ClientGeinformeerdEinde, WlzStopdatum.Afgegeven, WlzStopdatum.Zichtbaar,
        WlzStopdatum.StopdatumVastgesteld, WlzStopdatum.Controle, DeclaratieVerzonden, Maandeinde, Kwartaaleinde, Jaareinde,
        Tijdregistraties.Registratielijst.Gebeurtenis, .. Afwezigheid.AfwezigheidGebeurtenis.Alle,
    ];
}
