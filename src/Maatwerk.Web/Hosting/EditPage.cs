using Maatwerk.Infrastructure.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Hosting;

/// <summary>The shared shape of a create-or-edit form: bind <see cref="Invoer"/>, save it through a service, then
/// redirect with a message, or show the form again with the Dutch field messages or the conflict message.</summary>
public abstract class EditPage<TInvoer> : PageModel where TInvoer : new()
{
    [BindProperty] public TInvoer Invoer { get; set; } = new();
    public Guid? Id { get; protected set; }
    public string? Fout { get; private set; }

    /// <summary>Whether the user may save this form at all; when not, <see cref="Geweigerd"/> answers.</summary>
    protected virtual bool Mag => true;
    protected virtual IActionResult Geweigerd() => NotFound();
    protected abstract string Melding { get; }
    protected abstract Task<SaveResult> SaveAsync(Guid? id, CancellationToken ct);
    protected virtual Task LoadChoicesAsync(CancellationToken ct) => Task.CompletedTask;
    protected virtual IActionResult AfterSave(SaveResult result) => RedirectToPage("Index");

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (!Mag)
            return Geweigerd();
        Id = id;
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var klaar = this.Handle(await SaveAsync(id, ct), Melding, AfterSave, out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        await LoadChoicesAsync(ct);
        return Page();
    }
}
