using Maatwerk.Domain.Verantwoording;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Verantwoording;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Verantwoording;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Verantwoording;

/// <summary>One production statement: its products, exports, submission (with the accountant's statement where the
/// contract asks for it) and, for the gemeente, the reconciliation and the contractmanager's judgement.</summary>
[Authorize(Policy = VerantwoordingModule.Policy)]
public sealed class DetailsModel(VerantwoordingService service, VerantwoordingExport export, LandelijkeExport landelijk) : DetailsPage<VerantwoordingService.Details>
{
    public bool MagOpstellen => service.MagOpstellen;
    public bool MagBeoordelen => service.MagBeoordelen;

    [BindProperty] public VerantwoordingService.OordeelInput Oordeel { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct) =>
        await export.PdfAsync(id, ct) is { } f ? File(f.Inhoud, f.Type, f.Naam) : NotFound();

    public async Task<IActionResult> OnGetExcelAsync(Guid id, CancellationToken ct) =>
        await export.ExcelAsync(id, ct) is { } f ? File(f.Inhoud, f.Type, f.Naam) : NotFound();

    public async Task<IActionResult> OnGetLandelijkAsync(Guid id, string? formaat, CancellationToken ct) =>
        await (formaat == "csv" ? landelijk.CsvAsync(id, ct) : landelijk.ExcelAsync(id, ct)) is { } f ? File(f.Inhoud, f.Type, f.Naam) : NotFound();

    public async Task<IActionResult> OnGetVerklaringAsync(Guid id, CancellationToken ct) =>
        await service.VerklaringAsync(id, ct) is { } b ? File(b.Inhoud, "application/pdf", b.Naam) : NotFound();

    public async Task<IActionResult> OnGetUploadAsync(Guid id, CancellationToken ct) =>
        await service.BestandAsync(id, VerantwoordingBestandSoort.LandelijkFormaat, ct) is { } b ? File(b.Inhoud, VerantwoordingService.MediaType(b), b.Naam) : NotFound();

    public async Task<IActionResult> OnPostIndienenAsync(Guid id, IFormFile? verklaring, bool protocolBevestigd, CancellationToken ct) =>
        await AfterAsync(id, await service.SubmitAsync(id, await PdfUpload.FromFormAsync(verklaring, ct), protocolBevestigd, ct), "Productieverantwoording ingediend.", ct);

    public async Task<IActionResult> OnPostVerklaringAsync(Guid id, IFormFile? verklaring, bool protocolBevestigd, CancellationToken ct) =>
        await AfterAsync(id, await service.SubmitVerklaringAsync(id, await PdfUpload.FromFormAsync(verklaring, ct), protocolBevestigd, ct), "Controleverklaring ingediend.", ct);

    public async Task<IActionResult> OnPostOordeelAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await service.RecordOordeelAsync(id, Oordeel, ct), "Oordeel over de aansluiting vastgelegd.", ct);

    protected override Task<VerantwoordingService.Details?> FindAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);
    protected override string Pad(Guid id) => $"/Verantwoording/Details/{id}";
}
