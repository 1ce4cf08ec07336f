using System.Text.RegularExpressions;
using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Ervaringsonderzoek;

/// <summary>How the client answered (IB-47b: digital or on paper, as the client prefers).</summary>
public enum ErvaringKanaal
{
    Digitaal = 1,
    Papier = 2,
}

/// <summary>One client's answers to the client-experience survey, with at least the seven questions of IB-47a: postcode,
/// date answered, who delivers the care, which care was received, satisfied yes/no with explanation, what went well and what
/// could be better, other remarks yes/no with explanation. Registered by the aanbieder from paper or filled in by the client
/// through a one-time link (<see cref="Ervaringslink"/>).</summary>
public sealed partial class Clientervaring : Entity
{
    public Guid AanbiederId { get; set; }
    public Guid ClientId { get; set; }
    public ErvaringKanaal Kanaal { get; set; } = ErvaringKanaal.Papier;

    public string Postcode { get; set; } = "";
    public DateOnly Datum { get; set; }
    public string Zorgaanbieder { get; set; } = "";
    public string OntvangenZorg { get; set; } = "";
    public bool? Tevreden { get; set; }
    public string? TevredenToelichting { get; set; }
    public string? GoedEnBeter { get; set; }
    public bool? HeeftOpmerkingen { get; set; }
    public string? Opmerkingen { get; set; }

    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    public static readonly IReadOnlyDictionary<ErvaringKanaal, string> Kanalen = new Dictionary<ErvaringKanaal, string>
    {
        [ErvaringKanaal.Digitaal] = "Digitaal (link)", [ErvaringKanaal.Papier] = "Op papier",
    };

    /// <summary>The questions as the forms (paper, link, registration) ask them, IB-47a.</summary>
    public static class Vragen
    {
        public const string Postcode = "Wat is uw postcode?";
        public const string Datum = "Op welke datum vult u deze vragen in?";
        public const string Zorgaanbieder = "Wie levert uw ondersteuning (welke zorgaanbieder)?";
        public const string OntvangenZorg = "Welke ondersteuning heeft u gekregen?";
        public const string Tevreden = "Bent u tevreden over de geleverde ondersteuning?";
        public const string TevredenToelichting = "Wilt u dat toelichten?";
        public const string GoedEnBeter = "Wat ging goed, en wat kan beter?";
        public const string HeeftOpmerkingen = "Heeft u nog andere opmerkingen?";
        public const string Opmerkingen = "Welke opmerkingen?";
    }

    [GeneratedRegex(@"^[1-9][0-9]{3} ?[A-Z]{2}$")]
    private static partial Regex PostcodePatroon();

    /// <summary>Trims and writes the postcode as "1234 AB".</summary>
    public void Normalize()
    {
        var p = (Postcode ?? "").Trim().ToUpperInvariant().Replace(" ", "");
        Postcode = p.Length == 6 ? $"{p[..4]} {p[4..]}" : p;
        Zorgaanbieder = (Zorgaanbieder ?? "").Trim();
        OntvangenZorg = (OntvangenZorg ?? "").Trim();
        TevredenToelichting = Leeg(TevredenToelichting);
        GoedEnBeter = Leeg(GoedEnBeter);
        Opmerkingen = Leeg(Opmerkingen);
    }

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();

    /// <summary>The rules of a response (IB-47a/b): every question answered, the date not in the future.</summary>
    public IReadOnlyList<ValidationError> Validate(DateOnly vandaag)
    {
        Normalize();
        var v = new Validator()
            .Check(nameof(Postcode), PostcodePatroon().IsMatch(Postcode), "Postcode: vul een postcode in als 1234 AB (IB-47a).")
            .Check(nameof(Datum), Datum != default, "Datum van invullen is verplicht (IB-47a).")
            .Check(nameof(Datum), Datum <= vandaag, "De datum van invullen kan niet in de toekomst liggen.")
            .Required(nameof(Zorgaanbieder), "Wie levert de ondersteuning (IB-47a)", Zorgaanbieder, 200)
            .Required(nameof(OntvangenZorg), "Welke ondersteuning is ontvangen (IB-47a)", OntvangenZorg, 500)
            .Check(nameof(Tevreden), Tevreden is not null, "Tevreden: kies ja of nee (IB-47a).")
            .Optional(nameof(TevredenToelichting), "Toelichting bij tevreden", TevredenToelichting, 2000)
            .Optional(nameof(GoedEnBeter), "Wat ging goed en wat kan beter", GoedEnBeter, 2000)
            .Check(nameof(HeeftOpmerkingen), HeeftOpmerkingen is not null, "Andere opmerkingen: kies ja of nee (IB-47a).")
            .Optional(nameof(Opmerkingen), "Opmerkingen", Opmerkingen, 2000)
            .Check(nameof(Kanaal), Enum.IsDefined(Kanaal), "Kies digitaal of op papier (IB-47b).");
        if (HeeftOpmerkingen == true)
            v.Check(nameof(Opmerkingen), Opmerkingen is not null, "Opmerkingen: u koos 'ja'; vul de opmerkingen in (IB-47a).");
        return v.Errors;
    }
}
