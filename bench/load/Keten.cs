using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// `keten`: the latency of the chain's two busiest steps through the real API, as issue 9 measures it: a Deventer
/// consulent issues a toewijzing (beschikking recorded first, not timed) and De Linde accepts it, N times in a row.
/// Prints p50/p95/max of "toewijzen" and "accepteren" and how many toewijzingen the contract holds, so runs on a small
/// and a large database can be compared (the cost of a step must not grow with the contract).
///
///   dotnet run -c Release --project bench/load -- keten --url http://127.0.0.1:5080 [--aantal 30] [--vandaag 2026-11-10]
/// </summary>
internal static class Keten
{
    private const string Wachtwoord = "Maatwerk-demo-2026";

    public static async Task<int> RunAsync(string[] args)
    {
        var url = Waarde(args, "--url") ?? "http://127.0.0.1:5080";
        var aantal = int.Parse(Waarde(args, "--aantal") ?? "30", CultureInfo.InvariantCulture);
        var vandaag = DateOnly.Parse(Waarde(args, "--vandaag") ?? "2026-11-10", CultureInfo.InvariantCulture);
        var uri = new Uri(url);
        if (uri.Host != "127.0.0.1")
        {
            Console.Error.WriteLine($"Alleen 127.0.0.1 is toegestaan als doel, niet '{uri.Host}'.");
            return 2;
        }
        using var consulent = await LogInAsync(uri, "consulent@deventer.demo");
        using var aanbieder = await LogInAsync(uri, "administratie@delinde.demo");

        var contracten = JsonDocument.Parse(await consulent.GetStringAsync("/api/contracten")).RootElement;
        var contract = Items(contracten).First(c => Tekst(c, "naam").Contains("Deventer") && Tekst(c, "naam").Contains("De Linde"));
        var contractId = contract.GetProperty("id").GetGuid();
        var clienten = Items(JsonDocument.Parse(await consulent.GetStringAsync("/api/clienten")).RootElement).Select(c => c.GetProperty("id").GetGuid()).ToList();
        Console.WriteLine($"Keten: {aantal}× toewijzen (consulent Deventer) en accepteren (De Linde) op {uri}; contract '{Tekst(contract, "naam")}', " +
            $"{await AantalToewijzingenAsync(aanbieder):N0} toewijzingen zichtbaar voor De Linde bij de start");

        var (toewijzen, accepteren) = (new List<double>(), new List<double>());
        for (var i = 0; i <= aantal; i++)
        {
            var client = clienten[i % clienten.Count];
            var beschikking = await PostAsync(consulent, "/api/beschikkingen", new
            {
                ClientId = client, Nummer = $"B{Guid.NewGuid():N}"[..12], Besluitdatum = vandaag.AddDays(-7), Ingangsdatum = vandaag,
                Einddatum = vandaag.AddMonths(6), Omschrijving = "Begeleiding (belastingmeting)",
            });
            var sw = Stopwatch.StartNew();
            var toewijzing = await PostAsync(consulent, "/api/toewijzingen", new
            {
                ClientId = client, ContractId = contractId, Productcode = "PO-B", Ingangsdatum = vandaag, Einddatum = vandaag.AddMonths(6),
                Volume = 120, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
            });
            var issue = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var accept = await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{toewijzing}/stappen/Accepteren", new { Datum = vandaag });
            if (accept.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"Accepteren gaf {(int)accept.StatusCode}: {await accept.Content.ReadAsStringAsync()}");
            if (i == 0)
                continue; // warm-up
            toewijzen.Add(issue);
            accepteren.Add(sw.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"{"stap",-12} {"n",4} {"p50 ms",9} {"p95 ms",9} {"max ms",9}");
        foreach (var (naam, tijden) in new[] { ("toewijzen", toewijzen), ("accepteren", accepteren) })
        {
            tijden.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{naam,-12} {tijden.Count,4} {Percentiel(tijden, 50),9:0} {Percentiel(tijden, 95),9:0} {tijden[^1],9:0}"));
        }
        return 0;
    }

    /// <summary>A client logged in through the real form (antiforgery token and cookie), as a browser does.</summary>
    public static async Task<HttpClient> LogInAsync(Uri basis, string gebruiker, string wachtwoord = Wachtwoord)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        var http = new HttpClient(handler, disposeHandler: true) { BaseAddress = basis, Timeout = TimeSpan.FromMinutes(5) };
        var formulier = await http.GetStringAsync("/Account/Inloggen");
        var token = Regex.Match(formulier, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var inloggen = await http.PostAsync("/Account/Inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = gebruiker, ["Wachtwoord"] = wachtwoord, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        if (inloggen.StatusCode != HttpStatusCode.Redirect || inloggen.Headers.Location?.ToString().Contains("Inloggen") == true)
            throw new InvalidOperationException($"Inloggen als {gebruiker} mislukt ({(int)inloggen.StatusCode}).");
        return http;
    }

    private static async Task<Guid> PostAsync(HttpClient http, string pad, object inhoud)
    {
        var response = await http.PostAsJsonAsync(pad, inhoud);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"POST {pad} gaf {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, JsonElement>>())!["id"].GetGuid();
    }

    private static async Task<string> AantalToewijzingenAsync(HttpClient http)
    {
        var json = JsonDocument.Parse(await http.GetStringAsync("/api/toewijzingen")).RootElement;
        return json.ValueKind == JsonValueKind.Object && json.TryGetProperty("totaal", out var totaal) ? totaal.ToString() : Items(json).Count().ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The rows of a list answer: a plain array, or a page with its items.</summary>
    private static IEnumerable<JsonElement> Items(JsonElement json) =>
        json.ValueKind == JsonValueKind.Array ? json.EnumerateArray() : json.GetProperty("items").EnumerateArray();

    private static string Tekst(JsonElement e, string naam) => e.TryGetProperty(naam, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    private static string? Waarde(string[] args, string naam) => Array.IndexOf(args, naam) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static double Percentiel(List<double> gesorteerd, int p) =>
        gesorteerd[Math.Clamp((int)Math.Ceiling(p / 100.0 * gesorteerd.Count) - 1, 0, gesorteerd.Count - 1)];
}
