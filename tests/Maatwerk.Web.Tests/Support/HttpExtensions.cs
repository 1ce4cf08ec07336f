using System.Net;
using System.Text.RegularExpressions;
using Maatwerk.Infrastructure.Seed;

namespace Maatwerk.Web.Tests.Support;

public static partial class HttpExtensions
{
    /// <summary>Fetches a page and returns the antiforgery token of its form.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenPattern().Match(html);
        if (!match.Success)
            throw new InvalidOperationException($"Geen antiforgery-token op {path}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, IDictionary<string, string> fields, string? tokenFrom = null)
    {
        var token = await client.AntiforgeryTokenAsync(tokenFrom ?? path);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public static async Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string wachtwoord = DemoData.Wachtwoord) =>
        await client.PostFormAsync("/Account/Inloggen", new Dictionary<string, string> { ["Email"] = email, ["Wachtwoord"] = wachtwoord });

    public static async Task<HttpClient> LoggedInAsync(this MaatwerkFactory factory, string email)
    {
        var client = factory.NewClient();
        var response = await client.LoginAsync(email);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Inloggen als {email} mislukte: {response.StatusCode}");
        return client;
    }

    /// <summary>Every row of a paged list API (issue 9: pages of at most 200, the total in X-Total-Count).</summary>
    public static async Task<List<T>> GetAllPagesAsync<T>(this HttpClient client, string url)
    {
        var alles = new List<T>();
        for (var pagina = 1; ; pagina++)
        {
            var response = await client.GetAsync($"{url}{(url.Contains('?') ? '&' : '?')}grootte=200&pagina={pagina}");
            response.EnsureSuccessStatusCode();
            var totaal = int.Parse(response.Headers.GetValues("X-Total-Count").Single());
            var items = (await response.Content.ReadFromJsonAsync<List<T>>())!;
            alles.AddRange(items);
            if (alles.Count >= totaal || items.Count == 0)
                return alles;
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
