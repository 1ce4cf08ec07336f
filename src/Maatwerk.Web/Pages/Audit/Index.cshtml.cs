using Maatwerk.Infrastructure.Audit;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Audit;

namespace Maatwerk.Web.Pages.Audit;

[Authorize(Policy = AuditModule.Policy)]
public sealed class IndexModel(AuditService audit) : PageModel
{
    public List<AuditRegel> Regels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Regels = await audit.ListAsync(500, ct);
}
