using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Clientondersteuning;

/// <summary>How the resident reached the OCO provider (OCO-3.13: phone, e-mail, video, chat; or through a referrer).</summary>
public enum Kanaal
{
    Telefoon = 1,
    Email = 2,
    Video = 3,
    Chat = 4,
    Balie = 5,
    Verwijzer = 6,
}

/// <summary>A resident's question to the OCO provider (OCO-3.15, seeds-000-001-003 §1.5 "ResidentReport"): no toewijzing,
/// minimal personal data (an anonymous question is possible), the gemeente (OCO-A16), when and how it came in, the referrer,
/// the life domains (OCO-4.7(h)), the complex flag (4.7(i)) and the triage outcome (OCO-3.16b). It is the subject
/// (<c>melding</c>) of its obligations OCO-3.15, OCO-3.16a/b, OCO-3.17 and OCO-2.7.</summary>
public sealed class Melding : Entity
{
    public const string Onderwerp = "melding";

    public Guid AanbiederId { get; set; }
    public Guid ContractId { get; set; }
    public Guid GemeenteId { get; set; }

    /// <summary>An anonymous question: no name, BSN or contact details are kept.</summary>
    public bool Anoniem { get; set; }
    /// <summary>Name or how the resident wants to be addressed; empty when anonymous.</summary>
    public string? Inwoner { get; set; }
    public string? Bsn { get; set; }
    public string? Contactgegevens { get; set; }

    public DateTimeOffset OntvangenOp { get; set; }
    public Kanaal Kanaal { get; set; } = Kanaal.Telefoon;
    /// <summary>Who referred the resident (huisarts, wijkteam …), if anyone (OCO-4.7(c)).</summary>
    public string? Verwijzer { get; set; }
    /// <summary>Codes of <see cref="Levensdomeinen"/>, comma-separated (OCO-4.7(h)).</summary>
    public string Levensdomein { get; set; } = "";
    public bool Complex { get; set; }
    public string? Vraag { get; set; }

    /// <summary>Triage or question clarification showed urgency (OCO-3.16b), and when.</summary>
    public bool Spoed { get; set; }
    public DateTimeOffset? TriageOp { get; set; }

    /// <summary>The OCO worker (e-mail) who carries the question: the caseload.</summary>
    public string Medewerker { get; set; } = "";

    /// <summary>A first appointment within 10 working days turned out unattainable (OCO-3.17), and the substitute offer.</summary>
    public DateTimeOffset? OnhaalbaarOp { get; set; }
    public string? VervangendAanbodNaar { get; set; }
    public DateTimeOffset? VervangendAanbodOp { get; set; }

    /// <summary>The day the resident obtained the help and support needed (OCO-2.7, OCO-A4).</summary>
    public DateOnly? HulpVerkregenOp { get; set; }

    /// <summary>The resident's satisfaction score 1–10 from the survey (OCO-2.21, OCO-4.7(n)).</summary>
    public int? Tevredenheid { get; set; }

    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    public IReadOnlyList<string> LevensdomeinCodes => Levensdomein.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string Naam => Anoniem || string.IsNullOrWhiteSpace(Inwoner) ? "Anonieme inwoner" : Inwoner!;

    /// <summary>Life domains of the resident's question (OCO-4.7(h)); the social domain of OCO-2.2.</summary>
    public static readonly IReadOnlyDictionary<string, string> Levensdomeinen = new Dictionary<string, string>
    {
        ["wmo"] = "Zorg en ondersteuning (Wmo)",
        ["wonen"] = "Wonen",
        ["werk-inkomen"] = "Werk en inkomen (Participatiewet)",
        ["schulden"] = "Schulden en geldzaken",
        ["jeugd"] = "Opvoeden en jeugd (Jeugdwet)",
        ["inburgering"] = "Inburgering",
        ["arbeidsongeschiktheid"] = "Arbeidsongeschiktheid",
        ["wlz"] = "Langdurige zorg (Wlz)",
        ["gezondheid"] = "Gezondheid (Zvw)",
        ["netwerk"] = "Sociaal netwerk en mantelzorg",
    };

