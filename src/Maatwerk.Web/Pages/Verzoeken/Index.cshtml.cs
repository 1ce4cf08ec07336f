using Maatwerk.Domain.Verzoeken;
using Maatwerk.Infrastructure.Verzoeken;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Verzoeken;

namespace Maatwerk.Web.Pages.Verzoeken;

[Authorize(Policy = VerzoekenModule.Policy)]
public sealed class IndexModel(VerzoekService verzoeken) : PageModel
{
    public List<Verzoek> Verzoeken { get; private set; } = [];
    public bool MagIndienen => verzoeken.MagIndienen;

    public async Task OnGetAsync(CancellationToken ct) => Verzoeken = await verzoeken.ListAsync(ct);

    public static string Status(VerzoekStatus s) => s switch
    {
        VerzoekStatus.Ingediend => "Ingediend",
        VerzoekStatus.InOnderzoek => "In onderzoek",
        VerzoekStatus.Afgewezen => "Afgewezen",
        _ => "Toegewezen",
    };
}
