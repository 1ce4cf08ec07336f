using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Gebruikers;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Gebruikers;

namespace Maatwerk.Web.Pages.Gebruikers;

[Authorize(Policy = GebruikersModule.Policy)]
public sealed class IndexModel(GebruikerService gebruikers, TimeProvider clock) : PageModel
{
    public List<Gebruiker> Gebruikers { get; private set; } = [];
    public Dictionary<Guid, string> Organisaties { get; private set; } = [];
    public DateTimeOffset Nu => clock.GetUtcNow();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Gebruikers = await gebruikers.ListAsync(ct);
        Organisaties = (await gebruikers.OrganisatiesAsync(ct)).ToDictionary(o => o.Id, o => o.Naam);
    }
}
