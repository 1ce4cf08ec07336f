using System.Globalization;
using System.Text;
using CsvHelper;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Tijdregistraties;

/// <summary>CSV import of time from a planning system or a spreadsheet (issue 11): one registration per line, checked by the
/// same rules as <c>POST /api/tijd</c> and stored all together or not at all. Idempotent through the column
/// <c>referentie</c>: a known reference corrects its registration, and the same file again changes nothing. Every message
/// names the line (the header is line 1) and the column.</summary>
/// <remarks>Columns (header, any order, case-insensitive; <c>;</c> as Dutch Excel writes it, or <c>,</c>):
/// <c>referentie</c>, <c>toewijzing</c> (toewijzingnummer or id), <c>medewerker</c> (e-mail; empty = who imports),
/// <c>datum</c> (dd-mm-jjjj or jjjj-mm-dd), <c>begintijd</c> (uu:mm), <c>minuten</c>, <c>contactwijze</c> (persoonlijk,
/// telefonisch, elektronisch, netwerk; empty = persoonlijk), <c>soort</c> (direct, indirect; empty = direct),
/// <c>toelichting</c>, <c>plandoel</c> (DEV-B2-DeclTime).</remarks>
public sealed class TijdCsvImportService(MaatwerkDbContext db, DataScope scope, TijdregistratieService tijd)
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public static readonly IReadOnlyList<string> Kolommen = ["referentie", "toewijzing", "medewerker", "datum", "begintijd", "minuten", "contactwijze", "soort", "toelichting", "plandoel"];
    private static readonly string[] Verplicht = ["referentie", "toewijzing", "datum", "begintijd", "minuten"];

    /// <summary>The column that carries each field of <see cref="TijdInvoer"/>, for messages.</summary>
    private static readonly Dictionary<string, string> KolomVan = new(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(TijdInvoer.ExterneReferentie)] = "referentie", [nameof(TijdInvoer.ToewijzingId)] = "toewijzing",
        [nameof(TijdInvoer.MedewerkerId)] = "medewerker", [nameof(TijdInvoer.Datum)] = "datum", [nameof(TijdInvoer.Begintijd)] = "begintijd",
        [nameof(TijdInvoer.Minuten)] = "minuten", [nameof(TijdInvoer.Contactwijze)] = "contactwijze", [nameof(TijdInvoer.Soort)] = "soort",
        [nameof(TijdInvoer.Toelichting)] = "toelichting", [nameof(TijdInvoer.Plandoel)] = "plandoel",
    };

    private static readonly string[] Datumformaten = ["dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd"];

    public bool MagImporteren => tijd.MagRegistreren;

    public async Task<BulkResult> ImportAsync(Stream csv, CancellationToken ct = default)
    {
        if (!MagImporteren)
            return BulkResult.NotFound();
        var (regels, fouten) = await ReadAsync(csv, ct);
        if (fouten.Count > 0)
            return BulkResult.Invalid(fouten);
        var result = await tijd.ImportAsync(regels.Select(r => r.Invoer).ToList(), ct);
        if (result.Status != SaveStatus.Invalid)
            return result;
        // regels[3].Minuten → "regel 5, kolom minuten"
        return BulkResult.Invalid(result.Errors.Select(e => Vertaal(e, regels)).ToList());
    }

    private static ValidationError Vertaal(ValidationError fout, IReadOnlyList<(int Lijn, TijdInvoer Invoer)> regels)
    {
        var m = System.Text.RegularExpressions.Regex.Match(fout.Field, @"^regels\[(\d+)\]\.(\w+)$");
        if (!m.Success)
            return fout;
        var lijn = regels[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)].Lijn;
        var kolom = KolomVan.GetValueOrDefault(m.Groups[2].Value, m.Groups[2].Value);
        return Fout(lijn, kolom, fout.Message);
    }

    private static ValidationError Fout(int lijn, string kolom, string melding) => new($"regel {lijn}, kolom {kolom}", $"Regel {lijn}, kolom '{kolom}': {melding}");

    private async Task<(List<(int Lijn, TijdInvoer Invoer)>, List<ValidationError>)> ReadAsync(Stream csv, CancellationToken ct)
    {
        var regels = new List<(int, TijdInvoer)>();
        var fouten = new List<ValidationError>();
        // Separator detected from the first lines (; , tab |), byte order marks honoured, values trimmed.
        await using var csvReader = CsvReader.Create(csv, new CsvReaderOptions { TrimWhitespace = true, TrackLineNumbers = true, SkipEmptyLines = true }, leaveOpen: true);
        try
        {
            await csvReader.ReadHeaderAsync(ct);
        }
        catch (Exception e) when (e is CsvFormatException or InvalidDataException or DecoderFallbackException)
        {
            return (regels, [new ValidationError("bestand", $"Het bestand is geen leesbare CSV: {e.Message}")]);
        }
        var kop = csvReader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (kop.Count == 0)
            return (regels, [new ValidationError("bestand", "Het bestand is leeg; verwacht een kopregel en minstens één registratie.")]);
        foreach (var kolom in Verplicht.Where(k => !kop.Contains(k)))
            fouten.Add(new ValidationError($"kolom {kolom}", $"De kopregel mist de kolom '{kolom}'. Verwachte kolommen: {string.Join(";", Kolommen)}."));
        foreach (var onbekend in kop.Where(k => !Kolommen.Contains(k)))
            fouten.Add(new ValidationError($"kolom {onbekend}", $"De kolom '{onbekend}' is onbekend. Verwachte kolommen: {string.Join(";", Kolommen)}."));
        if (fouten.Count > 0)
            return (regels, fouten);

        var toewijzingen = await scope.Toewijzingen().Select(t => new { t.Id, t.ToewijzingNummer }).ToListAsync(ct);
        var org = scope.Organisatie.Id;
        var medewerkers = await db.Gebruikers.Where(g => g.OrganisatieId == org).Select(g => new { g.Id, g.Email }).ToListAsync(ct);
        while (await csvReader.ReadAsync(ct))
        {
            var lijn = (int)csvReader.LineNumber;
            string Waarde(string kolom) => kop.IndexOf(kolom) is var i and >= 0 && i < csvReader.FieldCount ? csvReader.GetString(i).Trim() : "";
            if (Kolommen.All(k => Waarde(k) == ""))
                continue;
            if (regels.Count >= TijdregistratieService.MaxRegels)
            {
                fouten.Add(new ValidationError("bestand", $"Het bestand heeft meer dan {TijdregistratieService.MaxRegels} registraties; splits het in delen."));
                break;
            }
            var voor = fouten.Count;
            void Fout(string kolom, string melding) => fouten.Add(TijdCsvImportService.Fout(lijn, kolom, melding));

            var referentie = Waarde("referentie");
            if (referentie == "")
                Fout("referentie", "vul de referentie van de regel in; daarmee herkent het platform de regel als het bestand opnieuw wordt ingelezen.");
            var toewijzingTekst = Waarde("toewijzing");
            var gevonden = toewijzingen.Where(t => t.ToewijzingNummer == toewijzingTekst || t.Id.ToString().Equals(toewijzingTekst, StringComparison.OrdinalIgnoreCase)).ToList();
            if (gevonden.Count != 1)
                Fout("toewijzing", gevonden.Count == 0
                    ? $"'{toewijzingTekst}' is geen toewijzing(nummer) van uw organisatie."
                    : $"toewijzingnummer '{toewijzingTekst}' komt bij meer gemeenten voor; gebruik het id van de toewijzing.");
            Guid? medewerker = null;
            if (Waarde("medewerker") is { Length: > 0 } email)
            {
                medewerker = medewerkers.FirstOrDefault(g => g.Email.Equals(email, StringComparison.OrdinalIgnoreCase))?.Id;
                if (medewerker is null)
                    Fout("medewerker", $"'{email}' is geen e-mailadres van een medewerker van uw organisatie (IB-59: de naam van de medewerker is verplicht).");
            }
            if (!DateOnly.TryParseExact(Waarde("datum"), Datumformaten, CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
                Fout("datum", $"'{Waarde("datum")}' is geen datum; schrijf dd-mm-jjjj (bijvoorbeeld 09-11-2026).");
            if (!TimeOnly.TryParseExact(Waarde("begintijd"), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var begin))
                Fout("begintijd", $"'{Waarde("begintijd")}' is geen tijd; schrijf uu:mm (bijvoorbeeld 09:30).");
            if (!int.TryParse(Waarde("minuten"), NumberStyles.None, CultureInfo.InvariantCulture, out var minuten))
                Fout("minuten", $"'{Waarde("minuten")}' is geen heel aantal minuten.");
            var contactwijze = Waarde("contactwijze").ToLowerInvariant() switch
            {
                "" or "persoonlijk" => Contactwijze.Persoonlijk,
                "telefonisch" => Contactwijze.Telefonisch,
                "elektronisch" or "beeldbellen" => Contactwijze.Elektronisch,
                "netwerk" => Contactwijze.Netwerk,
                _ => (Contactwijze)0,
            };
            if (contactwijze == 0)
                Fout("contactwijze", $"'{Waarde("contactwijze")}' is geen contactwijze; kies persoonlijk, telefonisch, elektronisch of netwerk (DEV-Eis21).");
            var soort = Waarde("soort").ToLowerInvariant() switch { "" or "direct" => Tijdsoort.Direct, "indirect" => Tijdsoort.Indirect, _ => (Tijdsoort)0 };
            if (soort == 0)
                Fout("soort", $"'{Waarde("soort")}' is geen soort tijd; kies direct of indirect (DEV-Art8.3).");
            if (fouten.Count > voor)
                continue;
            regels.Add((lijn, new TijdInvoer
            {
                ExterneReferentie = referentie, ToewijzingId = gevonden[0].Id, MedewerkerId = medewerker, Datum = datum, Begintijd = begin,
                Minuten = minuten, Contactwijze = contactwijze, Soort = soort, Toelichting = Waarde("toelichting") is { Length: > 0 } t ? t : null,
                Plandoel = Waarde("plandoel") is { Length: > 0 } doel ? doel : null,
            }));
        }
        if (regels.Count == 0 && fouten.Count == 0)
            fouten.Add(new ValidationError("bestand", "Het bestand heeft geen registraties onder de kopregel."));
        return (regels, fouten);
    }
}
