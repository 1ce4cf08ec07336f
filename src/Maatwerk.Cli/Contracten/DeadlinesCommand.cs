using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Cli.Hosting;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Contracten;

namespace Maatwerk.Cli.Contracten;

public sealed record DeadlinesRequest(string? Contract, string? Gebeurtenis, string? Datum, bool Spoed, string? Product,
    string? Perceel, bool Json);

/// <summary>Computes the obligations an event creates under a profile. Exit codes: 0 ok, 2 bad input.</summary>
public static class DeadlinesCommand
{
    public const int OngeldigeInvoer = 2;

    /// <param name="klok">Gives "today" when no --date is given (Europe/Amsterdam).</param>
    public static int Execute(DeadlinesRequest verzoek, TextWriter uit, TextWriter fout, ContractProfileStore? store = null, Func<TimeProvider>? klok = null)
    {
        if (string.IsNullOrWhiteSpace(verzoek.Contract)) return Error(fout, "Geef een contractprofiel op met --contract <profiel-id>.");
        if (string.IsNullOrWhiteSpace(verzoek.Gebeurtenis)) return Error(fout, "Geef een gebeurtenis op met --event <gebeurtenis>.");
        DateTime moment;
        if (string.IsNullOrWhiteSpace(verzoek.Datum))
        {
            try
            {
                moment = Amsterdam.Today((klok ?? CliClock.Current)()).ToDateTime(TimeOnly.MinValue);
            }
            catch (FormatException e)
            {
                return Error(fout, e.Message);
            }
        }
        else if (!TryDate(verzoek.Datum, out moment))
            return Error(fout, $"Ongeldige datum '{verzoek.Datum}': gebruik jjjj-mm-dd (of jjjj-mm-ddTuu:mm).");

        try
        {
            store ??= ContractProfileStore.LoadDefault();
        }
        catch (DirectoryNotFoundException e)
        {
            return Error(fout, e.Message);
        }
        var profiel = store.Catalogus.Find(verzoek.Contract);
        if (profiel is null)
        {
            var defect = store.Fouten.FirstOrDefault(f => Path.GetFileNameWithoutExtension(f.Bestand) == verzoek.Contract);
            return Error(fout, defect is not null
                ? $"Contractprofiel '{verzoek.Contract}' is ongeldig: {defect}"
                : $"Onbekend contractprofiel '{verzoek.Contract}'. Bekend: {string.Join(", ", store.Catalogus.Actueel.Select(p => p.Id))}.");
        }
        if (!profiel.KnowsGebeurtenis(verzoek.Gebeurtenis))
            return Error(fout, $"Onbekende gebeurtenis '{verzoek.Gebeurtenis}' voor contractprofiel '{profiel.Id}'. Bekend: {string.Join(", ", profiel.Gebeurtenissen.Select(g => g.Id))}.");
        if (verzoek.Product is { } code && profiel.FindProduct(code) is null)
            return Error(fout, $"Onbekend product '{code}' in contractprofiel '{profiel.Id}'. Bekend: {string.Join(", ", profiel.Producten.Select(p => p.Code))}.");

        var engine = new VerplichtingenEngine(profiel);
        var verplichtingen = engine.Create(new Gebeurtenis
        {
            Id = "cli",
            Soort = verzoek.Gebeurtenis,
            Moment = moment,
            Spoed = verzoek.Spoed,
            ProductCode = verzoek.Product,
            Perceel = verzoek.Perceel,
        });
        if (verzoek.Json) WriteJson(verplichtingen, uit);
        else WriteText(verplichtingen, uit);
        return 0;
    }

    public static bool TryDate(string tekst, out DateTime moment)
    {
        if (DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            moment = d.ToDateTime(TimeOnly.MinValue);
            return true;
        }
        return DateTime.TryParseExact(tekst, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out moment);
    }

    private static void WriteJson(IReadOnlyList<Verplichting> verplichtingen, TextWriter uit)
    {
        var rows = verplichtingen.Select(v => new Dictionary<string, string>
        {
            ["regel"] = v.RegelId,
            ["bron"] = v.Bron,
            ["omschrijving"] = v.Omschrijving,
            ["deadline"] = v.Deadline.Format(),
        });
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        uit.WriteLine(JsonSerializer.Serialize(rows, options));
    }

    private static void WriteText(IReadOnlyList<Verplichting> verplichtingen, TextWriter uit)
    {
        if (verplichtingen.Count == 0)
        {
            uit.WriteLine("Deze gebeurtenis levert onder dit profiel geen verplichtingen op.");
            return;
        }
        foreach (var v in verplichtingen)
            uit.WriteLine($"{v.Deadline.Format(),-16}  {v.RegelId,-14} {v.Bron,-18} {v.Omschrijving}{(v.Onverwijld ? " (onverwijld)" : "")}");
    }

    private static int Error(TextWriter fout, string melding)
    {
        fout.WriteLine(melding.ReplaceLineEndings(" "));
        return OngeldigeInvoer;
    }
}
