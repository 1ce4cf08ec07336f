using Maatwerk.Infrastructure.Afwezigheid;
using Maatwerk.Web.Afwezigheid;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Afwezigheid;

/// <summary>Corrects or deletes a registered cancellation (the audit trail keeps the old values); the contract then decides
/// again whether it is a no-show and which obligations follow.</summary>
[Authorize(Policy = AfwezigheidModule.Policy)]
public sealed class BewerkenModel(AfwezigheidService service) : PageModel
{
    [BindProperty] public AfmeldingInput Invoer { get; set; } = new();
    public string? Fout { get; private set; }
    public Guid ToewijzingId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!service.MagRegistreren || await service.GetAsync(id, ct) is not { } a)
            return NotFound();
        var gepland = Infrastructure.Common.Amsterdam.Local(a.GeplandOp);
        DateTime? afgemeld = a.AfgemeldOp is { } op ? Infrastructure.Common.Amsterdam.Local(op) : null;
        ToewijzingId = a.ToewijzingId;
        Invoer = new AfmeldingInput
        {
            ToewijzingId = a.ToewijzingId, GeplandDatum = DateOnly.FromDateTime(gepland), GeplandTijd = TimeOnly.FromDateTime(gepland),
            AfgemeldDatum = afgemeld is { } d ? DateOnly.FromDateTime(d) : null, AfgemeldTijd = afgemeld is { } t ? TimeOnly.FromDateTime(t) : null,
            Door = a.Door, Reden = a.Reden == Domain.Afwezigheid.Afmeldreden.NietVerschenen ? Domain.Afwezigheid.Afmeldreden.Anders : a.Reden, Toelichting = a.Toelichting,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return NotFound();
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await service.UpdateAsync(id, Invoer, ct);
            var klaar = this.Handle(result, "De afmelding is gewijzigd.", _ => Redirect($"/Afwezigheid?Toewijzing={Invoer.ToewijzingId}"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        ToewijzingId = Invoer.ToewijzingId;
        return Page();
    }
}
