using Maatwerk.Infrastructure.Common;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Toewijzingen;

namespace Maatwerk.Web.Pages.Toewijzingen;

/// <summary>One toewijzing: its data, the steps the user may take now, its timeline of events and its obligations.</summary>
[Authorize(Policy = ToewijzingenModule.Policy)]
public sealed class DetailsModel(ToewijzingService toewijzingen, VerplichtingenService verplichtingen, ZorgketenService keten, BerichtenOverview berichten,
    Maatwerk.Infrastructure.Verzoeken.VerzoekService verzoeken, Maatwerk.Infrastructure.Organisaties.OrganisatieService organisaties,
    EindeIndicatieService eindeIndicatie, Maatwerk.Infrastructure.Clienten.ClientService clienten, Maatwerk.Infrastructure.Clienten.DossierService dossier) : PageModel
{
    /// <summary>One step form of the guided flow (partial _Stapformulier).</summary>
    public sealed record StapFormulier(Zorgstap Stap, Toewijzing Toewijzing, string Vandaag);

    /// <summary>The client header (issue 13); null when the client is not in view.</summary>
    public Maatwerk.Web.Clienten.Dossierkop? Kop { get; private set; }
    public TijdlijnStand Tijdlijn { get; private set; } = new([], []);
    /// <summary>The next step in front, the other possible steps behind a disclosure, one-off steps done.</summary>
    public Vervolgstappen.Indeling Indeling { get; private set; } = new([], []);

    public Toewijzing Toewijzing { get; private set; } = null!;
    public List<VerplichtingenService.Row> Verplichtingen { get; private set; } = [];
    public List<ContractGebeurtenis> Gebeurtenissen { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Gebeurtenisnamen { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<Zorgstap> Stappen { get; private set; } = [];
    public Ondersteuningsplan? Plan { get; private set; }
    public List<BerichtenOverview.Row> Berichten { get; private set; } = [];
    public bool MagPlanVastleggen { get; private set; }
    public List<string> Fouten { get; } = [];

    [BindProperty] public StapInput Invoer { get; set; } = new();
    public bool MagWijzigingAanvragen { get; private set; }
    public WarmeOverdracht? Overdracht { get; private set; }
    public List<Evaluatie> Evaluaties { get; private set; } = [];
    public bool MagEvalueren { get; private set; }
    public bool MagOverdragen { get; private set; }
    public List<Domain.Organisaties.Organisatie> AndereAanbieders { get; private set; } = [];
    /// <summary>IB-27a/b: when the client was informed about the end, and the deadline if the contract has that rule.</summary>
    public EindeIndicatieService.Overview? EindeIndicatie { get; private set; }

    public async Task<IActionResult> OnPostOverdrachtAsync(Guid id, OverdrachtInput overdracht, CancellationToken ct)
    {
        return await CompleteAsync(id, await keten.UpdateOverdrachtAsync(id, overdracht, ct), "De warme overdracht is bijgewerkt.", ct);
    }

    /// <summary>The aanbieder shares an evaluation report with the gemeente after the client's consent (IB-27c).</summary>
    public async Task<IActionResult> OnPostEvaluatieDelenAsync(Guid id, Guid evaluatieId, DateOnly? toestemmingOp, CancellationToken ct)
    {
        return await CompleteAsync(id, await keten.ShareEvaluatieAsync(id, evaluatieId, toestemmingOp, null, ct), "Het evaluatieverslag is gedeeld met de gemeente.", ct);
    }

    /// <summary>The aanbieder asks the gemeente to change this toewijzing (WMO317).</summary>
    public async Task<IActionResult> OnPostWijzigingAanvragenAsync(Guid id, DateOnly? einddatum, int? volume, string? redenVerzoek, string? toelichting, CancellationToken ct)
    {
        var result = await verzoeken.RequestWijzigingAsync(id, new Maatwerk.Infrastructure.Verzoeken.WijzigingsverzoekInput
        {
            Einddatum = einddatum, Volume = volume, RedenVerzoek = redenVerzoek, Commentaar = toelichting,
        }, ct);
        return await CompleteAsync(id, result, "Het verzoek om wijziging is verzonden aan de gemeente.", ct, r => Redirect($"/Verzoeken/Details/{r.Id}"));
    }

    /// <summary>The end of a form post on this page: on success a redirect with the message (by default back here),
    /// otherwise the page again with the Dutch messages.</summary>
    private async Task<IActionResult> CompleteAsync(Guid id, SaveResult result, string melding, CancellationToken ct, Func<SaveResult, IActionResult>? opgeslagen = null)
    {
        var klaar = this.Handle(result, melding, opgeslagen ?? (_ => Redirect($"/Toewijzingen/Details/{id}")), out _);
        if (klaar is not null)
            return klaar;
        Fouten.AddRange(result.Errors.Select(e => e.Message));
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Zorgstap stap, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await keten.StapAsync(id, stap, Invoer, ct);
            var klaar = this.Handle(result, "De stap is vastgelegd.", _ => Redirect($"/Toewijzingen/Details/{id}"), out var fout);
            if (klaar is not null)
                return klaar;
            if (fout is not null)
                Fouten.Add(fout);
        }
        Fouten.AddRange(ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await toewijzingen.GetAsync(id, ct) is not { } t)
            return false;
        Toewijzing = t;
        Verplichtingen = await verplichtingen.ListAsync(new VerplichtingQuery { ToewijzingId = id }, ct);
        Gebeurtenissen = await verplichtingen.GebeurtenissenAsync(id, ct);
        Gebeurtenisnamen = await verplichtingen.GebeurtenisNamesAsync(t.ContractId, ct);
        Stappen = keten.PossibleStappen(t);
        Indeling = Vervolgstappen.Deel(t.Status, Stappen, Gebeurtenissen.Select(g => g.Soort));
        Tijdlijn = await dossier.TijdlijnAsync(null, id, ct);
        if (await clienten.GetAsync(t.ClientId, ct) is { } client)
            Kop = new Maatwerk.Web.Clienten.Dossierkop(client, await dossier.GemeenteAsync(client.GemeenteId, ct), Link: true);
        Plan = await keten.PlanAsync(id, ct);
        Berichten = await berichten.ForToewijzingAsync(id, ct);
        MagPlanVastleggen = keten.MagUitvoeren && t.Status is ToewijzingStatus.Geaccepteerd or ToewijzingStatus.Gestart or ToewijzingStatus.TijdelijkGestopt;
        MagWijzigingAanvragen = MagPlanVastleggen;
        Overdracht = await keten.OverdrachtAsync(id, ct);
        Evaluaties = await keten.EvaluatiesAsync(id, ct);
        MagEvalueren = keten.MagUitvoeren && t.Status is ToewijzingStatus.Gestart or ToewijzingStatus.Gestopt or ToewijzingStatus.TijdelijkGestopt;
        MagOverdragen = keten.MagUitvoeren && t.Status == ToewijzingStatus.Gestart;
        if (MagOverdragen)
            AndereAanbieders = await organisaties.AanbiedersAsync(ct);
        EindeIndicatie = t.Einddatum is null ? null : await eindeIndicatie.OverviewAsync(id, metClient: false, ct);
        return true;
    }
}
