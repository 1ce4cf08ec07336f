using Maatwerk.Infrastructure.Gebruikers;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Account;

public sealed class UitloggenModel(LoginService login, CurrentUser user) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (user.IsAuthenticated)
            await login.RegisterLogoutAsync(user.GebruikerId, ct);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignOutAsync(MaatwerkHost.TweedeStapScheme);
        return RedirectToPage("Inloggen");
    }
}
