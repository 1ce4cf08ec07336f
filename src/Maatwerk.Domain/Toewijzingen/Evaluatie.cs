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

    public sealed record Antwoord(string Vraag, string Tekst);

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public IReadOnlyList<Antwoord> LeesAntwoorden() => JsonSerializer.Deserialize<List<Antwoord>>(Antwoorden) ?? [];

    public static (Evaluatie? Evaluatie, IReadOnlyList<ValidationError> Fouten) Maak(Toewijzing t, DateOnly datum, string? deelnemers,
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
