using System.Net.Http.Headers;
using Maatwerk.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Maatwerk.Web.Tests.ApiSleutels;

/// <summary>Making a key as beheer (browser session) and a client that calls the API with it.</summary>
public static class ApiSleutelClients
{
    public sealed record Nieuw(Guid Id, string Sleutel);

    public static async Task<Nieuw> CreateKeyAsync(this MaatwerkFactory factory, string beheer, string rol, params string[] scopes)
    {
        var client = await factory.LoggedInAsync(beheer);
        var response = await client.PostAsJsonAsync("/api/apisleutels", new { Naam = $"Koppeling {rol}", Rol = rol, Scopes = scopes });
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Nieuw>())!;
    }

    public static HttpClient WithKey(this MaatwerkFactory factory, string sleutel)
    {
        var client = factory.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", sleutel);
        return client;
    }
}

/// <summary>The application with a low limit per key, to see the 429.</summary>
public sealed class LowRateLimitFactory : MaatwerkFactory
{
    public const int Limiet = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ApiSleutels:AanroepenPerMinuut", Limiet.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
