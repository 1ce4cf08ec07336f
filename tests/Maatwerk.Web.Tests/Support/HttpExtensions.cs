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

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
