using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Berichten;

namespace Maatwerk.Web.Pages.Berichten;

/// <summary>Import of a message from another system: it is checked as the receiving organisation would, stored in the
/// inbox and answered with its retourbericht.</summary>
[Authorize(Policy = BerichtenModule.Policy)]
[RequestSizeLimit(BerichtenService.MaximaleGrootte + 1024 * 1024)]
public sealed class UploadenModel(BerichtenService berichten, BerichtApplier toepassing, DataScope scope, Infrastructure.Declaraties.DeclaratieRetourVerwerking declaratieRetour) : PageModel
{
    [BindProperty] public IFormFile? Bestand { get; set; }
    public string? Fout { get; private set; }
    public BerichtenService.Receipt? Uitkomst { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Bestand is null || Bestand.Length == 0)
        {
            ModelState.AddModelError(nameof(Bestand), "Kies een XML-bestand met een iWmo-bericht; het bestand is leeg of ontbreekt.");
            return Page();
        }
        if (Bestand.Length > BerichtenService.MaximaleGrootte)
        {
            ModelState.AddModelError(nameof(Bestand), $"Het bestand is groter dan {BerichtenService.MaximaleGrootte / 1024 / 1024} MB.");
            return Page();
        }
        using var ms = new MemoryStream();
        await Bestand.CopyToAsync(ms, ct);
        if (Infrastructure.Declaraties.DeclaratieRetourVerwerking.IsWmo325(ms.ToArray()))
        {
            // A declaration's answer (WMO325) is applied to the lines of the aanbieder's WMO323, all or nothing.
            var retour = await declaratieRetour.ReceiveAsync(ms.ToArray(), scope.Organisatie, "upload", ct);
            if (retour.IsOk)
            {
                TempData["Melding"] = retour.Unchanged ? "Dit retourbericht is al verwerkt; er is niets gewijzigd."
                    : $"Retourbericht op declaratie {retour.DeclaratieNummer} verwerkt: {retour.Toegekend} regel(s) toegekend, {retour.Afgewezen} afgewezen.";
                return Redirect("/Declaraties/Afgewezen");
            }
            Fout = string.Join(" ", retour.Save.Errors.Select(e => string.IsNullOrEmpty(e.Field) ? e.Message : $"{e.Field}: {e.Message}"));
            return Page();
        }
        Uitkomst = await berichten.OntvangAsync(ms.ToArray(), scope.Organisatie, "upload", ct);
        if (!Uitkomst.Gelukt)
        {
            Fout = Uitkomst.Melding;
            return Page();
        }
        if (Uitkomst.BerichtId is { } id)
        {
            var meldingen = await toepassing.ApplyAsync(id, ct);
            TempData["Melding"] = (await berichten.RetourAsync(id, ct) is null
                    ? Infrastructure.Declaratiebeoordeling.DeclaratieOntvangst.InBeoordeling
                    : "Het bericht is ontvangen en beantwoord met een retourbericht.")
                + (meldingen.Count > 0 ? " Niet verwerkt: " + string.Join(" ", meldingen) : "");
            return Redirect($"/Berichten/Details/{id}");
        }
        Fout = Uitkomst.Melding; // a second delivery: recognised, not stored again
        return Page();
    }
}
