using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Toewijzingen;

namespace Maatwerk.Web.Pages.Toewijzingen;

/// <summary>An evaluation with the client, answering the questions the contract lists.</summary>
[Authorize(Policy = ToewijzingenModule.Policy)]
public sealed class EvaluatieModel(ZorgketenService keten, Clock klok) : PageModel
{
    public Guid Id { get; private set; }
    public IReadOnlyList<string> Vragen { get; private set; } = [];
    public string? Bron { get; private set; }
    [BindProperty] public DateOnly Datum { get; set; }
    [BindProperty] public string? Deelnemers { get; set; }
    [BindProperty] public List<string?> Antwoorden { get; set; } = [];
    [BindProperty] public bool Eindevaluatie { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!keten.MagUitvoeren)
            return NotFound();
        Datum = klok.Vandaag;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        var result = await keten.RecordEvaluatieAsync(id, Datum, Deelnemers, Antwoorden, Eindevaluatie, ct);
        var klaar = this.Handle(result, "De evaluatie is vastgelegd.", _ => Redirect($"/Toewijzingen/Details/{id}"), out _);
        if (klaar is not null)
            return klaar;
        foreach (var fout in result.Errors)
            ModelState.AddModelError(fout.Field, fout.Message);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        (Vragen, Bron) = await keten.EvaluatieQuestionsAsync(id, ct);
        if (Vragen.Count == 0)
            Vragen = ["Verslag van de evaluatie"];
        while (Antwoorden.Count < Vragen.Count)
            Antwoorden.Add(null);
        return true;
    }
}
