using Maatwerk.Domain.Verzoeken;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Infrastructure.Verzoeken;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Verzoeken;

namespace Maatwerk.Web.Pages.Verzoeken;

[Authorize(Policy = VerzoekenModule.Policy)]
public sealed class IndexModel(VerzoekService verzoeken) : PageModel
{
    public VerzoekService.Filter Filter { get; private set; } = new();
    public string? Zoek { get; private set; }
    public ListPage<Verzoek>? Lijst { get; private set; }
    public IReadOnlyList<Verzoek> Verzoeken => Lijst?.Items ?? [];
    public Pager Pager { get; private set; } = null!;
    public bool MagIndienen => verzoeken.MagIndienen;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var view = await this.LoadListAsync(VerzoekService.Sorteringen, VerzoekService.Filter.Read, (f, q) => verzoeken.PageAsync(f, q, ct), "/api/verzoeken/export");
        (Filter, Zoek, Lijst, Pager) = (view.Filter, view.Zoek, view.Lijst, view.Pager);
    }

    public static string Status(VerzoekStatus s) => s switch
    {
        VerzoekStatus.Ingediend => "Ingediend",
        VerzoekStatus.InOnderzoek => "In onderzoek",
        VerzoekStatus.Afgewezen => "Afgewezen",
        _ => "Toegewezen",
    };
}
