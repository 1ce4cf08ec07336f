using System.Net;
using System.Text.RegularExpressions;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Maatwerk.Web.Tests.Hosting;

/// <summary>Scale-out (issue 9): two stateless web instances on one PostgreSQL database. A cookie and an antiforgery
/// token issued by one are accepted by the other (data-protection keys in the database), and the nightly run is done
/// once. Needs the PostgreSQL server of scripts/test.sh (skips locally without it, fails in CI).</summary>
public sealed partial class TwoInstancesTests
{
    private sealed class Instance(DatabaseOptions database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", database.Provider);
            builder.UseSetting("Database:ConnectionString", database.ConnectionString);
            builder.UseSetting("Database:DemoData", "true");
            builder.UseSetting("Security:InlogpogingenPerMinuut", "100000");
        }

        public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
    }

    [SkippableFact]
    public async Task Two_instances_on_one_postgresql_accept_each_others_cookies_and_tokens_and_run_the_night_once()
    {
        TestDatabase.RequirePostgres();
        using var database = TestDatabase.CreatePostgres();
        using var a = new Instance(database.Options);
        _ = a.Services; // migrates and seeds first
        using var b = new Instance(database.Options);
        _ = b.Services;

        // Log in on A.
        var naarA = a.Client();
        var (afCookie, token) = await FormAsync(naarA, "/Account/Inloggen", null);
        var login = await PostAsync(naarA, "/Account/Inloggen", afCookie, token,
            new() { ["Email"] = "consulent@deventer.demo", ["Wachtwoord"] = DemoData.Wachtwoord });
        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var sessie = Cookie(login, "maatwerk.sessie");

        // B knows the user from A's cookie …
        var naarB = b.Client();
        var start = new HttpRequestMessage(HttpMethod.Get, "/");
        start.Headers.Add("Cookie", sessie);
        var pagina = await naarB.SendAsync(start);
        pagina.StatusCode.Should().Be(HttpStatusCode.OK, "B decrypts the cookie A issued with the shared keys");
        (await pagina.Content.ReadAsStringAsync()).Should().Contain("data-testid=\"gebruiker\"", "the page names the signed-in user");

        // … and accepts a form token A issued.
        var (af, formToken) = await FormAsync(naarA, "/Account/Uitloggen", sessie);
        var uitloggen = await PostAsync(naarB, "/Account/Uitloggen", $"{af}; {sessie}", formToken, []);
        uitloggen.StatusCode.Should().Be(HttpStatusCode.Redirect, "an antiforgery token of A is valid on B (no 400)");

        // The nightly run: both instances start it at once, one does the work.
        using var scopeA = a.Services.CreateScope();
        using var scopeB = b.Services.CreateScope();
        var vandaag = Amsterdam.Today(TimeProvider.System).AddDays(2);
        var uitkomsten = await Task.WhenAll(
            scopeA.ServiceProvider.GetRequiredService<RecalculationRunner>().ExecuteAsync(RecalculationRunner.Nacht, vandaag),
            scopeB.ServiceProvider.GetRequiredService<RecalculationRunner>().ExecuteAsync(RecalculationRunner.Nacht, vandaag));
        uitkomsten.Count(u => u.Uitgevoerd).Should().Be(1, string.Join(" / ", uitkomsten.Select(u => u.Melding)));
    }

    private static async Task<(string Cookie, string Token)> FormAsync(HttpClient client, string pad, string? sessie)
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        if (sessie is not null)
            verzoek.Headers.Add("Cookie", sessie);
        var antwoord = await client.SendAsync(verzoek);
        var html = await antwoord.Content.ReadAsStringAsync();
        return (Cookie(antwoord, "maatwerk.af"), WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string pad, string cookies, string token, Dictionary<string, string> velden)
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Post, pad)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(velden) { ["__RequestVerificationToken"] = token }),
        };
        verzoek.Headers.Add("Cookie", cookies);
        return client.SendAsync(verzoek);
    }

    private static string Cookie(HttpResponseMessage antwoord, string naam) =>
        antwoord.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(naam + "=", StringComparison.Ordinal));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
