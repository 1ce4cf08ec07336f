using Maatwerk.Domain.Afwezigheid;
using Maatwerk.Infrastructure.Afwezigheid;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Web.Afwezigheid;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Afwezigheid;

/// <summary>Cancellations per client and toewijzing with no-show yes/no and why, the rolling-window counts and what is due;
/// the aanbieder registers a cancellation and what was done about a no-show.</summary>
[Authorize(Policy = AfwezigheidModule.Policy)]
public sealed class IndexModel(AfwezigheidService service) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Toewijzing { get; set; }
    [BindProperty] public AfmeldingInput Invoer { get; set; } = new();
    [BindProperty] public HerinneringInput Herinnering { get; set; } = new();

    public List<AfwezigheidService.ClientOverview> Clienten { get; private set; } = [];
    public List<AfwezigheidService.HerinneringRow> Herinneringen { get; private set; } = [];
    public List<SelectListItem> Toewijzingen { get; private set; } = [];
    public bool MagRegistreren => service.MagRegistreren;
    public DateOnly Vandaag => service.Vandaag;
    public string? Fout { get; private set; }

    public static IEnumerable<SelectListItem> Doors => Afmelding.Doors.Select(d => new SelectListItem(d.Value, d.Key.ToString()));
    public static IEnumerable<SelectListItem> Kanalen => Domain.Afwezigheid.Herinnering.Kanalen.Select(k => new SelectListItem(k.Value, k.Key.ToString()));
    public static IEnumerable<SelectListItem> Redenen => Afmelding.Redenen.Where(r => r.Key != Afmeldreden.NietVerschenen).Select(r => new SelectListItem(r.Value, r.Key.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagLezen)
            return Forbid();
        Invoer = new AfmeldingInput { ToewijzingId = Toewijzing ?? Guid.Empty, GeplandDatum = Vandaag, GeplandTijd = new TimeOnly(10, 0), AfgemeldDatum = Vandaag };
        Herinnering = new HerinneringInput { ToewijzingId = Toewijzing ?? Guid.Empty, AfspraakDatum = Vandaag, AfspraakTijd = new TimeOnly(10, 0), VerzondenDatum = Vandaag, VerzondenTijd = new TimeOnly(8, 0) };
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
            var result = await service.RegisterAsync(Invoer, ct);
            var klaar = this.Handle(result, $"Afmelding voor de afspraak van {View.Date(Invoer.GeplandDatum)} geregistreerd.",
                _ => Redirect($"/Afwezigheid?Toewijzing={Invoer.ToewijzingId}"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Registers a reminder of an appointment (IB-22a).</summary>
    public async Task<IActionResult> OnPostHerinneringAsync(CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return Forbid();
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await service.RegisterHerinneringAsync(Herinnering, ct);
            if (result.Status == SaveStatus.NotFound)
                return NotFound();
            if (result.Status == SaveStatus.Ok)
            {
                TempData["Melding"] = $"Herinnering voor de afspraak van {View.Date(Herinnering.AfspraakDatum)} vastgelegd.";
                return Redirect($"/Afwezigheid?Toewijzing={Herinnering.ToewijzingId}");
            }
            ModelState.AddSaveErrors(result, nameof(Herinnering));
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAfhandelingAsync(Guid id, string soort, CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return Forbid();
        var result = await service.RecordAsync(id, new AfhandelingInput { Soort = soort }, ct);
        var melding = soort == AfwezigheidGebeurtenis.NoShowGemeld ? "No-show gemeld aan de gemeente vastgelegd." : "Schriftelijke waarschuwing vastgelegd.";
        var klaar = this.Handle(result, melding, _ => Redirect(Toewijzing is { } t ? $"/Afwezigheid?Toewijzing={t}" : "/Afwezigheid"), out var fout);
        if (klaar is not null)
            return klaar;
        Fout = fout ?? string.Join(" ", result.Errors.Select(e => e.Message));
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Deletes a cancellation registered in error (audited; its obligations go with it).</summary>
    public async Task<IActionResult> OnPostVerwijderenAsync(Guid id, CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return Forbid();
        var result = await service.DeleteAsync(id, ct);
        var klaar = this.Handle(result, "De afmelding is verwijderd.", _ => Redirect(Toewijzing is { } t ? $"/Afwezigheid?Toewijzing={t}" : "/Afwezigheid"), out var fout);
        if (klaar is not null)
            return klaar;
        Fout = fout ?? string.Join(" ", result.Errors.Select(e => e.Message));
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Clienten = await service.ListAsync(Toewijzing, ct);
        Herinneringen = await service.HerinneringenAsync(Toewijzing, ct);
        Toewijzingen = [new SelectListItem("Kies de cliënt en toewijzing", ""), .. (await service.ToewijzingenAsync(ct)).Select(t => new SelectListItem(t.Omschrijving, t.Id.ToString()))];
    }
}
