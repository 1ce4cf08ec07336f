using Maatwerk.Domain.Organisaties;
using Maatwerk.Infrastructure.Organisaties;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Organisaties;

namespace Maatwerk.Web.Pages.Organisaties;

[Authorize(Policy = OrganisatiesModule.Policy)]
public sealed class IndexModel(OrganisatieService organisaties) : PageModel
{
    public List<Organisatie> Organisaties { get; private set; } = [];
    public bool MagWijzigen => organisaties.MagWijzigen;

    public async Task OnGetAsync(CancellationToken ct) => Organisaties = await organisaties.ListAsync(ct);
}
