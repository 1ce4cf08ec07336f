using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Declaraties;

/// <summary>Steps the declaration tests share: a started toewijzing, registered time, the pre-flight as JSON.</summary>
internal static class Declareren
{
    public sealed record Regel(string ToewijzingNummer, string Productcode, DateOnly Begindatum, DateOnly Einddatum, long GeleverdVolume, string Eenheid,
        long ProductTarief, long IngediendBedrag, string? NoShowVan);
    public sealed record Bezwaar(string Toewijzing, string Code, string Melding, bool Blokkeert);
    public sealed record Voorbereiding(string Gemeente, long Totaal, bool KanVerzenden, string? VerzondenNummer, List<Regel> Regels, List<Bezwaar> Bezwaren, List<string> BerichtFouten);

    public static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    public static Guid Gemeente(this MaatwerkFactory factory, string code) => factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == code).Id);

    /// <summary>A toewijzing for client number <paramref name="client"/> (by BSN, descending) of the gemeente, issued by the
    /// consulent under the contract with the aanbieder of <paramref name="agb"/>, started on its first day unless
    /// <paramref name="starten"/> is false.</summary>
    public static async Task<(Guid Id, string Nummer)> ToewijzingAsync(this MaatwerkFactory factory, string gemeentecode, string agb, string consulentEmail,
        string aanbiederEmail, string product, DateOnly ingang, DateOnly einde, int client, int? volume, string? eenheid, string? frequentie, bool starten = true)
    {
        var consulent = await factory.LoggedInAsync(consulentEmail);
        var (clientId, contract) = factory.WithDb(db =>
        {
            var gemeente = db.Organisaties.Single(o => o.Gemeentecode == gemeentecode).Id;
            var org = db.Organisaties.Single(o => o.AgbCode == agb).Id;
            return (db.Clienten.Where(c => c.GemeenteId == gemeente).OrderByDescending(c => c.Bsn).Skip(client).First().Id,
                db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == org).Id);
        });
        var beschikking = await consulent.BeschikkingAsync(clientId, ingang, einde);
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = clientId, ContractId = contract, Productcode = product, Ingangsdatum = D(ingang), Einddatum = D(einde),
            Volume = volume, Eenheid = eenheid, Frequentie = frequentie, BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        if (starten)
        {
            var aanbieder = await factory.LoggedInAsync(aanbiederEmail);
            var start = await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/Start", new { Datum = D(ingang) });
            start.StatusCode.Should().Be(HttpStatusCode.OK, await start.Content.ReadAsStringAsync());
        }
        return (id, factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == id).ToewijzingNummer));
    }

    /// <summary>Registers direct time of <paramref name="medewerkerEmail"/> on the toewijzing: (date, start, minutes).</summary>
    public static async Task RegisterAsync(this MaatwerkFactory factory, HttpClient administratie, Guid toewijzing, string medewerkerEmail,
        params (string Datum, string Begintijd, int Minuten)[] regels)
    {
        var medewerker = factory.WithDb(db => db.Gebruikers.Single(g => g.Email == medewerkerEmail).Id);
        var response = await administratie.PostAsJsonAsync("/api/tijd", new
        {
            Regels = regels.Select(r => new { ToewijzingId = toewijzing, MedewerkerId = medewerker, r.Datum, r.Begintijd, r.Minuten }).ToArray(),
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static async Task<Voorbereiding> VoorbereidingAsync(this HttpClient administratie, Guid gemeente, string maand) =>
        (await administratie.GetFromJsonAsync<Voorbereiding>($"/api/declaraties/voorbereiding?maand={maand}&gemeenteId={gemeente}"))!;
}