    public static readonly IReadOnlyDictionary<Kanaal, string> Kanalen = new Dictionary<Kanaal, string>
    {
        [Kanaal.Telefoon] = "Telefoon", [Kanaal.Email] = "E-mail", [Kanaal.Video] = "Beeldbellen", [Kanaal.Chat] = "Chat",
        [Kanaal.Balie] = "Inloop / balie", [Kanaal.Verwijzer] = "Via een verwijzer",
    };

    /// <summary>The rules of a new or edited melding.</summary>
    public IReadOnlyList<ValidationError> Validate(DateTimeOffset nu)
    {
        var v = new Validator()
            .Check(nameof(GemeenteId), GemeenteId != Guid.Empty, "Kies de gemeente van de inwoner (OCO-A16).")
            .Check(nameof(OntvangenOp), OntvangenOp != default, "Vul in wanneer de melding binnenkwam.")
            .Check(nameof(OntvangenOp), OntvangenOp <= nu, "Een melding kan niet in de toekomst binnenkomen.")
            .Check(nameof(Kanaal), Enum.IsDefined(Kanaal), "Kies het kanaal waarlangs de inwoner zich meldde.")
            .Optional(nameof(Inwoner), "Naam inwoner", Inwoner, 200)
            .Optional(nameof(Contactgegevens), "Contactgegevens", Contactgegevens, 200)
            .Optional(nameof(Verwijzer), "Verwijzer", Verwijzer, 200)
            .Optional(nameof(Vraag), "Vraag", Vraag, 1000)
            .Check(nameof(Levensdomein), LevensdomeinCodes.Count > 0, "Kies minstens één levensdomein van de vraag (OCO-4.7 h).")
            .Check(nameof(Levensdomein), LevensdomeinCodes.All(Levensdomeinen.ContainsKey), "Onbekend levensdomein.")
            .Check(nameof(Verwijzer), Kanaal != Kanaal.Verwijzer || !string.IsNullOrWhiteSpace(Verwijzer), "Noem de verwijzer als de inwoner via een verwijzer kwam.");
        if (Anoniem)
            v.Check(nameof(Inwoner), string.IsNullOrWhiteSpace(Inwoner) && string.IsNullOrWhiteSpace(Bsn) && string.IsNullOrWhiteSpace(Contactgegevens),
                "Een anonieme melding heeft geen naam, BSN of contactgegevens.");
        else
            v.Check(nameof(Inwoner), !string.IsNullOrWhiteSpace(Inwoner), "Vul de naam van de inwoner in, of kies 'anoniem'.");
        if (!string.IsNullOrWhiteSpace(Bsn) && !Clienten.Bsn.TryParse(Bsn, out _, out var fout))
            v.Add(nameof(Bsn), fout!);
        if (Spoed)
            v.Check(nameof(TriageOp), TriageOp is not null, "Vul het moment van de triage in als die op spoed wijst (OCO-3.16b).");
        if (TriageOp is { } triage)
            v.Check(nameof(TriageOp), triage >= OntvangenOp && triage <= nu, "De triage ligt tussen het binnenkomen van de melding en nu.");
        if (Tevredenheid is { } t)
            v.Check(nameof(Tevredenheid), t is >= 1 and <= 10, "De tevredenheid is een cijfer van 1 tot en met 10.");
        return v.Errors;
    }

    public void Normalize()
    {
        if (Anoniem)
            (Inwoner, Bsn, Contactgegevens) = (null, null, null);
        Inwoner = Clean(Inwoner);
        Contactgegevens = Clean(Contactgegevens);
        Verwijzer = Clean(Verwijzer);
        Vraag = Clean(Vraag);
        Bsn = Clean(Bsn) is { } b && Clienten.Bsn.TryParse(b, out var bsn, out _) ? bsn.Value : Clean(Bsn);
        Levensdomein = string.Join(',', LevensdomeinCodes.Distinct());
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
