using Maatwerk.Domain.Berichten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Tarieven;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.IWmo.Berichten.Declaratie;
using Maatwerk.IWmo.Validatie;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>Receipt of a WMO323 by the gemeente, whatever way it came (sent on the platform, uploaded, posted to
/// /api/iwmo/berichten): registered once per Bericht with its lines and the outcome of every check against the platform's
/// state (<see cref="PrestatieChecks"/>), in the declaratiebeoordelaar's queue.
/// <para>The iWmo library answers every heenbericht at once. For a 323 that answer is only the technical stage: a 323 it
/// rejects technically (0001, controleniveau 1–2, IV088) keeps that 325 as its one answer and is not queued; any other 323
/// has its automatic 325 withdrawn (the Bericht's RetourXml is emptied) because iWmo allows ONE 325 per 323 (IV087) and
/// the gemeente's comes after its checks, within 10 working days (OP090x4: <c>declaratie-ontvangen</c> starts the
/// obligation, <c>declaratie-antwoord-verzonden</c> about the same declaration meets it).</para></summary>
public sealed class DeclaratieOntvangst(MaatwerkDbContext db, ContractProfileCatalog catalogus, TimeProvider clock)
{
    public const string OnderwerpSoort = "declaratie";
    public const string Ontvangen = "declaratie-ontvangen";
    public const string AntwoordVerzonden = "declaratie-antwoord-verzonden";
    /// <summary>A correction or addition to an earlier period received (DEV-Art8.8b, MR-25a/b): the evidence of the correction term.</summary>
    public const string CorrectieIngediend = "correctie-ingediend";

    /// <summary>What the Bericht says while the gemeente checks it.</summary>
    public const string InBeoordeling = "In beoordeling bij de gemeente: de WMO325 volgt na de controles, binnen 10 werkdagen na ontvangst (OP090x4).";

    /// <summary>Registers the 323 in <paramref name="bericht"/> (stored or just added) once; the same Bericht, or the same
    /// sender and BerichtIdentificatie again, gives the declaration already registered. Null when it is no 323 for a
    /// gemeente on the platform or it was rejected technically.
    /// <para>Streaming: the aanbieder's toewijzingen for the clients the message names and the earlier lines those and its
    /// references can be checked against (found by a byte search first, <see cref="GenoemdeNummers"/>) are loaded once (<see cref="Ontvangstindex"/>), then
    /// each line is checked as the reader passes it (<see cref="Ontvangstcontrole"/>), so the cost per line does not grow
    /// with the message or the history (bench/README.md, "the gemeente's check of one 323").</para>
    /// <para>Runs in the caller's transaction (a <see cref="UnitOfWork"/>): the lines are written in batches of
    /// <see cref="Batchgrootte"/> as they are checked (<see cref="BulkInsert"/>: binary COPY on PostgreSQL, prepared multi-row
    /// INSERTs on SQLite, no change tracking), so memory does not grow with the message and the receipt stays all or nothing:
    /// a failure anywhere before the commit leaves no line and no declaration.</para></summary>
    public Task<OntvangenDeclaratie?> RegisterAsync(Bericht bericht, CancellationToken ct = default) => RegisterAsync(bericht, null, ct);

    /// <summary>Lines per write (bench/README.md, "a database step").</summary>
    public int Batchgrootte { get; init; } = 5_000;

    /// <summary>Loads every toewijzing of the aanbieder for the gemeente's residents instead of those of the clients the
    /// message names and the aanbieder's whole history instead of the lines that can matter (<see cref="GenoemdeNummers"/>): the reference the narrowed index is tested and measured against.</summary>
    public bool AlleToewijzingen { get; init; }

    /// <summary>Up to how many named numbers the earlier lines are loaded narrowed (<see cref="GenoemdeNummers"/>); a message
    /// naming more loads the sender's whole history. Filtering by a very long list costs the database more than reading the
    /// history once: the 100,000-line bench 323 took 7.5 s narrowed against 6.4 s whole (bench/README.md, "Session 25, second
    /// round"), while a usual 323 of a few hundred lines then reads a few hundred earlier lines instead of years of them.</summary>
    public int EerdereRegelsSmalTot { get; init; } = 10_000;

    /// <summary>A 323 the aanbieder sent on the platform as a correction, with its motivation (DEV-Art8.8b "met motivering").</summary>
    public sealed record Correctie(string? Motivering);

    /// <inheritdoc cref="RegisterAsync(Bericht, CancellationToken)"/>
    /// <param name="correctie">Set when the aanbieder sent the 323 as a correction on the platform: it counts as a correction
    /// (MR-25) whatever its lines, and carries the motivation.</param>
    public async Task<OntvangenDeclaratie?> RegisterAsync(Bericht bericht, Correctie? correctie, CancellationToken ct = default)
    {
        if (bericht.Soort != "WMO323")
            return null;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("De ontvangst van een WMO323 schrijft zijn regels in de transactie van de aanroeper (UnitOfWork); er is geen transactie.");
        if (await db.Set<OntvangenDeclaratie>().FirstOrDefaultAsync(d => d.BerichtId == bericht.Id
                || (d.Afzender == bericht.Afzender && d.Identificatie == bericht.Identificatie), ct) is { } al)
            return al;
        using var xml = await BerichtXml.OpenAsync(db, bericht, ct);
        await using var kopstroom = xml.Open();
        if (Ontvangstindex.Kop(kopstroom) is not { } kopregel
            || await db.Organisaties.AsNoTracking().FirstOrDefaultAsync(o => o.Gemeentecode == kopregel.Ontvanger, ct) is not { } gemeente)
            return null;
        var aanbieder = await db.Organisaties.AsNoTracking().FirstOrDefaultAsync(o => o.AgbCode == kopregel.Afzender, ct);
        var afzender = bericht.Afzender;
        GenoemdeNummers? genoemd = null;
        if (!AlleToewijzingen)
        {
            await using var stroom = xml.Open();
            genoemd = GenoemdeNummers.Scan(stroom);
        }
        var index = await Ontvangstindex.LoadAsync(db, catalogus, gemeente.Id, kopregel.Afzender, afzender, genoemd, EerdereRegelsSmalTot, ct);
        // Each line joins the earlier lines: room for as many as the message names references, at once.
        index.Eerder.EnsureCapacity(genoemd?.Referenties.Count ?? 0);
        genoemd = null; // its 200,000 numbers are not held through the read (a local of an async method lives to its end)
        // TR333 (9333): the DeclaratieNummer is unique for the aanbieder; otherwise the whole declaration is rejected (IV087).
        var dubbelNummer = await db.Set<OntvangenDeclaratie>().AnyAsync(d => d.Afzender == afzender && d.DeclaratieNummer == kopregel.DeclaratieNummer, ct);
        var vorige = await db.Set<OntvangenDeclaratie>().Where(o => o.Afzender == afzender && o.GemeenteId == gemeente.Id && o.Declaratiecode == null)
            .MaxAsync(o => (DateOnly?)o.PeriodeBegin, ct);
        var gesloten = (await db.Set<Jaarafsluiting>().Where(j => j.GemeenteId == gemeente.Id).Select(j => j.Jaar).ToListAsync(ct)).ToHashSet();
        var toegestaan = await Correctietoestemmingen.YearsAsync(db, gemeente.Id, aanbieder?.Id, ct);
        var motivering = string.IsNullOrWhiteSpace(correctie?.Motivering) ? null : correctie.Motivering.Trim();
        var correcties = 0;
        var berichtContext = new DbBerichtContext(db, catalogus);
        await using var regels = new Regelschrijver(db, Batchgrootte, ct);
        // The product code list is read from the context, which the writer of the lines uses at the same time: once per code.
        var productcodes = new Dictionary<(string, string), bool?>();
        var controle = new Ontvangstcontrole(index.Toewijzingen, index.Tarief, index.Eerder, (categorie, code) =>
            productcodes.TryGetValue((categorie, code), out var bekend) ? bekend
                : productcodes[(categorie, code)] = regels.Exclusief(() => berichtContext.IsProductcodeKnown(gemeente.Gemeentecode!, categorie, code)));

        var declaratie = new OntvangenDeclaratie { BerichtId = bericht.Id, GemeenteId = gemeente.Id, AanbiederId = aanbieder?.Id, Afzender = afzender, Identificatie = bericht.Identificatie };
        DeclaratieKop? kop = null;
        Berichtcontext? context = null;
        var contractIds = new HashSet<Guid>();
        var volgnummer = 0;
        var paden = new Prestatiepaden();
        var controles = new List<PrestatieCheck>(24); // one list for every line: its checks are written before the next line
        var validatie = Wmo323Reader.Read(xml.Open(), (k, bsn, p, e) =>
        {
            kop ??= k;
            context ??= new Berichtcontext(k.PeriodeBegin, vorige, DateOnly.FromDateTime(Amsterdam.Local(bericht.Ontvangen)), gesloten, toegestaan, motivering);
            controles.Clear();
            controle.Check(controles, bsn, p, context);
            if (correctie is not null || ContractChecks.IsCorrectie(p, context))
                correcties++;
            if (dubbelNummer)
                controles.Add(PrestatieCheck.Reject("TR333", "0233", $"DeclaratieNummer {k.DeclaratieNummer} is al eerder gebruikt; de hele declaratie wordt afgewezen (9333, IV087)."));
            var t = controle.Toewijzing(p.ToewijzingNummer);
            if (t is not null)
                contractIds.Add(index.ContractVan(t));
            var regel = new OntvangenPrestatie
            {
                DeclaratieId = declaratie.Id, Volgnummer = ++volgnummer, Pad = paden.Of(e), Bsn = bsn, ReferentieNummer = p.ReferentieNummer,
                VorigReferentieNummer = p.VorigReferentieNummer, ToewijzingNummer = p.ToewijzingNummer, ToewijzingId = t?.Id,
                ProductCategorie = p.ProductCategorie, ProductCode = p.ProductCode, Begindatum = p.Begindatum, Einddatum = p.Einddatum,
                GeleverdVolume = p.GeleverdVolume, Eenheid = p.Eenheid, ProductTarief = p.ProductTarief, Bedrag = p.Bedrag, DebetCredit = p.DebetCredit,
                Checks = PrestatieCheck.Write(controles),
            };
            // A line for a closed year after its last correction window is blocked (DEV-Art8.8a/b): rejected at receipt.
            if (Geblokkeerd(controles, t?.Contract?.LaatsteCorrectie?.Bron) is { } geblokkeerd)
                (regel.Beoordeling, regel.Retourcode, regel.Toelichting, regel.BeoordeeldDoor, regel.BeoordeeldOp) =
                    (Beoordeling.Afgewezen, geblokkeerd.Retourcode, geblokkeerd.Melding.Length <= 500 ? geblokkeerd.Melding : geblokkeerd.Melding[..500], "platform", clock.GetUtcNow());
            regels.Add(regel);
        }, new ValidationOptions { Vandaag = Amsterdam.Today(clock) });
        await regels.FlushAsync();
        if (kop is null || validatie.IsTechnischAfgekeurd)
        {
            // Lines already written in this transaction go again: a technically rejected 323 is not queued.
            await db.Set<OntvangenPrestatie>().Where(r => r.DeclaratieId == declaratie.Id).ExecuteDeleteAsync(ct);
            return null;
        }
        // The library's in-message findings on a line (not 0001) become checks of that line (found after it was written). The
        // lines are found by their path in the database when there are findings, not kept by path through the whole receipt.
        var perPad = validatie.Fouten.Where(f => !f.IsTechnisch).GroupBy(f => Owner(f.Pad)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var bevindingen = new Dictionary<Guid, List<Finding>>();
        if (perPad.Count > 0)
            await foreach (var r in db.Set<OntvangenPrestatie>().Where(r => r.DeclaratieId == declaratie.Id).Select(r => new { r.Id, r.Pad })
                               .AsAsyncEnumerable().WithCancellation(ct))
                if (perPad.TryGetValue(r.Pad, out var opRegel))
                    bevindingen[r.Id] = opRegel;
        foreach (var deel in bevindingen.Keys.Chunk(500))
            foreach (var regel in await db.Set<OntvangenPrestatie>().Where(r => deel.Contains(r.Id)).ToListAsync(ct))
            {
                var checks = PrestatieCheck.Read(regel.Checks).ToList();
                checks.AddRange(bevindingen[regel.Id].Where(f => checks.All(c => c.Regel != f.Code)).Select(f => PrestatieCheck.Reject(f.Code, f.Retourcode, f.Melding)));
                regel.Checks = PrestatieCheck.Write(checks);
            }
        (declaratie.DeclaratieNummer, declaratie.PeriodeBegin, declaratie.PeriodeEinde, declaratie.Ontvangen) = (kop.DeclaratieNummer, kop.PeriodeBegin, kop.PeriodeEind, bericht.Ontvangen);
        declaratie.TotaalIngediend = kop.DebetCredit == "C" ? -kop.TotaalBedrag : kop.TotaalBedrag;
        declaratie.Regels = volgnummer;
        declaratie.Motivering = motivering;
        if (dubbelNummer)
            declaratie.Declaratiecode = "9333";
        db.Add(declaratie);
        // One 325 per 323 (IV087): the library's automatic answer is withdrawn; the gemeente's comes after the checks.
        bericht.RetourXml = null;
        bericht.Retourcodes = InBeoordeling;
        await RegisterEventAsync(declaratie, aanbieder?.Id, contractIds, Ontvangen, declaratie.Ontvangen,
            $"WMO323 {declaratie.Identificatie} ({volgnummer} regels) ontvangen", "platform", ct);
        // MR-25a/b (DEV-Art8.8b): a received correction is the evidence of the correction term, at contract level like the
        // jaarbegin that starts it, so the gemeente and the aanbieder see the term met (or late) on the Verplichtingen page.
        if (correcties > 0)
            await RegisterEventAsync(declaratie, aanbieder?.Id, contractIds, CorrectieIngediend, declaratie.Ontvangen,
                $"WMO323 {declaratie.Identificatie}: {correcties} correctie(s) of aanvulling(en) op een eerdere periode" + (motivering is null ? "" : $"; motivering: {motivering}"),
                "platform", ct, overDeclaratie: false);
        return declaratie;
    }

    /// <summary>Registers an event about the declaration (its own subject, so its obligations are met by evidence about the
    /// same declaration only) under each contract its lines fall under, or else every contract between gemeente and aanbieder.</summary>
    internal async Task RegisterEventAsync(OntvangenDeclaratie d, Guid? aanbiederId, IReadOnlyCollection<Guid> contractIds, string soort, DateTimeOffset moment,
        string toelichting, string door, CancellationToken ct, bool overDeclaratie = true)
    {
        var ids = contractIds.ToList();
        if (ids.Count == 0 && aanbiederId is { } a)
        {
            var gemeente = await db.Organisaties.AsNoTracking().FirstAsync(o => o.Id == d.GemeenteId, ct);
            var opdrachtgevers = new[] { gemeente.Id, gemeente.RegioId ?? gemeente.Id };
            ids = await db.Contracten.Where(c => c.AanbiederId == a && opdrachtgevers.Contains(c.OpdrachtgeverId)
                && c.Ingangsdatum <= d.PeriodeEinde && (c.Einddatum == null || c.Einddatum >= d.PeriodeBegin)).Select(c => c.Id).ToListAsync(ct);
        }
        var contracten = await db.Contracten.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        foreach (var contract in contracten)
        {
            if (catalogus.Find(contract.ProfielId, contract.ProfielVersie) is not { } profiel || !profiel.KnowsGebeurtenis(soort))
                continue;
            db.Gebeurtenissen.Add(new ContractGebeurtenis
            {
                ContractId = contract.Id, Soort = soort, Moment = moment, OnderwerpSoort = overDeclaratie ? OnderwerpSoort : null, OnderwerpId = overDeclaratie ? d.Id : null,
                GeregistreerdDoor = door, Toelichting = toelichting,
            });
        }
    }

    /// <summary>The contracts a received declaration falls under: those its receipt was registered under, else every
    /// contract between the gemeente (or its regio) and the aanbieder that runs in its period; with their profile's rules.</summary>
    internal async Task<Contractcontroles> ControlsAsync(OntvangenDeclaratie d, CancellationToken ct)
    {
        var ids = await db.Gebeurtenissen.Where(g => g.OnderwerpSoort == OnderwerpSoort && g.OnderwerpId == d.Id).Select(g => g.ContractId).Distinct().ToListAsync(ct);
        var query = db.Contracten.AsNoTracking();
        if (ids.Count > 0)
            query = query.Where(c => ids.Contains(c.Id));
        else
        {
            var gemeente = await db.Organisaties.AsNoTracking().FirstAsync(o => o.Id == d.GemeenteId, ct);
            var opdrachtgevers = new[] { gemeente.Id, gemeente.RegioId ?? gemeente.Id };
            query = query.Where(c => c.AanbiederId == d.AanbiederId && opdrachtgevers.Contains(c.OpdrachtgeverId)
                && c.Ingangsdatum <= d.PeriodeEinde && (c.Einddatum == null || c.Einddatum >= d.PeriodeBegin));
        }
        var controles = (await query.ToListAsync(ct)).Select(c => catalogus.Find(c.ProfielId, c.ProfielVersie)).OfType<ContractProfile>()
            .Select(Contractcontroles.From).ToList();
        return controles.FirstOrDefault(c => c.BoetePerRegel is not null || c.LaatsteCorrectie is not null) ?? controles.FirstOrDefault() ?? Contractcontroles.Geen;
    }

    /// <summary>The check that refuses a line for a closed year after its last correction window (DEV-Art8.8a/b), if any.</summary>
    private static PrestatieCheck? Geblokkeerd(List<PrestatieCheck> checks, string? laatsteCorrectie)
    {
        foreach (var c in checks)
            if (c.Outcome == CheckOutcome.Rejected && c.Regel == laatsteCorrectie && c.Retourcode == ContractChecks.NietBeoordeeld)
                return c;
        return null;
    }

    /// <summary>The Prestatie a finding's path belongs to (…/Prestatie[n]).</summary>
    private static string Owner(string pad)
    {
        var i = pad.IndexOf("/Prestatie[", StringComparison.Ordinal);
        if (i < 0) return pad;
        var j = pad.IndexOf(']', i);
        return j < 0 ? pad : pad[..(j + 1)];
    }
}
