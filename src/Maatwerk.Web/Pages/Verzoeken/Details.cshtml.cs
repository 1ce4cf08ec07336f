using Maatwerk.Domain.Verzoeken;
using Maatwerk.Infrastructure.Verzoeken;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Verzoeken;

namespace Maatwerk.Web.Pages.Verzoeken;

[Authorize(Policy = VerzoekenModule.Policy)]
public sealed class DetailsModel(VerzoekService verzoeken) : PageModel
{
    public Verzoek Verzoek { get; private set; } = null!;
    public bool MagBeantwoorden => verzoeken.MagBeantwoorden && Verzoek.Status is VerzoekStatus.Ingediend or VerzoekStatus.InOnderzoek;
    public List<string> Fouten { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAntwoordAsync(Guid id, bool inOnderzoek, string? reden, CancellationToken ct) =>
        await Complete(id, await verzoeken.AnswerAsync(id, inOnderzoek, reden, ct), ct);

    public async Task<IActionResult> OnPostToekennenAsync(Guid id, DateOnly? einddatum, CancellationToken ct) =>
        await Complete(id, await verzoeken.GrantAsync(id, einddatum, ct), ct);

    private async Task<IActionResult> Complete(Guid id, Infrastructure.Common.SaveResult result, CancellationToken ct)
    {
        var klaar = this.Handle(result, "Het verzoek is beantwoord.", _ => Redirect($"/Verzoeken/Details/{id}"), out var fout);
        if (klaar is not null)
            return klaar;
        Fouten.AddRange(result.Errors.Select(e => e.Message));
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await verzoeken.GetAsync(id, ct) is not { } v)
            return false;
        Verzoek = v;
        return true;
    }
}
