using Maatwerk.Domain.Verantwoording;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Verantwoording;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Verantwoording;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Verantwoording.Jaarrekeningen;

/// <summary>One year's annual accounts: the documents with their hash, downloadable by both parties (IB-46a/c).</summary>
[Authorize(Policy = VerantwoordingModule.JaarrekeningenPolicy)]
public sealed class DetailsModel(JaarrekeningService service, WinstService winst) : DetailsPage<JaarrekeningService.Details>
{
    /// <summary>The fields of the profit section's forms (each handler takes its own).</summary>
    public sealed record WinstFormulier
    {
        public decimal? Omzet { get; init; }
        public decimal? Resultaat { get; init; }
        public string? Vraag { get; init; }
        public string? Antwoord { get; init; }
        public WinstOordeel? Oordeel { get; init; }
        public WinstMaatregel? Maatregel { get; init; }
        public string? Notitie { get; init; }
    }

    [BindProperty] public WinstFormulier Invoer { get; set; } = new();

    public bool MagIndienen => service.MagIndienen;
    public bool MagBeoordelen => service.MagBeoordelen;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnGetBestandAsync(Guid id, Guid bestandId, CancellationToken ct) =>
        await service.BestandAsync(id, bestandId, ct) is { } b ? File(b.Inhoud, "application/pdf", b.Naam) : NotFound();

    public async Task<IActionResult> OnPostCijfersAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await winst.RecordCijfersAsync(id, new() { Omzet = Invoer.Omzet, Resultaat = Invoer.Resultaat }, ct), "Omzet en resultaat vastgelegd.", ct);

    public async Task<IActionResult> OnPostVraagAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await winst.AskAsync(id, new() { Vraag = Invoer.Vraag }, ct), "Toelichting gevraagd aan de aanbieder.", ct);

    public async Task<IActionResult> OnPostAntwoordAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await winst.AnswerAsync(id, new() { Antwoord = Invoer.Antwoord }, ct), "Toelichting verstuurd aan de gemeente.", ct);

    public async Task<IActionResult> OnPostOordeelAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await winst.JudgeAsync(id, new() { Oordeel = Invoer.Oordeel, Maatregel = Invoer.Maatregel, Notitie = Invoer.Notitie }, ct),
            "Oordeel over de winst vastgelegd.", ct);

    protected override Task<JaarrekeningService.Details?> FindAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);
    protected override string Pad(Guid id) => $"/Verantwoording/Jaarrekeningen/Details/{id}";
    /// <summary>The profit forms show their field messages at the fields.</summary>
    protected override bool VeldfoutenInMelding => false;
}
