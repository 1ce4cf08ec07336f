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
public sealed class IndexModel(TijdregistratieService service) : PageModel
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
            var result = await service.AddAsync(Invoer, ct);
            var klaar = this.Handle(result, $"Geregistreerd: {Invoer.Minuten} minuten op {View.Date(Invoer.Datum)}.",
                _ => Redirect($"/Tijdregistraties?Dag={Invoer.Datum:yyyy-MM-dd}" + (MagVoorAnderen && Medewerker is { } m ? $"&Medewerker={m}" : "")), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        Dag ??= Invoer.Datum == default ? null : Invoer.Datum;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Week = await service.WeekAsync(Dag ?? Vandaag, Medewerker, ct);
        Toewijzingen = [new SelectListItem("Kies de cliënt en toewijzing", ""), .. (await service.ToewijzingenAsync(ct)).Select(t => new SelectListItem(t.Omschrijving, t.Id.ToString()))];
        var medewerkers = await service.MedewerkersAsync(ct);
        Medewerkers = medewerkers.Select(m => new SelectListItem(m.Naam, m.Id.ToString())).ToList();
    }
}
