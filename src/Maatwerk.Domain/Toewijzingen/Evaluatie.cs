using System.Text.Json;
using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Toewijzingen;

/// <summary>An evaluation held with the client, answering the questions the contract lists (e.g. DEV-Eis4-b, IB-20b).
/// Holding it is the event "evaluatie", which meets the evaluation deadlines of the contract.</summary>
public sealed class Evaluatie : Entity
{
    public Guid ToewijzingId { get; set; }
    public DateOnly Datum { get; set; }
    public string Deelnemers { get; set; } = "";
    public bool Eindevaluatie { get; set; }

    /// <summary>Question and answer pairs as JSON, so the text of the contract's question is kept with the answer even
    /// when a later profile version changes the questions.</summary>
    public string Antwoorden { get; set; } = "[]";

    /// <summary>When the client consented to sharing the report with the gemeente, and when it was shared (IB-27c).</summary>
    public DateOnly? ToestemmingClientOp { get; set; }
    public DateOnly? GedeeldOp { get; set; }

    public sealed record Antwoord(string Vraag, string Tekst);

    /// <summary>The aanbieder shares the report with the gemeente, only with the client's recorded consent (IB-27c; the
    /// AVG asks the same of every contract), once, not before the evaluation or the consent and not in the future.</summary>
    public IReadOnlyList<ValidationError> Share(DateOnly? toestemmingOp, DateOnly gedeeldOp, DateOnly vandaag)
    {
        var v = new Validator()
            .Check("GedeeldOp", GedeeldOp is null, $"Dit verslag is al op {GedeeldOp:dd-MM-yyyy} met de gemeente gedeeld.")
            .Check("ToestemmingClientOp", toestemmingOp is not null,
                "Leg eerst vast wanneer de cliënt toestemming gaf: zonder toestemming gaat het verslag niet naar de gemeente (IB-27c).")
            .Check("ToestemmingClientOp", toestemmingOp is null || toestemmingOp <= gedeeldOp, "De toestemming ligt na de datum van delen.")
            .Check("GedeeldOp", gedeeldOp >= Datum && gedeeldOp <= vandaag, "Delen kan vanaf de evaluatiedatum tot en met vandaag.");
        if (v.IsValid)
            (ToestemmingClientOp, GedeeldOp) = (toestemmingOp, gedeeldOp);
        return v.Errors;
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public IReadOnlyList<Antwoord> ReadAnswers() => JsonSerializer.Deserialize<List<Antwoord>>(Antwoorden) ?? [];

    public static (Evaluatie? Evaluatie, IReadOnlyList<ValidationError> Fouten) Create(Toewijzing t, DateOnly datum, string? deelnemers,
        IReadOnlyList<string> vragen, IReadOnlyList<string?> antwoorden, bool eind, DateOnly vandaag)
    {
        var v = new Validator()
            .Check("Status", t.Status is ToewijzingStatus.Gestart or ToewijzingStatus.Gestopt or ToewijzingStatus.TijdelijkGestopt, "Een evaluatie hoort bij een toewijzing waarvan de zorg is gestart.")
            .Check("Datum", datum != default && datum <= vandaag, "De datum van de evaluatie is verplicht en ligt niet in de toekomst.")
            .Check("Datum", t.StartdatumZorg is null || datum >= t.StartdatumZorg, "De evaluatie ligt vóór de start van de zorg.")
            .Required("Deelnemers", "Deelnemers", deelnemers, 200);
        for (var i = 0; i < vragen.Count; i++)
        {
            var antwoord = i < antwoorden.Count ? antwoorden[i] : null;
            v.Required($"Antwoorden[{i}]", $"Het antwoord op vraag {i + 1} ('{vragen[i]}')", antwoord, 4000);
        }
        if (!v.IsValid)
            return (null, v.Errors);
        var paren = vragen.Select((vraag, i) => new Antwoord(vraag, antwoorden[i]!.Trim())).ToList();
        return (new Evaluatie
        {
            ToewijzingId = t.Id, Datum = datum, Deelnemers = deelnemers!.Trim(), Eindevaluatie = eind, Antwoorden = JsonSerializer.Serialize(paren, Json),
        }, []);
    }
}
