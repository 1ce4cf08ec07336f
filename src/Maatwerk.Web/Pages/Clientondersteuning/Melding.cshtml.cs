using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Web.Clientondersteuning;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Clientondersteuning;

/// <summary>One melding: its obligations (OCO-3.15, 3.16a/b, 3.17, 2.7), contacts, appointments (with rescheduling,
/// OCO-3.7), trajectory (OCO-3.6, closing reason and handover OCO-3.9), referrals, help obtained and a complaint. Each form
/// posts to its own handler; a refused entry shows the Dutch message at its field and saves nothing.</summary>
[Authorize(Policy = ClientondersteuningModule.Policy)]
public sealed class MeldingModel(MeldingService service, TrajectService trajecten, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public ContactInput Contact { get; set; } = new();
    [BindProperty] public AfspraakInput Afspraak { get; set; } = new();
    [BindProperty] public VerzetInput Verzet { get; set; } = new();
    [BindProperty] public VervangendAanbodInput Aanbod { get; set; } = new();
    [BindProperty] public HulpInput Hulp { get; set; } = new();
    [BindProperty] public KlachtKoppelingInput Klacht { get; set; } = new();
    [BindProperty] public TrajectInput Traject { get; set; } = new();
    [BindProperty] public AfsluitInput Afsluiten { get; set; } = new();
    [BindProperty] public VerwijzingInput Verwijzing { get; set; } = new();

    public MeldingService.Detail Detail { get; private set; } = null!;
    /// <summary>The provider's complaints under this contract not yet linked to a melding.</summary>
    public List<SelectListItem> Klachten { get; private set; } = [];

    private static string Kort(string tekst) => tekst.Length <= 60 ? tekst : tekst[..57] + "…";
    public string? Fout { get; private set; }

    public static IEnumerable<SelectListItem> Soorten => Contactmoment.Soorten.Select(s => new SelectListItem(s.Value, s.Key.ToString()));
    public static IEnumerable<SelectListItem> Activiteiten => Contactmoment.Activiteiten.Select(a => new SelectListItem(a.Value.Naam, a.Key.ToString()));
    public static IEnumerable<SelectListItem> SubActiviteiten => [new SelectListItem("(geen)", ""),
        .. Contactmoment.Activiteiten.SelectMany(a => a.Value.Sub.Select(s => new SelectListItem($"{a.Value.Naam}: {s.Value}", s.Key)))];
    public static IEnumerable<SelectListItem> Locaties => Contactmoment.Locaties.Select(l => new SelectListItem(l.Value, l.Key.ToString()));
    public static IEnumerable<SelectListItem> Redenen => [new SelectListItem("Kies de reden", ""), .. Domain.Clientondersteuning.Traject.Redenen.Select(r => new SelectListItem(r.Value, r.Key.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return Forbid();
        var vandaag = service.Vandaag;
        var nu = Amsterdam.Local(clock.GetUtcNow());
        var tijd = new TimeOnly(nu.Hour, nu.Minute);
        Contact = new ContactInput { Datum = vandaag, Tijd = tijd };
        Afspraak = new AfspraakInput { Datum = vandaag.AddDays(1), Tijd = new TimeOnly(10, 0) };
        Verzet = new VerzetInput { GeinformeerdDatum = vandaag, GeinformeerdTijd = tijd };
        Hulp = new HulpInput { Datum = vandaag };
        Traject = new TrajectInput { Startdatum = vandaag };
        Afsluiten = new AfsluitInput { Einddatum = vandaag, Geholpen = true, PassendeOndersteuning = true };
        Verwijzing = new VerwijzingInput { Datum = vandaag };
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostContactAsync(CancellationToken ct) =>
        ApplyAsync(() => service.AddContactAsync(Id, Contact, ct), nameof(Contact), "Contact geregistreerd.", ct);

    public Task<IActionResult> OnPostAfspraakAsync(CancellationToken ct) =>
        ApplyAsync(() => service.PlanAfspraakAsync(Id, Afspraak, ct), nameof(Afspraak), Afspraak.Gehouden ? "Gehouden afspraak geregistreerd." : "Afspraak ingepland.", ct);

    public Task<IActionResult> OnPostGehoudenAsync(Guid afspraakId, CancellationToken ct) =>
        ApplyAsync(() => service.HoldAfspraakAsync(Id, afspraakId, ct), nameof(Afspraak), "Afspraak als gehouden vastgelegd.", ct);

    public Task<IActionResult> OnPostVerzetAsync(Guid afspraakId, CancellationToken ct) =>
        ApplyAsync(() => service.MoveAfspraakAsync(Id, afspraakId, Verzet, ct), nameof(Verzet), "Afspraak verzet.", ct);

    public Task<IActionResult> OnPostAanbodAsync(CancellationToken ct) =>
        ApplyAsync(() => service.RecordVervangendAanbodAsync(Id, Aanbod, ct), nameof(Aanbod), "Vervangend aanbod vastgelegd (OCO-3.17).", ct);

    public Task<IActionResult> OnPostHulpAsync(CancellationToken ct) =>
        ApplyAsync(() => service.RecordHulpAsync(Id, Hulp, ct), nameof(Hulp), "Hulp verkregen vastgelegd (OCO-2.7).", ct);

    /// <summary>Links a complaint from the complaints register to this question (OCO-4.7 j–l).</summary>
    public Task<IActionResult> OnPostKlachtAsync(CancellationToken ct) =>
        ApplyAsync(() => service.LinkKlachtAsync(Id, Klacht, ct), nameof(Klacht), "Klacht uit het klachtenregister gekoppeld.", ct);

    public Task<IActionResult> OnPostTrajectAsync(CancellationToken ct) =>
        ApplyAsync(() => trajecten.StartAsync(Id, Traject, ct), nameof(Traject), "Traject gestart.", ct);

    public Task<IActionResult> OnPostAfsluitenAsync(CancellationToken ct) =>
        ApplyAsync(() => trajecten.CloseAsync(Id, Afsluiten, ct), nameof(Afsluiten), "Traject afgesloten.", ct);

    public Task<IActionResult> OnPostVerwijzingAsync(CancellationToken ct) =>
        ApplyAsync(() => trajecten.AddVerwijzingAsync(Id, Verwijzing, ct), nameof(Verwijzing), "Verwijzing vastgelegd.", ct);

    public async Task<IActionResult> OnGetOverdrachtAsync(CancellationToken ct) =>
        await trajecten.OverdrachtAsync(Id, ct) is { } tekst
            ? File(System.Text.Encoding.UTF8.GetBytes(tekst), "text/plain; charset=utf-8", $"overdracht-{Id:N}.txt")
            : NotFound();

    private async Task<IActionResult> ApplyAsync(Func<Task<SaveResult>> werk, string prefix, string bericht, CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return Forbid();
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await werk();
            switch (result.Status)
            {
                case SaveStatus.Ok:
                    TempData["Melding"] = bericht;
                    return Redirect($"/Clientondersteuning/Melding?id={Id}");
                case SaveStatus.NotFound:
                    return NotFound();
                case SaveStatus.Conflict:
                    Fout = SaveResult.ConflictMessage;
                    break;
                default:
                    ModelState.AddSaveErrors(result, prefix);
                    if (result.Errors.Any(e => e.Field is "Status" or "AfspraakId"))
                        Fout = string.Join(" ", result.Errors.Select(e => e.Message));
                    break;
            }
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await service.GetAsync(Id, ct) is not { } detail)
            return false;
        Detail = detail;
        Klachten = [new SelectListItem("Kies een klacht uit het klachtenregister", ""),
            .. (await service.KoppelbareKlachtenAsync(detail.Melding, ct)).Where(k => detail.Klachten.All(g => g.Id != k.Id))
                .Select(k => new SelectListItem($"{Amsterdam.Local(k.Ontvangen):dd-MM-yyyy} {k.Indiener}: {Kort(k.Omschrijving)}", k.Id.ToString()))];
        return true;
    }
}
