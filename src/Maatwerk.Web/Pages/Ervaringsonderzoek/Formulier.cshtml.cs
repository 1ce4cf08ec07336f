using Maatwerk.Infrastructure.Ervaringsonderzoek;
using Maatwerk.Web.Ervaringsonderzoek;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Ervaringsonderzoek;

/// <summary>The printable paper form with the IB-47a questions (IB-47b: on paper when the client prefers).</summary>
[Authorize(Policy = ErvaringsonderzoekModule.Policy)]
public sealed class FormulierModel(ErvaringService service) : PageModel
{
    public IActionResult OnGet() => service.MagRegistreren ? Page() : NotFound();
}
