using Maatwerk.Domain.Calendar;

namespace Maatwerk.Domain.Contracten;

public enum RegelType
{
    /// <summary>An event creates an obligation with a computed deadline.</summary>
    Termijn,
    /// <summary>A check, threshold, block or parameter (no deadline); evaluated by the feature that owns it.</summary>
    Controle,
}

/// <summary>What a lapsed term means.</summary>
public enum RegelAard
{
    /// <summary>A duty: a lapsed term makes the obligation "te laat".</summary>
    Plicht,
    /// <summary>A right or a deemed fact ("daarna geldt zij als aanvaard"): a lapsed term makes it "verlopen" and applies
    /// its consequence (<see cref="Regel.Gevolg"/>).</summary>
    Recht,
}

/// <summary>One contract rule, citing the requirement it comes from.</summary>
public sealed record Regel
{
    public required string Id { get; init; }
    /// <summary>Requirement ID, e.g. "DEV-Art4.4", "IB-18a", "OCO-3.15", "OP090".</summary>
    public required string Bron { get; init; }
    public required string Omschrijving { get; init; }
    public RegelType Type { get; init; } = RegelType.Termijn;
    /// <summary>Kind of obligation (contact, start, plan, evaluatie, klacht, melding, vog, declaratie, rapportage, …).</summary>
    public string Soort { get; init; } = "overig";
    /// <summary>Who must act: aanbieder, gemeente, toezichthouder.</summary>
    public string Actor { get; init; } = "aanbieder";
    /// <summary>What the obligation is about: toewijzing, client, organisatie, medewerker, klacht, melding, periode.</summary>
    public string Onderwerp { get; init; } = "toewijzing";
    public IReadOnlyList<string> Gebeurtenissen { get; init; } = [];
    public Termijn? Termijn { get; init; }
    public IReadOnlyList<string> VoldaanDoor { get; init; } = [];
    public Voorwaarde Voorwaarde { get; init; } = Voorwaarde.Altijd;
    /// <summary>The deadline is never earlier than the event's ingangsdatum (allocation start), e.g. IB-A2.</summary>
    public bool NietVoorIngangsdatum { get; init; }
    /// <summary>Duty (default) or right/deemed fact: decides whether a lapsed term is "te laat" or "verlopen".</summary>
    public RegelAard Aard { get; init; } = RegelAard.Plicht;
    /// <summary>For a right: the event the platform registers when the term lapses unused (e.g. the toewijzing is deemed
    /// accepted, "toewijzing-aanvaard-van-rechtswege").</summary>
    public string? Gevolg { get; init; }
    /// <summary>Evidence from before the triggering event counts too (e.g. a start dated before the dagtekening of a
    /// toewijzing that began earlier meets the start term).</summary>
    public bool EerderBewijsTelt { get; init; }
    /// <summary>The obligation exists only while care runs: it lapses when care ends (definitive stop, end of the
    /// indication) before its deadline, and its clock stands still during a temporary stop.</summary>
    public bool TijdensZorg { get; init; }
    /// <summary>Anchored on the end of the indication, it moves to the real end of care when care ends earlier (e.g. the
    /// end evaluation, DEV-Eis4-d).</summary>
    public bool WerkelijkEinde { get; init; }
    /// <summary>The stated reading where the catalogue flags an ambiguity (e.g. "AMB-09: …").</summary>
    public string? Lezing { get; init; }
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
    public SourcePosition? Positie { get; init; }
    /// <summary>Profile id the rule was defined in (differs from the profile's own id when inherited).</summary>
    public string? Herkomst { get; init; }
}

/// <summary>When a rule applies to an event.</summary>
public sealed record Voorwaarde
{
    public static Voorwaarde Altijd { get; } = new();

    /// <summary>null = regardless; true = only urgent (spoed); false = only non-urgent.</summary>
    public bool? Spoed { get; init; }
    /// <summary>Only for these product codes (empty = all products, also when no product is known).</summary>
    public IReadOnlyList<string> Producten { get; init; } = [];
    /// <summary>Only for these percelen (lots) of the contract (empty = all).</summary>
    public IReadOnlyList<string> Percelen { get; init; } = [];

    public bool Applies(bool spoed, string? productCode, string? perceel) =>
        (Spoed is null || Spoed == spoed)
        && (Producten.Count == 0 || (productCode is not null && Producten.Contains(productCode, StringComparer.OrdinalIgnoreCase)))
        && (Percelen.Count == 0 || perceel is null || Percelen.Contains(perceel, StringComparer.OrdinalIgnoreCase));
}
