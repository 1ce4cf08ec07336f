using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Startpagina;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Domain.Verplichtingen;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages;

public sealed class IndexModel(DataScope scope, VerplichtingenService verplichtingen) : PageModel
{
    public StartFigures Cijfers { get; private set; } = null!;
    public VerplichtingenSummary Verplichtingen { get; private set; } = null!;
    public string Organisatie => scope.Organisatie.Naam;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Cijfers = await StartFigures.CalculateAsync(scope, ct);
        Verplichtingen = await verplichtingen.SummaryAsync(ct);
    }
}
