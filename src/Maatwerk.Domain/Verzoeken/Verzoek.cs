using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Verzoeken;

public enum VerzoekStatus
{
    Ingediend = 1,
    InOnderzoek = 2,
    Afgewezen = 3,
    Toegewezen = 4,
}

/// <summary>A provider's verzoek om toewijzing (WMO315) for a resident who came to it directly (e.g. through a
/// huisarts): the gemeente answers with a toewijzing (WMO301) or an antwoordbericht (WMO319).</summary>
public sealed class Verzoek : Entity
{
    /// <summary>"WMO315" (verzoek om toewijzing) or "WMO317" (verzoek om wijziging of an existing toewijzing).</summary>
    public string Soort { get; set; } = "WMO315";

    /// <summary>For a WMO317: the toewijzing to change.</summary>
    public Guid? TeWijzigenToewijzingId { get; set; }

    /// <summary>For a WMO317: reden verzoek (WJ758).</summary>
    public string? RedenVerzoek { get; set; }

    public Guid ContractId { get; set; }
    public Guid GemeenteId { get; set; }
    public string Bsn { get; set; } = "";
    public string Voornamen { get; set; } = "";
    public string? Tussenvoegsel { get; set; }
    public string Achternaam { get; set; } = "";
    public DateOnly Geboortedatum { get; set; }
    public string Productcode { get; set; } = "";
    public DateOnly Ingangsdatum { get; set; }
    public DateOnly? Einddatum { get; set; }
    public int? Volume { get; set; }
    public string? Eenheid { get; set; }
    public string? Frequentie { get; set; }

    /// <summary>Who referred the resident (COD327), e.g. "02" huisarts.</summary>
    public string VerwijzerType { get; set; } = "";
    public string? VerwijzerNaam { get; set; }
    public string? Commentaar { get; set; }

    /// <summary>The provider's reference; the gemeente's answer (301 or 319) refers to it.</summary>
    public string ReferentieAanbieder { get; set; } = "";
    public VerzoekStatus Status { get; set; } = VerzoekStatus.Ingediend;

    /// <summary>Reden afwijzing verzoek (WJ759) when refused.</summary>
    public string? RedenAfwijzing { get; set; }
    public Guid? ToewijzingId { get; set; }
    public DateOnly Ingediend { get; set; }

    public static readonly IReadOnlyDictionary<string, string> Verwijzers = new Dictionary<string, string>
    {
        ["01"] = "Gemeente", ["02"] = "Huisarts", ["03"] = "Jeugdarts", ["04"] = "Gecertificeerde instelling",
        ["05"] = "Medisch specialist", ["06"] = "Zelfverwijzer / geen verwijzer",
    };

    /// <summary>WJ759, from ../shared/iwmo/3.2/codelists/WJ759_Reden_afwijzing_verzoek.md.</summary>
    public static readonly IReadOnlyDictionary<string, string> RedenenAfwijzing = new Dictionary<string, string>
    {
        ["1"] = "Geen wijziging, maar nieuwe aanvraag", ["2"] = "Past niet binnen budget", ["3"] = "Geen contract",
        ["4"] = "Past niet binnen contract", ["5"] = "Andere gemeente", ["6"] = "Stapeling", ["7"] = "Zorginhoudelijke afkeur",
        ["8"] = "Woonplaatsbeginsel", ["9"] = "Leeftijdsgrens is bereikt",
    };

    public static readonly IReadOnlyDictionary<string, string> RedenenVerzoek = new Dictionary<string, string>
    {
        ["1"] = "Verandering cliëntsituatie", ["2"] = "Wijziging zorgplan",
    };

    /// <summary>A verzoek om wijziging: the new end date and/or volume of an existing toewijzing, with a WJ758 reason.</summary>
    public IReadOnlyList<ValidationError> ValidateWijziging(Toewijzingen.Toewijzing t, DateOnly vandaag) => new Validator()
        .Check(nameof(RedenVerzoek), RedenVerzoek is not null && RedenenVerzoek.ContainsKey(RedenVerzoek), "Kies een reden verzoek uit codelijst WJ758.")
        .Check(nameof(TeWijzigenToewijzingId), t.Status is Toewijzingen.ToewijzingStatus.Geaccepteerd or Toewijzingen.ToewijzingStatus.Gestart,
            "Een wijziging kan alleen worden gevraagd voor een geaccepteerde of gestarte toewijzing.")
        .Check(nameof(Einddatum), Einddatum is not null || Volume is not null, "Geef een nieuwe einddatum of een nieuw volume op.")
        .Check(nameof(Einddatum), Einddatum is null || Einddatum >= (t.StartdatumZorg ?? t.Ingangsdatum), "De gewenste einddatum ligt vóór de start van de toewijzing.")
        .Check(nameof(Volume), Volume is null or > 0, "Het volume moet een positief geheel getal zijn.")
        .Check(nameof(Ingangsdatum), Ingangsdatum >= t.Ingangsdatum, "De gewenste ingangsdatum van de wijziging ligt vóór de ingangsdatum van de toewijzing.")
        .Optional(nameof(Commentaar), "Toelichting", Commentaar, 200)
        .Errors;

    public IReadOnlyList<ValidationError> Validate(DateOnly vandaag)
    {
        var v = new Validator();
        if (!Clienten.Bsn.TryParse(Bsn, out _, out var bsnFout))
            v.Add(nameof(Bsn), bsnFout!);
        v.Required(nameof(Voornamen), "Voornamen", Voornamen, 200)
            .Required(nameof(Achternaam), "Achternaam", Achternaam, 200)
            .Optional(nameof(Tussenvoegsel), "Tussenvoegsel", Tussenvoegsel, 10)
            .Check(nameof(Geboortedatum), Geboortedatum != default && Geboortedatum <= vandaag, "Geboortedatum is verplicht en ligt niet in de toekomst.")
            .Check(nameof(Ingangsdatum), Ingangsdatum != default, "De gewenste ingangsdatum is verplicht.")
            .Check(nameof(Einddatum), Einddatum is null || Einddatum >= Ingangsdatum, "De einddatum mag niet vóór de ingangsdatum liggen.")
            .Check(nameof(VerwijzerType), Verwijzers.ContainsKey(VerwijzerType), "Kies wie de cliënt heeft verwezen (codelijst COD327).")
            .Optional(nameof(VerwijzerNaam), "Naam verwijzer", VerwijzerNaam, 64)
            .Optional(nameof(Commentaar), "Toelichting", Commentaar, 200)
            .Check(nameof(Volume), Volume is null or > 0, "Het volume moet een positief geheel getal zijn.");
        return v.Errors;
    }

    /// <summary>The gemeente answers: refuse with a WJ759 reason, or mark it "in onderzoek".</summary>
    public IReadOnlyList<ValidationError> Answer(bool inOnderzoek, string? reden)
    {
        var v = new Validator()
            .Check("Status", Status is VerzoekStatus.Ingediend or VerzoekStatus.InOnderzoek, "Dit verzoek is al afgehandeld.");
        if (!inOnderzoek)
            v.Check("Reden", reden is not null && RedenenAfwijzing.ContainsKey(reden), "Kies een reden afwijzing uit codelijst WJ759.");
        if (v.IsValid)
        {
            Status = inOnderzoek ? VerzoekStatus.InOnderzoek : VerzoekStatus.Afgewezen;
            RedenAfwijzing = inOnderzoek ? null : reden;
        }
        return v.Errors;
    }
}
