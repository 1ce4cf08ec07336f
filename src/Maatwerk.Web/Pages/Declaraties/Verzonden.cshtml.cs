using Maatwerk.Domain.Declaraties;
using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Declaraties;
using Maatwerk.Web.Declaraties;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Declaraties;

/// <summary>The aanbieder's sent declarations (with Excel and PDF), and the credits and new debits waiting for the
/// correction WMO323 per gemeente.</summary>
[Authorize(Policy = DeclaratiesModule.Policy)]
public sealed class VerzondenModel(DeclaratieCorrectieService service, DeclaratieService declaraties, MotiveringService motiveringen) : PageModel
{
    public List<Declaratie> Declaraties { get; private set; } = [];
    public List<Prestatie> TeVerzenden { get; private set; } = [];
    public Dictionary<Guid, string> Gemeenten { get; private set; } = [];
    /// <summary>Its 323s the gemeente still assesses (also from its own system), with the lines that wait for a motivation.</summary>
    public List<MotiveringService.Rij> InBeoordeling { get; private set; } = [];
    public string? Fout { get; private set; }

    [BindProperty] public Guid GemeenteId { get; set; }
    [BindProperty] public string? Referentie { get; set; }
    /// <summary>DEV-Art8.8b: a correction on a closed year comes with a motivation.</summary>
    [BindProperty] public string? Motivering { get; set; }
    /// <summary>DEV-Art8.8b afterwards: the motivation a 323 from the aanbieder's own system lacked.</summary>
    [BindProperty] public Guid OntvangenId { get; set; }
    [BindProperty] public string? MotiveringAchteraf { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagDeclareren)
            return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostVerzendenAsync(CancellationToken ct) =>
        ActAsync(() => service.SendAsync(GemeenteId, Motivering, ct), "De correcties zijn verzonden (WMO323); het retourbericht is verwerkt.", ct);

    public Task<IActionResult> OnPostMotiverenAsync(CancellationToken ct) =>
        ActAsync(() => motiveringen.MotiveerAsync(OntvangenId, new MotiveringService.MotiveringInput { Motivering = MotiveringAchteraf }, ct),
            "De motivering is aan de gemeente gegeven; de regels die erop wachtten zijn opnieuw getoetst (DEV-Art8.8b).", ct);

    public Task<IActionResult> OnPostIntrekkenAsync(CancellationToken ct) =>
        ActAsync(() => service.RemoveAsync(Referentie ?? "", ct), $"Regel {Referentie} is ingetrokken.", ct);

    private async Task<IActionResult> ActAsync(Func<Task<Infrastructure.Common.SaveResult>> actie, string melding, CancellationToken ct)
    {
        if (!service.MagDeclareren)
            return Forbid();
        var result = await actie();
        var klaar = this.Handle(result, melding, _ => Redirect("/Declaraties/Verzonden"), out var fout);
        if (klaar is not null)
            return klaar;
        Fout = fout ?? string.Join(" ", result.Errors.Select(e => e.Message));
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Declaraties = await service.DeclaratiesAsync(ct);
        TeVerzenden = await service.TeVerzendenAsync(null, ct);
        Gemeenten = (await declaraties.GemeentenAsync(ct)).ToDictionary(g => g.Id, g => g.Naam);
        InBeoordeling = await motiveringen.InBeoordelingAsync(ct);
    }
}
