using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Account;

public sealed class UitloggenModel(MaatwerkDbContext db, CurrentUser user) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (user.IsAuthenticated)
        {
            db.AuditRegels.Add(db.NewAudit(AuditActie.Uitloggen, "Gebruiker", user.GebruikerId?.ToString() ?? ""));
            await db.SaveChangesAsync(ct);
        }
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignOutAsync(MaatwerkHost.TweedeStapScheme);
        return RedirectToPage("Inloggen");
    }
}
