using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Infrastructure.Tijdregistraties;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Tijdregistraties;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Tijdregistraties;

/// <summary>The week of one worker (Monday to Sunday) with a form to register time; a begeleider sees and registers
/// their own time, the administratie chooses the worker.</summary>
[Authorize(Policy = TijdregistratiesModule.Policy)]
public sealed class IndexModel(TijdregistratieService service, TijdCsvImportService import) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? Dag { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Medewerker { get; set; }
    [BindProperty] public TijdInvoer Invoer { get; set; } = new();

    public TijdregistratieService.Week Week { get; private set; } = null!;
    public DateOnly Vandaag => service.Vandaag;
    public bool MagVoorAnderen => service.MagVoorAnderen;
    public List<SelectListItem> Toewijzingen { get; private set; } = [];
    public List<SelectListItem> Medewerkers { get; private set; } = [];
    public string? Fout { get; private set; }

    public static IEnumerable<SelectListItem> Contactwijzen =>
        Tijdregistratie.Contactwijzen.Select(c => new SelectListItem(c.Value, c.Key.ToString()));

    public static IEnumerable<SelectListItem> Soorten => Tijdregistratie.Soorten.Select(s => new SelectListItem(s.Value, s.Key.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return Forbid();
        Invoer = new TijdInvoer { Datum = Dag is { } d && d <= Vandaag ? d : Vandaag, Begintijd = new TimeOnly(9, 0), Minuten = 60, MedewerkerId = Medewerker };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return Forbid();
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var bulk = await service.RegisterAsync(Invoer, ct);
            var result = bulk.Status == Infrastructure.Common.SaveStatus.Ok ? Infrastructure.Common.SaveResult.Ok(bulk.Ids[0]) : bulk.AlsSaveResult();
            var klaar = this.Handle(result, string.Join(" ", [$"Geregistreerd: {Invoer.Minuten} minuten op {View.Date(Invoer.Datum)}.", .. bulk.Waarschuwingen]),
                _ => Redirect($"/Tijdregistraties?Dag={Invoer.Datum:yyyy-MM-dd}" + (MagVoorAnderen && Medewerker is { } m ? $"&Medewerker={m}" : "")), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        Dag ??= Invoer.Datum == default ? null : Invoer.Datum;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Uploads a CSV file of registrations (all or nothing; the messages name line and column).</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? bestand, CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return Forbid();
        if (bestand is null || bestand.Length == 0)
            ImportFouten = ["Kies een CSV-bestand om in te lezen."];
        else if (bestand.Length > TijdCsvImportService.MaxBytes)
            ImportFouten = [$"Het bestand is groter dan {TijdCsvImportService.MaxBytes / 1024 / 1024} MB."];
        else
        {
            await using var stream = bestand.OpenReadStream();
            var result = await import.ImportAsync(stream, ct);
            if (result.Status == Infrastructure.Common.SaveStatus.Ok)
            {
                TempData["Melding"] = string.Join(" ", [$"Ingelezen uit {bestand.FileName}: {result.Aangemaakt} nieuw, {result.Bijgewerkt} gecorrigeerd, {result.Ongewijzigd} ongewijzigd.", .. result.Waarschuwingen]);
                return Redirect("/Tijdregistraties" + (Dag is { } d ? $"?Dag={d:yyyy-MM-dd}" : ""));
            }
            ImportFouten = result.Errors.Select(e => e.Message).ToList();
        }
        Invoer = new TijdInvoer { Datum = Vandaag, Begintijd = new TimeOnly(9, 0), Minuten = 60 };
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    public List<string> ImportFouten { get; private set; } = [];

    private async Task LoadAsync(CancellationToken ct)
    {
        Week = await service.WeekAsync(Dag ?? Vandaag, Medewerker, ct);
        Toewijzingen = [new SelectListItem("Kies de cliënt en toewijzing", ""), .. (await service.ToewijzingenAsync(ct)).Select(t => new SelectListItem(t.Omschrijving, t.Id.ToString()))];
        var medewerkers = await service.MedewerkersAsync(ct);
        Medewerkers = medewerkers.Select(m => new SelectListItem(m.Naam, m.Id.ToString())).ToList();
    }
}
