using System.Globalization;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Verantwoording;

/// <summary>What a contract profile says about the production statement, read from its rules (each with its clause):
/// the rule(s) that submitting it meets (Deventer MR-31 DEV-Art22.2a, Voorne IB-44, OCO-6.1b/6.2a), the rule that asks
/// for an accountant's statement (Deventer MR-32 DEV-Art22.2b, OCO-6.2b; IB-44 with <c>controleverklaring: bijIndiening</c>),
/// its turnover threshold (<c>omzetdrempel</c> in euros, OCO-6.2b: € 250.000) and the year basis (<c>jaarbasis</c>, OCO-A9).
/// A contract without such rules (Gooi en Vechtstreek) asks nothing: the statement can be made but has no deadline.</summary>
/// <param name="Materialiteit">From which total difference (euros) the reconciliation is material (<c>materialiteit</c> on the
/// submission rule; no contract names an amount: next-capabilities' € 125k, to verify); null: not set.</param>
/// <param name="Protocol">The national accountant protocol the statement follows (<c>protocol</c> on the submission rule:
/// Deventer DEV-Art22.1 "2020", OCO OCO-6.2a/6.2d with reading OCO-A12 "2021, the most recent"); null: the contract names none.</param>
/// <param name="Protocolbevestiging">The rule that asks the accountant to confirm the audit followed the protocol (a <c>controle</c> rule
/// with <c>protocolbevestiging: verplicht</c>: OCO-6.2c); null: the contract does not ask it.</param>
public sealed record Verantwoordingsregels(IReadOnlyList<Regel> Indiening, Regel? Verklaring, decimal? Drempel, bool VerklaringBijIndiening, string Jaarbasis,
    decimal? Materialiteit = null, string? Protocol = null, Regel? Protocolbevestiging = null)
{
    public const string ProtocolbevestigingParameter = "protocolbevestiging";

    public const string GeenProtocol = "geen protocol in het contract";

    /// <summary>The protocol for people: its name, or "geen protocol in het contract" (Voorne aan Zee, Gooi en Vechtstreek).</summary>
    public string ProtocolTekst => string.IsNullOrWhiteSpace(Protocol) ? GeenProtocol : Protocol;

    public const string Ingediend = "productieverantwoording-ingediend";
    public const string VerklaringIngediend = "accountantsverklaring-ingediend";
    /// <summary>Evidence for the accountant's-statement rule when the turnover stays below its threshold (OCO-6.2b, OCO-A11).</summary>
    public const string VerklaringNietVereist = "accountantsverklaring-niet-vereist";
    public const string Levering = "levering";
    public const string Gefactureerd = "gefactureerd";

    public static Verantwoordingsregels From(ContractProfile profiel)
    {
        var termijnen = profiel.Regels.Where(r => r.Type == RegelType.Termijn && !profiel.Uitschakelen.Contains(r.Id)).ToList();
        var indiening = termijnen.Where(r => r.VoldaanDoor.Contains(Ingediend)).ToList();
        var verklaring = termijnen.FirstOrDefault(r => r.VoldaanDoor.Contains(VerklaringIngediend))
            ?? indiening.FirstOrDefault(r => r.Parameters.GetValueOrDefault("controleverklaring") == "bijIndiening");
        decimal? drempel = verklaring?.Parameters.GetValueOrDefault("omzetdrempel") is { } d
            && decimal.TryParse(d, NumberStyles.Number, CultureInfo.InvariantCulture, out var bedrag) ? bedrag : null;
        var bijIndiening = verklaring is not null && indiening.Contains(verklaring);
        var jaarbasis = indiening.Select(r => r.Parameters.GetValueOrDefault("jaarbasis")).FirstOrDefault(b => b is not null) ?? Levering;
        decimal? materialiteit = indiening.Select(r => r.Parameters.GetValueOrDefault("materialiteit")).FirstOrDefault(m => m is not null) is { } m
            && decimal.TryParse(m, NumberStyles.Number, CultureInfo.InvariantCulture, out var grens) ? grens : null;
        var protocol = indiening.Select(r => r.Parameters.GetValueOrDefault("protocol")).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p));
        var bevestiging = profiel.Regels.FirstOrDefault(r => r.Type == RegelType.Controle && !profiel.Uitschakelen.Contains(r.Id)
            && r.Parameters.ContainsKey(ProtocolbevestigingParameter));
        return new(indiening, verklaring, drempel, bijIndiening, jaarbasis == Gefactureerd ? Gefactureerd : Levering, materialiteit, protocol, bevestiging);
    }

    /// <summary>Is an accountant's statement required at this turnover (eurocents)? Without a threshold always when a rule
    /// asks for one; with one when the turnover reaches it (OCO-6.2b "€ 250.000 of meer", OCO-A11: ≥).</summary>
    public bool IsVerklaringVereist(long omzetCenten) => Verklaring is not null && (Drempel is not { } d || omzetCenten >= d * 100);

    /// <summary>Whether the accountant's confirmation may be recorded with this contract's statement; a confirmation under a
    /// contract that does not ask for it is refused (so that the flag always means what its clause says).</summary>
    public IReadOnlyList<Common.ValidationError> ValidateBevestiging(bool bevestigd) => bevestigd && Protocolbevestiging is null
        ? [new(Controleverklaring.BevestigingVeld, "Dit contract vraagt geen bevestiging van de accountant dat het accountantsprotocol is gevolgd.")]
        : [];

    /// <summary>What the gemeente reads about the confirmation: null when the contract does not ask it.</summary>
    public string? BevestigingTekst(bool? bevestigd) => Protocolbevestiging is not { } r ? null : bevestigd == true
        ? $"protocol bevestigd door accountant ({r.Bron}): {ProtocolTekst}"
        : $"niet bevestigd: de accountant heeft niet bevestigd dat de controle volgens het protocol is uitgevoerd ({r.Bron})";

    /// <summary>The clauses, for messages: "DEV-Art22.2a", "OCO-6.2b" …</summary>
    public string IndieningBron => Indiening.Count == 0 ? "geen termijn in het contract" : string.Join(", ", Indiening.Select(r => r.Bron).Distinct());
}
