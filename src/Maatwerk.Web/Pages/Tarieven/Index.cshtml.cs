using Maatwerk.Domain.Contracten;
using Maatwerk.Infrastructure.Tarieven;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Tarieven;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Tarieven;

/// <summary>The tariffs of one contract per product, with their history and source; the contract manager enters a tariff
/// or imports the gemeente's yearly table.</summary>
[Authorize(Policy = TarievenModule.Policy)]
public sealed class IndexModel(TariefService service) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Contract { get; set; }
    [BindProperty] public TariefInvoer Invoer { get; set; } = new();
    [BindProperty] public TariefImport Import { get; set; } = new();

    public List<SelectListItem> Contracten { get; private set; } = [];
    public Contract? Gekozen { get; private set; }
    public List<TariefService.ProductTarieven> Producten { get; private set; } = [];
    public bool MagWijzigen => service.MagWijzigen;
    public DateOnly Vandaag => service.Vandaag;
    public List<string> Fouten { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Invoer = new TariefInvoer { Vanaf = new DateOnly(Vandaag.Year, 1, 1) };
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await service.AddAsync(Invoer with { ContractId = Contract ?? Guid.Empty }, ct);
            var klaar = this.Handle(result, $"Tarief voor {Invoer.Productcode} vanaf {View.Date(Invoer.Vanaf)} opgeslagen.", _ => Redirect($"/Tarieven?Contract={Contract}"), out var fout);
            if (klaar is not null)
                return klaar;
            if (fout is not null)
                Fouten.Add(fout);
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        var result = await service.ImportAsync(Contract ?? Guid.Empty, Import.Tabel, Import.Bron, ct);
        var klaar = this.Handle(result, "De tarieventabel is ingelezen.", _ => Redirect($"/Tarieven?Contract={Contract}"), out var fout);
        if (klaar is not null)
            return klaar;
        Fouten.AddRange(result.Errors.Select(e => e.Message));
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var contracten = await service.ContractenAsync(ct);
        Contracten = contracten.Select(c => new SelectListItem(c.Naam, c.Id.ToString())).ToList();
        Contract ??= contracten.FirstOrDefault()?.Id;
        if (Contract is not { } id)
            return true;
        if (await service.ListAsync(id, ct) is not { } lijst)
            return false;
        (Gekozen, Producten) = (lijst.Contract, lijst.Producten);
        return true;
    }
}
