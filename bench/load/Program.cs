using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

// A bounded load script for Maatwerk (bench/README.md): logs in as a demo user against a running app on 127.0.0.1 and
// requests a list of pages N times each with at most C requests at once; prints p50/p95/max per page. It never
// targets another host.
//
//   dotnet run -c Release --project bench/load -- --url http://127.0.0.1:5080 [--gebruiker consulent@deventer.demo]
//       [--wachtwoord Maatwerk-demo-2026] [--aantal 20] [--gelijktijdig 4] [--client <BSN>] [--timeout 300]
//       [--pagina / --pagina /Verplichtingen ...]
//   dotnet run -c Release --project bench/load -- keten --url http://127.0.0.1:5080 [--aantal 30]   (issue + accept latency, see Keten.cs)

if (args.FirstOrDefault() == "keten")
    return await Keten.RunAsync(args[1..]);
var opties = Options.Read(args);
if (opties is null)
    return 2;
var uri = new Uri(opties.Url);
if (uri.Host != "127.0.0.1")
{
    Console.Error.WriteLine($"Alleen 127.0.0.1 is toegestaan als doel, niet '{uri.Host}'.");
    return 2;
}

using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
using var http = new HttpClient(handler) { BaseAddress = uri, Timeout = TimeSpan.FromSeconds(opties.TimeoutSeconden) };

// Log in through the real form (antiforgery token and cookie), as a browser does.
var formulier = await http.GetStringAsync("/Account/Inloggen");
var token = Regex.Match(formulier, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
var inloggen = await http.PostAsync("/Account/Inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
{
    ["Email"] = opties.Gebruiker, ["Wachtwoord"] = opties.Wachtwoord, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
}));
if (inloggen.StatusCode != HttpStatusCode.Redirect || inloggen.Headers.Location?.ToString().Contains("Inloggen") == true)
{
    Console.Error.WriteLine($"Inloggen als {opties.Gebruiker} mislukt ({(int)inloggen.StatusCode}).");
    return 1;
}

var paginas = opties.Paginas.Count > 0 ? opties.Paginas : ["/", "/Verplichtingen", "/Toewijzingen", "{client}"];
if (paginas.Contains("{client}"))
{
    // The client page of one client the user may see: by BSN when given, else the first of the user's client list.
    var zoek = opties.Client is null ? "" : "?zoek=" + Uri.EscapeDataString(opties.Client);
    var lijst = await http.GetStringAsync("/api/clienten" + zoek);
    using var json = JsonDocument.Parse(lijst);
    if (json.RootElement.GetArrayLength() == 0)
    {
        Console.Error.WriteLine("Geen cliënt gevonden voor de cliëntpagina" + (opties.Client is null ? "." : $" met BSN {opties.Client}."));
        return 1;
    }
    var id = json.RootElement[0].GetProperty("id").GetString();
    paginas = paginas.Select(p => p == "{client}" ? $"/Clienten/Details/{id}" : p).ToList();
}

Console.WriteLine($"Maatwerk-belasting: {uri} als {opties.Gebruiker}, {opties.Aantal}× per pagina, {opties.Gelijktijdig} tegelijk (plus 1 opwarmverzoek per pagina)");
Console.WriteLine($"{"pagina",-60} {"n",4} {"fout",5} {"p50 ms",9} {"p95 ms",9} {"max ms",9} {"KB",8}");
var totaal = Stopwatch.StartNew();
var fouten = 0;
foreach (var pagina in paginas)
{
    await Vraag(pagina); // warm-up: first use of the page and its queries, not counted
    var tijden = new List<double>();
    var mislukt = 0;
    long bytes = 0;
    await Parallel.ForEachAsync(Enumerable.Range(0, opties.Aantal), new ParallelOptions { MaxDegreeOfParallelism = opties.Gelijktijdig }, async (_, _) =>
    {
        var (ms, status, lengte) = await Vraag(pagina);
        lock (tijden)
        {
            tijden.Add(ms);
            bytes += lengte;
            if (status != 200) mislukt++;
        }
    });
    tijden.Sort();
    fouten += mislukt;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{pagina,-60} {tijden.Count,4} {mislukt,5} {Percentiel(tijden, 50),9:0} {Percentiel(tijden, 95),9:0} {tijden[^1],9:0} {bytes / 1024.0 / tijden.Count,8:0}"));
}
Console.WriteLine($"Totaal {totaal.Elapsed.TotalSeconds:0} s; {fouten} mislukte verzoeken.");
return fouten == 0 ? 0 : 1;

async Task<(double Ms, int Status, long Bytes)> Vraag(string pagina)
{
    var stopwatch = Stopwatch.StartNew();
    try
    {
        using var response = await http.GetAsync(pagina, HttpCompletionOption.ResponseContentRead);
        var lengte = (await response.Content.ReadAsByteArrayAsync()).LongLength;
        return (stopwatch.Elapsed.TotalMilliseconds, (int)response.StatusCode, lengte);
    }
    catch (TaskCanceledException)
    {
        return (stopwatch.Elapsed.TotalMilliseconds, 0, 0); // timed out
    }
}

// Nearest-rank percentile of sorted values.
static double Percentiel(List<double> gesorteerd, int p) =>
    gesorteerd[Math.Clamp((int)Math.Ceiling(p / 100.0 * gesorteerd.Count) - 1, 0, gesorteerd.Count - 1)];

internal sealed record Options(string Url, string Gebruiker, string Wachtwoord, int Aantal, int Gelijktijdig, string? Client, int TimeoutSeconden, List<string> Paginas)
{
    public static Options? Read(string[] args)
    {
        var o = new Options("http://127.0.0.1:5080", "consulent@deventer.demo", "Maatwerk-demo-2026", 20, 4, null, 300, []);
        for (var i = 0; i < args.Length; i++)
        {
            string Waarde() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} mist een waarde.");
            int Getal() => int.TryParse(Waarde(), out var n) && n > 0 ? n : throw new ArgumentException($"{args[i - 1]} verwacht een positief getal.");
            try
            {
                o = args[i] switch
                {
                    "--url" => o with { Url = Waarde() },
                    "--gebruiker" => o with { Gebruiker = Waarde() },
                    "--wachtwoord" => o with { Wachtwoord = Waarde() },
                    "--aantal" => o with { Aantal = Math.Min(Getal(), 1000) },
                    "--gelijktijdig" => o with { Gelijktijdig = Math.Min(Getal(), 32) },
                    "--client" => o with { Client = Waarde() },
                    "--timeout" => o with { TimeoutSeconden = Getal() },
                    "--pagina" => o with { Paginas = [.. o.Paginas, Waarde()] },
                    _ => throw new ArgumentException($"Onbekende optie {args[i]}."),
                };
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                return null;
            }
        }
        if (!Uri.TryCreate(o.Url, UriKind.Absolute, out _))
        {
            Console.Error.WriteLine($"Ongeldige --url '{o.Url}'.");
            return null;
        }
        return o;
    }
}
