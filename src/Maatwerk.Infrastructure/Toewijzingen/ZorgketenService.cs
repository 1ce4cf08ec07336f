using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.IWmo.Berichten;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>
/// The care chain on both sides: the gemeente issues a toewijzing and decides on refusals; the aanbieder accepts,
/// contacts, plans the intake, starts, agrees the plan, evaluates and stops. Every step is checked by the domain rules,
/// stored as an event under the contract (so the obligations engine sees it) and re-evaluates the contract's obligations.
/// </summary>
public sealed class ZorgketenService(MaatwerkDbContext db, DataScope scope, ProfielCatalogus catalogus, Herberekening herberekening,
    BerichtenService berichten, Contracten.ProductcodeService productcodes, ICurrentActor actor, TimeProvider clock)
{
    private DateOnly Vandaag => Amsterdam.Vandaag(clock);

    public bool IsAanbieder => scope.IsAanbieder;

    /// <summary>A consulent issues toewijzingen and decides on refusals.</summary>
    public bool MagUitgeven => !scope.IsAanbieder && scope.Rol == Rol.Consulent;

    /// <summary>At the aanbieder, administratie/planner and begeleider carry out the steps.</summary>
    public bool MagUitvoeren => scope.IsAanbieder && scope.Rol is Rol.Administratie or Rol.Begeleider;

    /// <summary>Which steps the signed-in user may take on this toewijzing now.</summary>
    public IReadOnlyList<Zorgstap> MogelijkeStappen(Toewijzing t) => MagUitvoeren
        ? t.Status switch
        {
            ToewijzingStatus.Verzonden => [Zorgstap.Accepteren, Zorgstap.WeigeringAanvragen, Zorgstap.Contact, Zorgstap.IntakeGepland, Zorgstap.Start],
            ToewijzingStatus.Geaccepteerd => [Zorgstap.Contact, Zorgstap.IntakeGepland, Zorgstap.Start],
            ToewijzingStatus.Gestart => [Zorgstap.Contact, Zorgstap.Stop, Zorgstap.TijdelijkStoppen, Zorgstap.StartIntrekken],
            ToewijzingStatus.TijdelijkGestopt => [Zorgstap.Contact, Zorgstap.Hervatten, Zorgstap.Stop, Zorgstap.StopIntrekken],
            ToewijzingStatus.Gestopt => [Zorgstap.StopIntrekken],
            _ => [],
        }
        : !MagUitgeven ? []
        : t.Status == ToewijzingStatus.WeigeringAangevraagd ? [Zorgstap.WeigeringBeoordelen]
        : t.Status is ToewijzingStatus.Afgewezen or ToewijzingStatus.Gestopt ? []
        : [Zorgstap.Wijzigen];

    public async Task<SaveResult> UitgevenAsync(ToewijzingInvoer invoer, CancellationToken ct = default)
    {
        if (!MagUitgeven)
            return SaveResult.NotFound();
        var v = new Validator();
        var contract = await scope.Contracten().FirstOrDefaultAsync(c => c.Id == invoer.ContractId, ct);
        var client = await scope.Clienten().FirstOrDefaultAsync(c => c.Id == invoer.ClientId, ct);
        v.Check(nameof(invoer.ClientId), client is not null, "Kies een cliënt van uw gemeente.");
        v.Check(nameof(invoer.ContractId), contract is not null, "Kies een contract van uw gemeente of regio.");
        var profiel = contract is null ? null : catalogus.Zoek(contract.ProfielId, contract.ProfielVersie);
        var product = profiel?.ZoekProduct(invoer.Productcode ?? "");
        if (contract is not null)
        {
            v.Check(nameof(invoer.Productcode), product is not null,
                $"Product '{invoer.Productcode}' staat niet in het contract met deze aanbieder (profiel {contract.ProfielId}).");
            v.Check(nameof(invoer.Ingangsdatum), contract.IsLopend(invoer.Ingangsdatum), "De ingangsdatum valt buiten de looptijd van het contract.");
        }
        if (product?.VasteOmvang is { } vast)
        {
            // A product allocated as one whole (a traject): the consulent need not fill the omvang in.
            if (invoer.Volume is null)
                invoer = invoer with { Volume = vast.Volume, Eenheid = invoer.Eenheid ?? product.IWmoEenheid, Frequentie = invoer.Frequentie ?? vast.Frequentie };
            v.Check(nameof(invoer.Volume), invoer.Volume == vast.Volume && invoer.Frequentie == vast.Frequentie,
                $"{product.Naam} wordt als één geheel toegewezen: volume {vast.Volume}, frequentie {vast.Frequentie} " +
                $"({ToewijzingCodes.Frequenties.GetValueOrDefault(vast.Frequentie, vast.Frequentie).ToLowerInvariant()}){(vast.Bron is null ? "" : $" ({vast.Bron})")}.");
        }
        var iwmoCode = product is null || contract is null ? null : await productcodes.IWmoCodeAsync(contract.Id, product.Code, ct);
        v.Check(nameof(invoer.Volume), iwmoCode is null || invoer.Volume is not null,
            $"Bij een toewijzing met iWmo-productcode {iwmoCode} is de omvang verplicht: volume, eenheid en frequentie (iWmo CD041).");
        if (product?.IWmoEenheid is { } eenheid && invoer.Eenheid is not null)
            v.Check(nameof(invoer.Eenheid), invoer.Eenheid == eenheid,
                $"Het contract schrijft voor {product.Naam} eenheid {eenheid} ({ToewijzingCodes.Eenheden.GetValueOrDefault(eenheid, eenheid)}) voor.");
        v.Check(nameof(invoer.Eenheid), invoer.Eenheid is null || ToewijzingCodes.Eenheden.ContainsKey(invoer.Eenheid), "Kies een eenheid uit codelijst WJ756.");
        v.Check(nameof(invoer.Frequentie), invoer.Frequentie is null || ToewijzingCodes.Frequenties.ContainsKey(invoer.Frequentie), "Kies een frequentie uit codelijst WMO757.");
        v.Check(nameof(invoer.Volume), invoer.Volume is null or > 0 and <= 99_999_999, "Het volume moet een positief geheel getal zijn.");
        v.Check(nameof(invoer.Volume), invoer.Volume is null || (invoer.Eenheid is not null && invoer.Frequentie is not null),
            "Bij een volume horen een eenheid en een frequentie (inspanningsgericht).");
        v.Optional(nameof(invoer.BeschikkingNummer), "Beschikkingnummer", invoer.BeschikkingNummer, 20);
        var beschikking = invoer.BeschikkingId is { } beschikkingId
            ? await db.Beschikkingen.FirstOrDefaultAsync(b => b.Id == beschikkingId && b.ClientId == invoer.ClientId, ct)
            : null;
        v.Check(nameof(invoer.BeschikkingId), invoer.BeschikkingId is null || beschikking is not null, "Kies een beschikking van deze cliënt.");
        foreach (var fout in beschikking?.ControleerToewijzing(invoer.Ingangsdatum, invoer.Einddatum) ?? [])
            v.Add(fout.Field, fout.Message);

        var toewijzing = new Toewijzing
        {
            ToewijzingNummer = await VolgendNummerAsync(ct), ClientId = invoer.ClientId, ContractId = invoer.ContractId,
            Productcategorie = product?.Productcategorie ?? "", Productcode = product?.Code, Toewijzingsdatum = Vandaag,
            IWmoProductcode = iwmoCode,
            Ingangsdatum = invoer.Ingangsdatum, Einddatum = invoer.Einddatum, Volume = invoer.Volume, Eenheid = invoer.Eenheid,
            Frequentie = invoer.Frequentie, Spoed = invoer.Spoed, BeschikkingNummer = beschikking?.Nummer ?? invoer.BeschikkingNummer?.Trim(),
            BeschikkingId = beschikking?.Id,
            ReferentieAanbieder = invoer.ReferentieAanbieder,
        };
        if (product is not null)
            foreach (var error in toewijzing.Validate())
                v.Add(error.Field, error.Message);
        if (!v.IsValid)
            return SaveResult.Invalid(v.Errors);

        db.Toewijzingen.Add(toewijzing);
        await VerzendAsync(toewijzing, contract!, BerichtCatalogus.Wmo301, ct);
        Gebeurtenis(toewijzing, contract!, "toewijzing", Vandaag, null);
        if (toewijzing.Einddatum is { } einde)
            Gebeurtenis(toewijzing, contract!, "einde-indicatie", einde, null);
        await db.SaveChangesAsync(ct);
        await herberekening.ContractAsync(contract!.Id, Vandaag, ct);
        return SaveResult.Ok(toewijzing.Id);
    }

    public async Task<SaveResult> StapAsync(Guid toewijzingId, Zorgstap stap, StapInvoer invoer, CancellationToken ct = default)
    {
        var toewijzing = await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct);
        if (toewijzing is null)
            return SaveResult.NotFound();
        if (!MogelijkeStappen(toewijzing).Contains(stap))
            return SaveResult.Invalid("Status", $"Deze stap kan nu niet: de toewijzing is {toewijzing.Status.Weergavenaam().ToLowerInvariant()}.");
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        var datum = invoer.Datum == default ? Vandaag : invoer.Datum;
        var vorigeLaatsteZorgdag = toewijzing.EinddatumZorg;
        if (stap is Zorgstap.StartIntrekken or Zorgstap.StopIntrekken)
            return await IntrekkenAsync(toewijzing, contract, stap == Zorgstap.StartIntrekken, ct);
        var errors = new List<ValidationError>();
        if (datum > Vandaag && stap is not (Zorgstap.IntakeGepland or Zorgstap.Wijzigen))
            errors.Add(new("Datum", "Deze datum ligt in de toekomst; registreer een stap op of na de dag waarop hij plaatsvond."));
        errors.AddRange(stap switch
        {
            Zorgstap.Accepteren => Zorgstappen.Accepteer(toewijzing, datum),
            Zorgstap.WeigeringAanvragen => Zorgstappen.VraagWeigeringAan(toewijzing, invoer.Reden),
            Zorgstap.WeigeringBeoordelen => Zorgstappen.BeoordeelWeigering(toewijzing, invoer.Akkoord),
            Zorgstap.Start => Zorgstappen.Start(toewijzing, datum),
            Zorgstap.Stop => await StopregelsAsync(toewijzing, contract, datum, invoer, ct) is { Count: > 0 } open
                ? open
                : Zorgstappen.Stop(toewijzing, datum, invoer.Reden),
            Zorgstap.Wijzigen => Zorgstappen.WijzigEinddatum(toewijzing, invoer.Datum, invoer.Reden),
            Zorgstap.TijdelijkStoppen => TijdelijkeStopregels(contract, datum, invoer) is { Count: > 0 } open
                ? open
                : Zorgstappen.TijdelijkStop(toewijzing, datum, invoer.Opname, invoer.VerwachteHervatting),
            Zorgstap.Hervatten => Zorgstappen.Hervat(toewijzing, datum),
            _ => [],
        });
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(errors);
        }
        var soort = stap switch
        {
            Zorgstap.Accepteren => "toewijzing-geaccepteerd",
            Zorgstap.WeigeringAanvragen => "voornemen-weigeren-beeindigen",
            Zorgstap.WeigeringBeoordelen => invoer.Akkoord ? "toewijzing-geweigerd" : "besluit-gemeente",
            Zorgstap.Contact => "contact-client",
            Zorgstap.IntakeGepland => "afspraak-ingepland",
            Zorgstap.Start => "start-zorg",
            Zorgstap.Wijzigen => "einde-indicatie",
            Zorgstap.TijdelijkStoppen => "tijdelijke-stop",
            Zorgstap.Hervatten => "zorg-hervat",
            _ => "einde-zorg",
        };
        if (stap == Zorgstap.Wijzigen)
            await VerzendWijzigingAsync(toewijzing, contract, ct);
        else
            Gebeurtenis(toewijzing, contract, soort, datum, stap switch
            {
                Zorgstap.TijdelijkStoppen => TijdelijkeStop.Omschrijving(toewijzing),
                Zorgstap.Hervatten => HervattingsToelichting(contract, invoer, datum, vorigeLaatsteZorgdag),
                Zorgstap.Stop => $"reden {invoer.Reden}: {RedenBeeindiging.Codes.GetValueOrDefault(invoer.Reden!, invoer.Reden!)}"
                    + (string.IsNullOrWhiteSpace(invoer.Toelichting) ? "" : $" — {invoer.Toelichting.Trim()}"),
                _ => invoer.Toelichting ?? invoer.Reden,
            });
        if (stap is Zorgstap.Start or Zorgstap.Hervatten)
            await VerzendAsync(toewijzing, contract, BerichtCatalogus.Wmo305, ct);
        if (stap is Zorgstap.Stop or Zorgstap.TijdelijkStoppen)
            await VerzendAsync(toewijzing, contract, BerichtCatalogus.Wmo307, ct);
        await db.SaveChangesAsync(ct);
        await herberekening.ContractAsync(contract.Id, Vandaag, ct);
        return SaveResult.Ok(toewijzing.Id);
    }

    /// <summary>Withdraws the current start or stop (e.g. registered on the wrong day): the 305/307 with StatusAanlevering 3
    /// carries the key of the message it withdraws, so it is built before the toewijzing changes.</summary>
    private async Task<SaveResult> IntrekkenAsync(Toewijzing toewijzing, Domain.Contracten.Contract contract, bool start, CancellationToken ct)
    {
        var begin = toewijzing.BegindatumLevering!.Value;
        var datum = start ? begin : toewijzing.EinddatumZorg!.Value;
        await VerzendAsync(toewijzing, contract, start ? BerichtCatalogus.Wmo305 : BerichtCatalogus.Wmo307, ct, intrekken: true);
        var errors = start ? await Intrekking.StartAsync(db, toewijzing, begin, ct) : await Intrekking.StopAsync(db, toewijzing, begin, ct);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(errors);
        }
        Gebeurtenis(toewijzing, contract, "melding-ingetrokken", Vandaag, Intrekking.Omschrijving(start, datum));
        await db.SaveChangesAsync(ct);
        await herberekening.ContractAsync(contract.Id, Vandaag, ct);
        return SaveResult.Ok(toewijzing.Id);
    }

    /// <summary>What the contract and the platform demand of a stop before the domain rules: the contract's stop-date
    /// rules (e.g. IB-33) and, for an overstap, a completed warm hand-over.</summary>
    private async Task<IReadOnlyList<ValidationError>> StopregelsAsync(Toewijzing t, Domain.Contracten.Contract contract, DateOnly datum, StapInvoer invoer, CancellationToken ct)
    {
        var fouten = new List<ValidationError>();
        if (catalogus.Zoek(contract.ProfielId, contract.ProfielVersie) is { } profiel)
            fouten.AddRange(Stopregels.Controleer(profiel, datum, invoer.LeveringOpStopdatum));
        fouten.AddRange(WarmeOverdracht.ControleerBijStop(invoer.Reden, await db.WarmeOverdrachten.FirstOrDefaultAsync(o => o.ToewijzingId == t.Id, ct)));
        return fouten;
    }

    /// <summary>The contract's rules on a temporary stop (e.g. IB-32), and what the platform always needs to know.</summary>
    private IReadOnlyList<ValidationError> TijdelijkeStopregels(Domain.Contracten.Contract contract, DateOnly laatsteZorgdag, StapInvoer invoer)
    {
        var fouten = new List<ValidationError>();
        if (invoer.Opname is null)
            fouten.Add(new("Opname", "Kies de reden van de onderbreking (ziekenhuis, revalidatiecentrum of anders)."));
        if (invoer.VerwachteHervatting is null)
            fouten.Add(new("VerwachteHervatting", "Vul de verwachte datum van hervatting in."));
        if (catalogus.Zoek(contract.ProfielId, contract.ProfielVersie) is { } profiel)
            fouten.AddRange(Stopregels.ControleerTijdelijk(profiel, laatsteZorgdag, invoer.Opname, invoer.VerwachteHervatting)
                .Where(f => fouten.All(g => g.Field != f.Field)));
        return fouten;
    }

    private string? HervattingsToelichting(Domain.Contracten.Contract contract, StapInvoer invoer, DateOnly hervatting, DateOnly? laatsteZorgdag) =>
        (laatsteZorgdag is { } laatste && catalogus.Zoek(contract.ProfielId, contract.ProfielVersie) is { } profiel
            ? Stopregels.NotitieBijHervatting(profiel, laatste, hervatting)
            : null) ?? invoer.Toelichting;

    /// <summary>The gemeente grants an aanbieder's verzoek om wijziging (WMO317): a gewijzigde 301 with reden 12
    /// (geïnitieerd door de aanbieder) and the aanbieder's reference.</summary>
    public async Task<SaveResult> WijzigOpVerzoekAsync(Guid toewijzingId, DateOnly? einddatum, int? volume, string referentieAanbieder, CancellationToken ct = default)
    {
        if (!MagUitgeven || await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct) is not { } toewijzing)
            return SaveResult.NotFound();
        var errors = Zorgstappen.WijzigEinddatum(toewijzing, einddatum ?? toewijzing.Einddatum ?? toewijzing.Ingangsdatum.AddYears(1), "12").ToList();
        if (volume is { } v)
            toewijzing.Volume = v;
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(errors);
        }
        toewijzing.ReferentieAanbieder = referentieAanbieder;
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        await VerzendWijzigingAsync(toewijzing, contract, ct);
        await db.SaveChangesAsync(ct);
        await herberekening.ContractAsync(contract.Id, Vandaag, ct);
        return SaveResult.Ok(toewijzing.Id);
    }

    /// <summary>Changes the end date with a WMO002 reason and queues the gewijzigde 301 as part of a larger change that
    /// the caller validates and saves at once (e.g. all toewijzingen of a client after a Wlz indication, IB-34a/b).
    /// Nothing is saved here; on errors the toewijzing is unchanged and no message is queued.</summary>
    public async Task<IReadOnlyList<ValidationError>> WijzigEinddatumInWijzigingAsync(Toewijzing toewijzing, Domain.Contracten.Contract contract,
        DateOnly einddatum, string reden, CancellationToken ct = default)
    {
        var errors = Zorgstappen.WijzigEinddatum(toewijzing, einddatum, reden);
        if (errors.Count == 0)
            await VerzendWijzigingAsync(toewijzing, contract, ct);
        return errors;
    }

    /// <summary>The end of the indication moved: the planned event moves with it (so its open obligations are
    /// recomputed) and the aanbieder receives the gewijzigde 301.</summary>
    private async Task VerzendWijzigingAsync(Toewijzing toewijzing, Domain.Contracten.Contract contract, CancellationToken ct)
    {
        db.Gebeurtenissen.RemoveRange(await db.Gebeurtenissen.Where(g => g.ToewijzingId == toewijzing.Id && g.Soort == "einde-indicatie").ToListAsync(ct));
        Gebeurtenis(toewijzing, contract, "einde-indicatie", toewijzing.Einddatum!.Value, $"Gewijzigd: {RedenWijziging.Codes[toewijzing.RedenWijziging!]}");
        await VerzendAsync(toewijzing, contract, BerichtCatalogus.Wmo301, ct);
    }

    /// <summary>The questions the contract asks at every evaluation; empty when the profile lists none.</summary>
    public async Task<(IReadOnlyList<string> Vragen, string? Bron)> EvaluatievragenAsync(Guid toewijzingId, CancellationToken ct = default)
    {
        var contractId = await scope.Toewijzingen().Where(t => t.Id == toewijzingId).Select(t => (Guid?)t.ContractId).FirstOrDefaultAsync(ct);
        var contract = contractId is { } id ? await db.Contracten.FirstAsync(c => c.Id == id, ct) : null;
        var beleid = contract is null ? null : catalogus.Zoek(contract.ProfielId, contract.ProfielVersie)?.Evaluatie;
        return (beleid?.Vragen ?? [], beleid?.Bron);
    }

    /// <summary>The evaluations of a toewijzing: all of them for the aanbieder; for the gemeente only the reports the
    /// aanbieder shared with the client's consent (IB-27c).</summary>
    public Task<List<Evaluatie>> EvaluatiesAsync(Guid toewijzingId, CancellationToken ct = default)
    {
        var inView = scope.Toewijzingen().Select(t => t.Id);
        var evaluaties = db.Evaluaties.Where(e => e.ToewijzingId == toewijzingId && inView.Contains(e.ToewijzingId));
        if (!scope.IsAanbieder)
            evaluaties = evaluaties.Where(e => e.GedeeldOp != null);
        return evaluaties.OrderBy(e => e.Datum).ToListAsync(ct);
    }

    /// <summary>The aanbieder shares an evaluation report with the gemeente after the client consented (IB-27c); the
    /// contract's profile names the event this registers (e.g. DEV-Eis4-b "schriftelijke-evaluatie-verzonden").</summary>
    public async Task<SaveResult> EvaluatieDelenAsync(Guid toewijzingId, Guid evaluatieId, DateOnly? toestemmingOp, DateOnly? gedeeldOp, CancellationToken ct = default)
    {
        var toewijzing = await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct);
        var evaluatie = await db.Evaluaties.FirstOrDefaultAsync(e => e.Id == evaluatieId && e.ToewijzingId == toewijzingId, ct);
        if (toewijzing is null || evaluatie is null || !MagUitvoeren)
            return SaveResult.NotFound();
        var fouten = evaluatie.Deel(toestemmingOp, gedeeldOp ?? Vandaag, Vandaag);
        if (fouten.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(fouten);
        }
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        if (catalogus.Zoek(contract.ProfielId, contract.ProfielVersie)?.Evaluatie?.Verslag is { } verslag)
            Gebeurtenis(toewijzing, contract, verslag.Gebeurtenis, evaluatie.GedeeldOp!.Value,
                $"Verslag van de evaluatie op {evaluatie.Datum:dd-MM-yyyy}, toestemming cliënt {evaluatie.ToestemmingClientOp:dd-MM-yyyy} ({verslag.Bron})");
        await db.SaveChangesAsync(ct);
        await herberekening.ContractAsync(contract.Id, Vandaag, ct);
        return SaveResult.Ok(evaluatie.Id);
    }

    /// <summary>The aanbieder records an evaluation with the answers to the contract's questions (event "evaluatie").</summary>
    public async Task<SaveResult> EvaluatieVastleggenAsync(Guid toewijzingId, DateOnly datum, string? deelnemers, IReadOnlyList<string?> antwoorden,
        bool eind, CancellationToken ct = default)
    {
        var toewijzing = await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct);
        if (toewijzing is null || !MagUitvoeren)
            return SaveResult.NotFound();
        var (vragen, _) = await EvaluatievragenAsync(toewijzingId, ct);
        var (evaluatie, fouten) = Evaluatie.Maak(toewijzing, datum, deelnemers, vragen.Count > 0 ? vragen : ["Verslag van de evaluatie"], antwoorden, eind, Vandaag);
        if (evaluatie is null)
            return SaveResult.Invalid(fouten);
        db.Evaluaties.Add(evaluatie);
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        Gebeurtenis(toewijzing, contract, "evaluatie", datum, eind ? "Eindevaluatie" : $"Evaluatie met {evaluatie.Deelnemers}");
        await db.SaveChangesAsync(ct);
        await herberekening.ContractAsync(contract.Id, Vandaag, ct);
        return SaveResult.Ok(evaluatie.Id);
    }

    public Task<WarmeOverdracht?> OverdrachtAsync(Guid toewijzingId, CancellationToken ct = default)
    {
        var inView = scope.Toewijzingen().Select(t => t.Id);
        return db.WarmeOverdrachten.FirstOrDefaultAsync(o => o.ToewijzingId == toewijzingId && inView.Contains(o.ToewijzingId), ct);
    }

    /// <summary>The aanbieder keeps the warm hand-over checklist; completing it is the event "overdracht-voltooid".</summary>
    public async Task<SaveResult> OverdrachtBijwerkenAsync(Guid toewijzingId, OverdrachtInvoer invoer, CancellationToken ct = default)
    {
        var toewijzing = await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct);
        if (toewijzing is null || !MagUitvoeren)
            return SaveResult.NotFound();
        if (toewijzing.Status != ToewijzingStatus.Gestart)
            return SaveResult.Invalid("Status", "Een warme overdracht hoort bij een toewijzing waarvan de zorg loopt.");
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        if (invoer.NieuweAanbiederId is { } nieuw && (nieuw == contract.AanbiederId
            || !await db.Organisaties.AnyAsync(o => o.Id == nieuw && o.Soort == Domain.Organisaties.OrganisatieSoort.Aanbieder, ct)))
            return SaveResult.Invalid(nameof(WarmeOverdracht.NieuweAanbiederId), "Kies een andere aanbieder dan de huidige.");
        var overdracht = await db.WarmeOverdrachten.FirstOrDefaultAsync(o => o.ToewijzingId == toewijzingId, ct);
        var wasVoltooid = overdracht?.IsVoltooid == true;
        if (overdracht is null)
        {
            overdracht = new WarmeOverdracht { ToewijzingId = toewijzingId };
            db.WarmeOverdrachten.Add(overdracht);
        }
        invoer.ApplyTo(overdracht);
        if (overdracht.IsVoltooid && !wasVoltooid)
            Gebeurtenis(toewijzing, contract, "overdracht-voltooid", Vandaag, "Warme overdracht voltooid");
        await db.SaveChangesAsync(ct);
        await herberekening.ContractAsync(contract.Id, Vandaag, ct);
        return SaveResult.Ok(overdracht.Id);
    }

    public Task<Ondersteuningsplan?> PlanAsync(Guid toewijzingId, CancellationToken ct = default)
    {
        var inView = scope.Toewijzingen().Select(t => t.Id);
        return db.Ondersteuningsplannen.FirstOrDefaultAsync(p => p.ToewijzingId == toewijzingId && inView.Contains(p.ToewijzingId), ct);
    }

    /// <summary>The aanbieder records the plan agreed with the client; agreeing it meets the plan deadline.</summary>
    public async Task<SaveResult> PlanVastleggenAsync(Guid toewijzingId, PlanInvoer invoer, CancellationToken ct = default)
    {
        var toewijzing = await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct);
        if (toewijzing is null || !MagUitvoeren)
            return SaveResult.NotFound();
        var plan = await db.Ondersteuningsplannen.FirstOrDefaultAsync(p => p.ToewijzingId == toewijzingId, ct);
        var nieuw = plan is null;
        plan ??= new Ondersteuningsplan { ToewijzingId = toewijzingId };
        invoer.ApplyTo(plan);
        var errors = plan.Validate(toewijzing, Vandaag);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(errors);
        }
        if (nieuw)
            db.Ondersteuningsplannen.Add(plan);
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        Gebeurtenis(toewijzing, contract, "plan-overeengekomen", plan.OvereengekomenOp, $"Plan overeengekomen met {plan.OvereengekomenMet}");
        var result = await db.SaveAsync(plan, [], nieuw ? null : invoer.Versie, ct: ct);
        if (result.Status == SaveStatus.Ok)
            await herberekening.ContractAsync(contract.Id, Vandaag, ct);
        return result;
    }

    /// <summary>Sends the iWmo message of a step between the client's gemeente and the aanbieder (301 from gemeente to
    /// aanbieder; 305/307 back), answered at once by the receiving side with its retourbericht.</summary>
    private async Task VerzendAsync(Toewijzing t, Domain.Contracten.Contract contract, BerichtSoort soort, CancellationToken ct, bool intrekken = false)
    {
        var client = await db.Clienten.FirstAsync(c => c.Id == t.ClientId, ct);
        var gemeente = await db.Organisaties.FirstAsync(o => o.Id == client.GemeenteId, ct);
        var aanbieder = await db.Organisaties.FirstAsync(o => o.Id == contract.AanbiederId, ct);
        var naarAanbieder = soort == BerichtCatalogus.Wmo301;
        var (van, naar) = naarAanbieder ? (gemeente, aanbieder) : (aanbieder, gemeente);
        var partijen = new BerichtOpbouw.Partijen((van.Gemeentecode ?? van.AgbCode)!, (naar.Gemeentecode ?? naar.AgbCode)!, BerichtenService.NieuweIdentificatie(), Vandaag);
        var tijd = TimeOnly.FromDateTime(Amsterdam.Lokaal(clock.GetUtcNow()));
        var bericht = soort == BerichtCatalogus.Wmo301 ? BerichtOpbouw.Toewijzing301(partijen, client, t, tijd, t.RedenWijziging is null ? null : Vandaag, t.ReferentieAanbieder)
            : soort == BerichtCatalogus.Wmo305 ? BerichtOpbouw.Start305(partijen, client, t, intrekken)
            : BerichtOpbouw.Stop307(partijen, client, t, intrekken);
        berichten.Verzend(bericht, van, naar, t.Id, client.Id);
    }

    private void Gebeurtenis(Toewijzing t, Domain.Contracten.Contract contract, string soort, DateOnly datum, string? toelichting) =>
        KetenGebeurtenissen.Voeg(db, catalogus, clock, actor.Email, t, contract, soort, datum, toelichting);

    private async Task<string> VolgendNummerAsync(CancellationToken ct)
    {
        var aantal = await db.Toewijzingen.CountAsync(ct);
        return $"{Vandaag.Year % 100:D2}{aantal + 1:D6}";
    }
}
