using Maatwerk.Infrastructure.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Hosting;

/// <summary>The shared shape of a page about one record with forms on it: show <see cref="Detail"/> (404 when it is not in
/// view), and after a POST redirect back with a message, or show the page again with the Dutch messages.</summary>
public abstract class DetailsPage<TDetail> : PageModel where TDetail : class
{
    public TDetail Detail { get; private set; } = null!;
    public string? Fout { get; private set; }

    protected abstract Task<TDetail?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>Where a saved POST goes: this page of the record.</summary>
    protected abstract string Pad(Guid id);

    /// <summary>Whether the field messages of a refused save are also shown above the page (when the form does not show
    /// them at its fields).</summary>
    protected virtual bool VeldfoutenInMelding => true;

    protected async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } detail)
            return NotFound();
        Detail = detail;
        return Page();
    }

    protected async Task<IActionResult> AfterAsync(Guid id, SaveResult result, string melding, CancellationToken ct)
    {
        if (this.Handle(result, melding, _ => Redirect(Pad(id)), out var fout) is { } klaar)
            return klaar;
        Fout = fout ?? (VeldfoutenInMelding ? string.Join(" ", result.Errors.Select(e => e.Message)) : null);
        return await ShowAsync(id, ct);
    }
}
