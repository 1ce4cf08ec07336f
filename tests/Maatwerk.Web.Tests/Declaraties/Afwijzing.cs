using System.Net;
using System.Text.Json;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Declaraties;

/// <summary>A line of De Linde declared on the platform to Deventer and rejected by the gemeente's WMO325 (shared by the
/// correction-term tests on both sides).</summary>
internal static class Afwijzing
{
    /// <summary>A Deventer PO-B toewijzing from <paramref name="ingang"/>, an hour of care on each given day, the month
    /// declared, and the gemeente's 325 rejecting the line with 0611 (TR418). Returns the provider's declaration and line.</summary>
    public static async Task<(Guid Declaratie, Prestatie Regel)> RejectedAsync(this MaatwerkFactory factory, int client, DateOnly ingang, DateOnly maand, params string[] dagen)
    {
        var deventer = factory.Gemeente("0150");
        var (toewijzing, _) = await factory.ToewijzingAsync("0150", "75750101", "consulent@deventer.demo", "administratie@delinde.demo", "PO-B",
            ingang, ingang.AddMonths(12).AddDays(-1), client, 600, "01", "2");
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        await factory.RegisterAsync(administratie, toewijzing, "begeleider@delinde.demo", dagen.Select(d => (d, "09:00", 60)).ToArray());
        var verzenden = await administratie.PostAsJsonAsync("/api/declaraties", new { Maand = Declareren.D(maand), GemeenteId = deventer });
        verzenden.StatusCode.Should().Be(HttpStatusCode.Created, await verzenden.Content.ReadAsStringAsync());
        var id = (await verzenden.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];

        var nummer = factory.WithDb(db => db.Set<Declaratie>().Single(d => d.Id == id).Nummer);
        var beoordelaar = await factory.LoggedInAsync("declaraties@deventer.demo");
        var ontvangen = (await beoordelaar.GetFromJsonAsync<List<JsonElement>>("/api/declaratiebeoordeling"))!
            .Single(d => d.GetProperty("declaratieNummer").GetString() == nummer).GetProperty("id").GetGuid();
        var details = await beoordelaar.GetFromJsonAsync<JsonElement>($"/api/declaratiebeoordeling/{ontvangen}");
        foreach (var regel in details.GetProperty("regels").EnumerateArray())
            (await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/{ontvangen}/regels/{regel.GetProperty("id").GetGuid()}",
                new { Goedkeuren = false, Retourcode = "0611", Toelichting = "Tarief wijkt af van de gemeentelijke tarieventabel." })).StatusCode.Should().Be(HttpStatusCode.OK);
        var antwoord = await beoordelaar.PostAsync($"/api/declaratiebeoordeling/{ontvangen}/antwoord", null);
        antwoord.StatusCode.Should().Be(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        return (id, factory.WithDb(db => db.Set<Prestatie>().Single(p => p.DeclaratieId == id)));
    }

}
