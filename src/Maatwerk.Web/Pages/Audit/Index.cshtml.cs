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
        var view = await this.LoadListAsync(AuditService.Sorteringen, AuditService.Filter.Read, (f, q) => audit.PageAsync(f, q, ct), "/api/audit/export");
        (Filter, Zoek, Lijst, Pager) = (view.Filter, view.Zoek, view.Lijst, view.Pager);
    }
}
