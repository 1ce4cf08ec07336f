using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Clientondersteuning;

/// <summary>Why a trajectory was closed; <see cref="AndereAanbieder"/> is the resident's free choice (OCO-3.9), which comes
/// with a handover export.</summary>
public enum Afsluitreden
{
    VraagBeantwoord = 1,
    AndereAanbieder = 2,
    InwonerGestopt = 3,
    Verhuisd = 4,
    Overleden = 5,
    Anders = 6,
}

/// <summary>A trajectory of several contacts (OCO-3.6: clear start, expected duration and end; OCO-2.18: short; OCO-4.7(f),
/// (o), (p)). One per melding. No waiting-list status exists (OCO-2.17).</summary>
public sealed class Traject : Entity
{
    public Guid MeldingId { get; set; }
    public DateOnly Startdatum { get; set; }
    public int VerwachteDuurWeken { get; set; }
    public DateOnly GeplandeEinddatum { get; set; }
    public DateOnly? Einddatum { get; set; }
    public Afsluitreden? Afsluitreden { get; set; }
    public string? AfsluitToelichting { get; set; }
    /// <summary>The resident was helped with the question (OCO-4.7(a)).</summary>
    public bool? Geholpen { get; set; }
    /// <summary>Appropriate support was found (OCO-4.7(m)).</summary>
    public bool? PassendeOndersteuning { get; set; }
    public string Medewerker { get; set; } = "";
    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    public bool IsAfgesloten => Einddatum is not null;

    public static readonly IReadOnlyDictionary<Afsluitreden, string> Redenen = new Dictionary<Afsluitreden, string>
    {
        [Clientondersteuning.Afsluitreden.VraagBeantwoord] = "Vraag beantwoord, inwoner kan verder",
        [Clientondersteuning.Afsluitreden.AndereAanbieder] = "Inwoner kiest een andere cliëntondersteuner (keuzevrijheid, OCO-3.9)",
        [Clientondersteuning.Afsluitreden.InwonerGestopt] = "Inwoner ziet af van verdere ondersteuning",
        [Clientondersteuning.Afsluitreden.Verhuisd] = "Inwoner verhuisd",
        [Clientondersteuning.Afsluitreden.Overleden] = "Inwoner overleden",
        [Clientondersteuning.Afsluitreden.Anders] = "Andere reden",
    };

    /// <summary>Start on or after the melding's day, not in the future; a planned end after the start (OCO-3.6).</summary>
    public IReadOnlyList<ValidationError> Validate(DateOnly meldingDag, DateOnly vandaag)
    {
        var v = new Validator()
            .Check(nameof(Startdatum), Startdatum != default, "Vul de startdatum van het traject in (OCO-3.6).")
            .Check(nameof(VerwachteDuurWeken), VerwachteDuurWeken is >= 1 and <= 104, "De verwachte duur is 1 tot en met 104 weken (OCO-3.6).")
            .Check(nameof(GeplandeEinddatum), GeplandeEinddatum != default, "Vul de geplande einddatum in (OCO-3.6).");
        if (Startdatum != default)
            v.Check(nameof(Startdatum), Startdatum >= meldingDag, $"Het traject kan niet vóór de melding starten ({meldingDag:dd-MM-yyyy}).")
             .Check(nameof(Startdatum), Startdatum <= vandaag, "Een traject start niet in de toekomst; registreer het op de startdag.");
        if (Startdatum != default && GeplandeEinddatum != default)
            v.Check(nameof(GeplandeEinddatum), GeplandeEinddatum >= Startdatum, "De geplande einddatum ligt op of na de startdatum.");
        return v.Errors;
    }

    /// <summary>Closes the trajectory (OCO-3.6 actual end, OCO-3.9 reason): not before it started, not in the future.</summary>
    public IReadOnlyList<ValidationError> Close(DateOnly einddatum, Afsluitreden? reden, string? toelichting, bool? geholpen, bool? passend, DateOnly vandaag)
    {
        var v = new Validator()
            .Check(nameof(Einddatum), !IsAfgesloten, "Dit traject is al afgesloten.")
            .Check(nameof(Einddatum), einddatum != default, "Vul de einddatum in.")
            .Check(nameof(Afsluitreden), reden is { } r && Enum.IsDefined(r), "Kies de reden van afsluiten (OCO-3.9).")
            .Optional(nameof(AfsluitToelichting), "Toelichting", toelichting, 500);
        if (einddatum != default)
            v.Check(nameof(Einddatum), einddatum >= Startdatum, $"Een traject kan niet eindigen vóór de start ({Startdatum:dd-MM-yyyy}).")
             .Check(nameof(Einddatum), einddatum <= vandaag, "De einddatum kan niet in de toekomst liggen.");
        if (!v.IsValid)
            return v.Errors;
        (Einddatum, Afsluitreden, AfsluitToelichting, Geholpen, PassendeOndersteuning) =
            (einddatum, reden, string.IsNullOrWhiteSpace(toelichting) ? null : toelichting.Trim(), geholpen, passend);
        return [];
    }
}

/// <summary>A referral made for the resident (to whom, when; OCO-4.7(b)).</summary>
public sealed class Verwijzing : Entity
{
    public Guid MeldingId { get; set; }
    public string Naar { get; set; } = "";
    public DateOnly Datum { get; set; }
    public string? Toelichting { get; set; }
    public string GeregistreerdDoor { get; set; } = "";

    public IReadOnlyList<ValidationError> Validate(DateOnly meldingDag, DateOnly vandaag)
    {
        var v = new Validator().Required(nameof(Naar), "Verwezen naar", Naar, 200).Optional(nameof(Toelichting), "Toelichting", Toelichting, 500)
            .Check(nameof(Datum), Datum != default, "Vul de datum van de verwijzing in.");
        if (Datum != default)
            v.Check(nameof(Datum), Datum >= meldingDag && Datum <= vandaag, $"De verwijzing ligt tussen de melding ({meldingDag:dd-MM-yyyy}) en vandaag.");
        return v.Errors;
    }
}
