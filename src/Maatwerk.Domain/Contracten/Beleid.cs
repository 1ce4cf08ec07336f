using Maatwerk.Domain.Calendar;

namespace Maatwerk.Domain.Contracten;

/// <summary>Staff screening (VOG) policy.</summary>
/// <summary>The minimum qualification level for deploying a person on a product (profile block <c>kwalificaties</c>;
/// DEV-B4-Q-*, IB-5/IB-6, BSD-2.7), with its clause. <see cref="Niveau"/> is one of "MBO 3", "MBO 4", "HBO".</summary>
public sealed record KwalificatieEis(string Product, string Niveau, string Bron);

public sealed record VogBeleid
{
    /// <summary>Maximum age of the VOG at start of work, in months.</summary>
    public int? MaxLeeftijdBijStartMaanden { get; init; }
    /// <summary>Renewal interval in months (null = no periodic renewal).</summary>
    public int? VernieuwenNaMaanden { get; init; }
    public string? Screeningsprofiel { get; init; }
    public IReadOnlyList<string> Risicogebieden { get; init; } = [];
    public IReadOnlyList<string> VerplichtVoor { get; init; } = [];
    public bool BeoordelingDoorGemeente { get; init; }
    public IReadOnlyList<string> Bron { get; init; } = [];
    /// <summary>The clause of each check, so that a refusal or warning names it (issue 14).</summary>
    public string? BronMaxLeeftijd { get; init; }
    public string? BronVernieuwen { get; init; }
    public string? BronScreening { get; init; }
    public string? BronBeoordeling { get; init; }
    /// <summary>The clause that forbids deploying a person without a VOG (OCO-1.2a, IB-8b, BSD-38a, DEV-Eis18-a): time
    /// registered by a person without any VOG is refused under it. Without it, that time only warns.</summary>
    public string? GeenInzetZonderVog { get; init; }
    /// <summary>The clause that asks a VOG of everyone with access to systems holding confidential client data
    /// (DEV-Eis18-b): the platform's own users with a role that opens client data are checked under it.</summary>
    public string? BronSysteemtoegang { get; init; }
}

public sealed record KlachtenBeleid
{
    public Termijn? Ontvangstbevestiging { get; init; }
    public Termijn? Afhandeling { get; init; }
    public string? Klachtenregeling { get; init; }
    public IReadOnlyList<string> Bron { get; init; } = [];
}

/// <summary>Who gets told about a calamity, incident or data breach, and within what.</summary>
public sealed record MeldingBeleid
{
    public required string Soort { get; init; }
    public required string Aan { get; init; }
    public required Termijn Termijn { get; init; }
    public string? Bron { get; init; }
    /// <summary>Fields the report must carry under this clause (oorzaak, aard, gegevens, gevolgen, maatregelen …; IB-58,
    /// DEV-AIV7A.4): registering the incident refuses it while one is empty.</summary>
    public IReadOnlyList<string> Velden { get; init; } = [];
}

public sealed record DeclaratieBeleid
{
    public Termijn? IndienenNaPeriode { get; init; }
    public Termijn? UitersteIndiening { get; init; }
    public IReadOnlyList<Termijn> Correctievensters { get; init; } = [];
    public decimal? BoetePerRegel { get; init; }
    public Termijn? Betaaltermijn { get; init; }
    public IReadOnlyList<string> Bron { get; init; } = [];
}

public sealed record SocialReturnBeleid(decimal Percentage, string Grondslag, string? Bron);

/// <summary>A lot (perceel) of a contract.</summary>
public sealed record Perceel(string Code, string Naam);

/// <summary>An event type a profile knows.</summary>
/// <param name="Gepland">Known in advance (e.g. the end date of an indication): the event is registered before its
/// date and its obligations exist from registration on, so that "3 months before the end" can be met in time.</param>
/// <param name="BeeindigtOnderwerp">Ends its subject (e.g. a refused toewijzing): open obligations of that subject lapse
/// ("vervallen") instead of becoming late.</param>
/// <param name="BeeindigtZorg">Marks the end of care for its subject: the definitive stop (einde-zorg) or, when planned,
/// the end of the indication. Obligations of rules that hold only while care runs (<see cref="Regel.TijdensZorg"/>) and
/// fall due after it lapse; rules anchored on the real end (<see cref="Regel.WerkelijkEinde"/>) move to it.</param>
/// <param name="OnderbreektZorg">Interrupts care (a temporary stop; the date is the last day of care).</param>
/// <param name="HervatZorg">Resumes care after an interruption (the date is the first day of care again).</param>
public sealed record GebeurtenisDefinition(string Id, string Omschrijving, string? Periode = null, bool Gepland = false, bool BeeindigtOnderwerp = false,
    bool BeeindigtZorg = false, bool OnderbreektZorg = false, bool HervatZorg = false);

/// <summary>What every evaluation with the client must answer, as the contract lists it (e.g. DEV-Eis4-b, IB-20b).</summary>
/// <param name="Verslag">Sharing the evaluation report with the gemeente, if the contract asks for it: the event it
/// registers (e.g. DEV-Eis4-b "schriftelijke-evaluatie-verzonden", IB-27c "evaluatieverslag-verzonden") and its clause.</param>
public sealed record EvaluatieBeleid(string Bron, IReadOnlyList<string> Vragen, VerslagBeleid? Verslag = null);

/// <summary>Which event sharing an evaluation report with the gemeente registers, and the clause that asks for it.</summary>
public sealed record VerslagBeleid(string Gebeurtenis, string Bron);
