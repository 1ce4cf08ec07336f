using Maatwerk.Infrastructure.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Hosting;

public static class SaveHandling
{
    /// <summary>The common ending of an edit form's POST: redirect with a message when saved, 404 when not in view,
    /// otherwise null (redisplay) with the conflict message in <paramref name="fout"/> or the field messages in ModelState.</summary>
    public static IActionResult? Handle(this PageModel page, SaveResult result, string melding, Func<SaveResult, IActionResult> opgeslagen, out string? fout)
    {
        fout = null;
        switch (result.Status)
        {
            case SaveStatus.Ok:
                page.TempData["Melding"] = melding;
                return opgeslagen(result);
            case SaveStatus.NotFound:
                return page.NotFound();
            case SaveStatus.Conflict:
                fout = SaveResult.ConflictMessage;
                return null;
            default:
                page.ModelState.AddSaveErrors(result, "Invoer");
                return null;
        }
    }
}
