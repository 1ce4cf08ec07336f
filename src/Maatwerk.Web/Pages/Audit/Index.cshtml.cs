using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Audit;

namespace Maatwerk.Web.Pages.Audit;

[Authorize(Policy = AuditModule.Policy)]
public sealed class IndexModel(AuditService audit) : PageModel
{
    public AuditService.Filter Filter { get; private set; } = new();
    public string? Zoek { get; private set; }
    public ListPage<AuditEntry>? Lijst { get; private set; }
    public IReadOnlyList<AuditEntry> Regels => Lijst?.Items ?? [];
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = Request.Query();
        Filter = AuditService.Filter.Read(query);
        var lijst = query.List(AuditService.Sorteringen);
        Zoek = lijst.Zoek;
        if (query.IsValid)
            Lijst = await audit.PageAsync(Filter, lijst, ct);
        else
            Response.StatusCode = StatusCodes.Status400BadRequest;
        Pager = Pager.For(Request, Lijst, AuditService.Sorteringen, lijst.Sortering, "/api/audit/export", query);
    }
}
