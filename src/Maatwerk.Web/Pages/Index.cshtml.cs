using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Startpagina;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages;

public sealed class IndexModel(DataScope scope) : PageModel
{
    public StartCijfers Cijfers { get; private set; } = null!;
    public string Organisatie => scope.Organisatie.Naam;

    public async Task OnGetAsync(CancellationToken ct) => Cijfers = await StartCijfers.BerekenAsync(scope, ct);
}
