using System.Net;
using System.Net.Http.Json;

namespace Maatwerk.Web.Tests.Support;

/// <summary>Every toewijzing carries out a beschikking: tests record one through the API, as a consulent would.</summary>
public static class Beschikkingen
{
    public static async Task<Guid> BeschikkingAsync(this HttpClient consulent, Guid client, DateOnly ingang, DateOnly? einde, string? nummer = null)
    {
        var response = await consulent.PostAsJsonAsync("/api/beschikkingen", new
        {
            ClientId = client, Nummer = nummer ?? $"T{Guid.NewGuid():N}"[..12], Besluitdatum = ingang.AddMonths(-6), // decided well before (never in the future)
            Ingangsdatum = ingang, Einddatum = einde, Omschrijving = "Maatwerkondersteuning (test)",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }
}
