using System.Net;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Declaratiebeoordeling;

/// <summary>Steps the gemeente-side tests share: a started PO-B toewijzing at De Linde with direct time, a month's 323
/// received from the provider's own system, and the beoordelaar answering it.</summary>
internal static class BeoordelingFlow
{
    public sealed record Check(string Regel, string Retourcode, string Uitkomst, string Melding);
    public sealed record Regel(Guid Id, string ToewijzingNummer, DateOnly Begindatum, long Bedrag, string Beoordeling, string Status, List<Check> Controles);
    public sealed record Details(Guid Id, string DeclaratieNummer, string Status, long TotaalIngediend, long? TotaalToegekend, List<Regel> Regels);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    /// <summary>A PO-B toewijzing from <paramref name="ingang"/> for the n-th client of Deventer, with 60 minutes of direct time on each day.</summary>
    public static async Task<string> ToewijzingAsync(MaatwerkFactory factory, int client, DateOnly ingang, params string[] dagen)
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var (clientId, contract) = factory.WithDb(db =>
        {
            var gemeente = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
            var org = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
            return (db.Clienten.Where(c => c.GemeenteId == gemeente).OrderBy(c => c.Bsn).Skip(client).First().Id,
                db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == org).Id);
        });
        var beschikking = await consulent.BeschikkingAsync(clientId, ingang, ingang.AddMonths(12));
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = clientId, ContractId = contract, Productcode = "PO-B", Ingangsdatum = D(ingang), Einddatum = D(ingang.AddMonths(12)),
            Volume = 120, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        (await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/Start", new { Datum = D(ingang) })).StatusCode.Should().Be(HttpStatusCode.OK);
        var medewerker = factory.WithDb(db => db.Gebruikers.Single(g => g.Email == "begeleider@delinde.demo").Id);
        var tijd = await aanbieder.PostAsJsonAsync("/api/tijd", new { Regels = dagen.Select(d => new { ToewijzingId = id, MedewerkerId = medewerker, Datum = d, Begintijd = $"{6 + client:D2}:00", Minuten = 60 }).ToArray() });
        tijd.StatusCode.Should().Be(HttpStatusCode.OK, await tijd.Content.ReadAsStringAsync());
        return factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == id).ToewijzingNummer);
    }

    /// <summary>De Linde's 323 over the month to Deventer, posted as from its own system; the declaration as the beoordelaar sees it.</summary>
    public static async Task<Details> ReceiveAsync(MaatwerkFactory factory, HttpClient beoordelaar, string maand)
    {
        var deventer = factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "0150").Id);
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        var xml = await linde.GetStringAsync($"/api/declaraties/xml?maand={maand}&gemeenteId={deventer}");
        var response = await beoordelaar.PostAsync("/api/iwmo/berichten", new StringContent(xml, System.Text.Encoding.UTF8, "application/xml"));
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var identificatie = System.Xml.Linq.XDocument.Parse(xml).Descendants().First(e => e.Name.LocalName == "Identificatie").Value;
        var id = factory.WithDb(db => db.Set<OntvangenDeclaratie>().Single(d => d.Identificatie == identificatie).Id);
        return (await beoordelaar.GetFromJsonAsync<Details>($"/api/declaratiebeoordeling/{id}"))!;
    }

    /// <summary>Approves every line and sends the 325.</summary>
    public static async Task<Details> AnswerAsync(HttpClient beoordelaar, Details d)
    {
        foreach (var r in d.Regels)
            (await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/{d.Id}/regels/{r.Id}", new { Goedkeuren = true })).StatusCode.Should().Be(HttpStatusCode.OK);
        var antwoord = await beoordelaar.PostAsync($"/api/declaratiebeoordeling/{d.Id}/antwoord", null);
        antwoord.StatusCode.Should().Be(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        return (await beoordelaar.GetFromJsonAsync<Details>($"/api/declaratiebeoordeling/{d.Id}"))!;
    }
}
