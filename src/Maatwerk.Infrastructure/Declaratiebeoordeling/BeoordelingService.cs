using System.Text;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Codelijsten;
using Maatwerk.IWmo.Validatie;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>The declaratiebeoordelaar's work on received WMO323s: the queue, per declaration the lines with each check's
/// outcome, a decision per line (approve, or reject with a retour code and a note), approving all clean lines at once,
/// and sending the one WMO325 (IV087) built from the decisions.</summary>
public sealed class BeoordelingService(MaatwerkDbContext db, DataScope scope, ICurrentActor actor, TimeProvider clock, UnitOfWork unitOfWork,
    DeclaratieOntvangst ontvangst, IRetourOntvanger retourOntvanger)
{
    public bool MagBeoordelen => !scope.IsAanbieder && scope.Rol is Rol.Declaratiebeoordelaar;

    public sealed record QueueRow(OntvangenDeclaratie Declaratie, string Aanbieder, int Open, int Afgewezen);

    public sealed record Details(OntvangenDeclaratie Declaratie, string Aanbieder, string Gemeente, IReadOnlyList<OntvangenPrestatie> Regels)
    {
        public bool KanVerzenden => Declaratie.Status == DeclaratieStatus.InBeoordeling && Regels.All(r => r.Beoordeling != Beoordeling.Open);
        public long Afgewezen => Regels.Where(r => r.Beoordeling == Beoordeling.Afgewezen).Sum(r => r.BedragMetTeken);
    }

    /// <summary>One line's decision as the beoordelaar enters it.</summary>
    public sealed record BeslissingInput
    {
        public bool Goedkeuren { get; init; }
        public string? Retourcode { get; init; }
        public string? Toelichting { get; init; }
    }

    private IQueryable<OntvangenDeclaratie> InScope() =>
        MagBeoordelen ? db.Set<OntvangenDeclaratie>().Where(d => scope.GemeenteIds.Contains(d.GemeenteId)) : db.Set<OntvangenDeclaratie>().Where(_ => false);

    /// <summary>The queue: declarations still to answer first, oldest first; then the answered ones, newest first.</summary>
    public async Task<List<QueueRow>> QueueAsync(CancellationToken ct = default)
    {
        var declaraties = await InScope().OrderBy(d => d.Status).ThenBy(d => d.Ontvangen).Take(500).ToListAsync(ct);
        var ids = declaraties.Select(d => d.Id).ToList();
        var tellingen = await db.Set<OntvangenPrestatie>().Where(p => ids.Contains(p.DeclaratieId))
            .GroupBy(p => p.DeclaratieId)
            .Select(g => new { g.Key, Open = g.Count(p => p.Beoordeling == Beoordeling.Open), Afgewezen = g.Count(p => p.Beoordeling == Beoordeling.Afgewezen) })
            .ToDictionaryAsync(x => x.Key, ct);
        var namen = await Namen(declaraties.Select(d => d.AanbiederId), ct);
        return declaraties.Select(d => new QueueRow(d, Naam(namen, d.AanbiederId, d.Afzender),
            tellingen.GetValueOrDefault(d.Id)?.Open ?? 0, tellingen.GetValueOrDefault(d.Id)?.Afgewezen ?? 0)).ToList();
    }

    public async Task<Details?> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await InScope().FirstOrDefaultAsync(d => d.Id == id, ct) is not { } d)
            return null;
        var regels = await db.Set<OntvangenPrestatie>().Where(p => p.DeclaratieId == id).OrderBy(p => p.Volgnummer).ToListAsync(ct);
        var namen = await Namen([d.AanbiederId, d.GemeenteId], ct);
        db.LogRead(nameof(OntvangenDeclaratie), d.Id);
        await db.SaveChangesAsync(ct);
        return new Details(d, Naam(namen, d.AanbiederId, d.Afzender), Naam(namen, d.GemeenteId, ""), regels);
    }

    /// <summary>Approve a line, or reject it with a retour code from WJ001 for the 323 and a note.</summary>
    public Task<SaveResult> DecideAsync(Guid declaratieId, Guid regelId, BeslissingInput input, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (await OpenAsync(declaratieId, ct) is not { } d)
                return SaveResult.NotFound();
            if (await db.Set<OntvangenPrestatie>().FirstOrDefaultAsync(p => p.Id == regelId && p.DeclaratieId == d.Id, ct) is not { } regel)
                return SaveResult.NotFound();
            var fouten = Validate(input, d);
            if (fouten.Count > 0)
                return SaveResult.Invalid(fouten);
            Record(regel, input.Goedkeuren, input.Goedkeuren ? null : input.Retourcode, input.Toelichting);
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(regel.Id);
        }, ct);

    /// <summary>"Alle schone regels goedkeuren": every open line whose checks all passed.</summary>
    public Task<SaveResult> ApproveCleanAsync(Guid declaratieId, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (await OpenAsync(declaratieId, ct) is not { } d)
                return SaveResult.NotFound();
            if (d.Declaratiecode is not null)
                return SaveResult.Invalid("Regels", $"De declaratie als geheel wordt afgewezen ({d.Declaratiecode}: {Codelijst.RetourcodeOmschrijving(d.Declaratiecode)}); er zijn geen schone regels.");
            var regels = await db.Set<OntvangenPrestatie>().Where(p => p.DeclaratieId == d.Id && p.Beoordeling == Beoordeling.Open).ToListAsync(ct);
            foreach (var r in regels.Where(r => r.IsSchoon))
                Record(r, true, null, null);
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(d.Id);
        }, ct);

    /// <summary>Sends the WMO325: only rejected lines, Σ rejected = submitted − granted (TR342); stored as the 323 Bericht's
    /// RetourXml, the 325 in the aanbieder's inbox; registers declaratie-antwoord-verzonden, which meets OP090x4 (and
    /// Deventer MR-23) for this declaration.</summary>
    public Task<SaveResult> SendAsync(Guid declaratieId, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (await OpenAsync(declaratieId, ct) is not { } d)
                return SaveResult.NotFound();
            var regels = await db.Set<OntvangenPrestatie>().Where(p => p.DeclaratieId == d.Id).OrderBy(p => p.Volgnummer).ToListAsync(ct);
            if (d.Declaratiecode is not null)
                foreach (var r in regels.Where(r => r.Beoordeling == Beoordeling.Open))
                    Record(r, false, "0233", "Niet beoordeeld: de declaratie als geheel is afgewezen.");
            if (regels.Count(r => r.Beoordeling == Beoordeling.Open) is var open and > 0)
                return SaveResult.Invalid("Regels", $"Nog {open} regel(s) zonder beslissing; beoordeel eerst elke regel.");
            var bericht = await db.Berichten.FirstAsync(b => b.Id == d.BerichtId, ct);
            var vandaag = Amsterdam.Today(clock);
            var identificatie = BerichtenService.NewIdentificatie();
            var antwoord = Antwoordopbouw.Build(Encoding.UTF8.GetBytes(bericht.Xml), regels, d.Declaratiecode, identificatie, vandaag);
            var xml = BerichtWriter.ToBytes(antwoord.Bericht);
            var controle = BerichtValidator.Validate(xml, new ValidationOptions { Inhoud = false });
            if (!controle.IsGeldig)
                return SaveResult.Invalid("", "De WMO325 voldoet niet aan het schema: " + string.Join(" ", controle.Fouten.Take(3)));
            bericht.RetourXml = Encoding.UTF8.GetString(xml);
            bericht.RetourSoort = "WMO325";
            bericht.Retourcodes = Samenvatting(regels, d, antwoord);
            (d.Status, d.AntwoordIdentificatie, d.AntwoordVerzondenOp, d.AntwoordVerzondenDoor, d.TotaalToegekend) =
                (DeclaratieStatus.Beantwoord, identificatie, clock.GetUtcNow(), actor.Email, antwoord.Toegekend);
            var contractIds = await db.Gebeurtenissen.Where(g => g.OnderwerpSoort == DeclaratieOntvangst.OnderwerpSoort && g.OnderwerpId == d.Id)
                .Select(g => g.ContractId).Distinct().ToListAsync(ct);
            await ontvangst.RegisterEventAsync(d, d.AanbiederId, contractIds, DeclaratieOntvangst.AntwoordVerzonden, clock.GetUtcNow(),
                $"WMO325 {identificatie} op declaratie {d.DeclaratieNummer}: toegekend {PrestatieChecks.Cents(antwoord.Toegekend)}", actor.Email, ct);
            await db.SaveChangesAsync(ct);
            await retourOntvanger.ReceiveAsync(bericht, ct);
            return SaveResult.Ok(d.Id);
        }, ct);

    /// <summary>The retour codes a beoordelaar may choose for a line: those of the 323 in WJ001, with their Dutch text.</summary>
    public static IReadOnlyList<(string Code, string Omschrijving)> Retourcodes { get; } =
        new[] { "0233", "0611", "8017", "8021", "8187", "8214", "9307", "9308", "9321", "9322", "9338", "9339", "9340", "9341", "9346", "9369", "9384", "9387", "9388", "9389", "9390" }
            .Select(c => (c, Codelijst.RetourcodeOmschrijving(c))).ToList();

    private static List<ValidationError> Validate(BeslissingInput input, OntvangenDeclaratie d)
    {
        var v = new List<ValidationError>();
        if (d.Declaratiecode is not null && input.Goedkeuren)
            v.Add(new("Goedkeuren", $"De declaratie als geheel wordt afgewezen ({d.Declaratiecode}); een regel kan niet worden goedgekeurd."));
        if (!input.Goedkeuren && (input.Retourcode is null || Retourcodes.All(c => c.Code != input.Retourcode)))
            v.Add(new("Retourcode", "Kies bij afwijzen een retourcode uit WJ001 die bij een declaratieregel hoort (bijvoorbeeld 0611 voor een ander tarief dan het contracttarief)."));
        if (!input.Goedkeuren && string.IsNullOrWhiteSpace(input.Toelichting))
            v.Add(new("Toelichting", "Geef bij afwijzen een toelichting voor de aanbieder."));
        if (input.Toelichting is { Length: > 500 })
            v.Add(new("Toelichting", "De toelichting is hoogstens 500 tekens."));
        return v;
    }

    private void Record(OntvangenPrestatie r, bool goed, string? code, string? toelichting)
    {
        r.Beoordeling = goed ? Beoordeling.Goedgekeurd : Beoordeling.Afgewezen;
        r.Retourcode = code;
        r.Toelichting = string.IsNullOrWhiteSpace(toelichting) ? null : toelichting.Trim();
        r.BeoordeeldDoor = actor.Email;
        r.BeoordeeldOp = clock.GetUtcNow();
        r.Versie = Guid.NewGuid();
    }

    private async Task<OntvangenDeclaratie?> OpenAsync(Guid id, CancellationToken ct) =>
        await InScope().FirstOrDefaultAsync(d => d.Id == id && d.Status == DeclaratieStatus.InBeoordeling, ct) is { } d ? d
        : null;

    private static string Samenvatting(IReadOnlyList<OntvangenPrestatie> regels, OntvangenDeclaratie d, Antwoordopbouw.Uitkomst a)
    {
        var afgewezen = regels.Where(r => r.Beoordeling == Beoordeling.Afgewezen).ToList();
        var kop = afgewezen.Count == 0
            ? $"8001 {Codelijst.RetourcodeOmschrijving("8001")}"
            : $"WMO325: {afgewezen.Count} van {regels.Count} regels afgewezen; toegekend {PrestatieChecks.Cents(a.Toegekend)} van {PrestatieChecks.Cents(a.Ingediend)}";
        var tekst = string.Join("\n", new[] { kop }.Concat(d.Declaratiecode is { } dc ? [$"{dc} {Codelijst.RetourcodeOmschrijving(dc)}"] : [])
            .Concat(afgewezen.Select(r => $"{r.Retourcode} {Codelijst.RetourcodeOmschrijving(r.Retourcode!)} — regel {r.ReferentieNummer}: {r.Toelichting}")));
        return tekst.Length <= 2000 ? tekst : tekst[..2000];
    }

    private async Task<Dictionary<Guid, string>> Namen(IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var lijst = ids.OfType<Guid>().Distinct().ToList();
        return await db.Organisaties.Where(o => lijst.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
    }

    private static string Naam(Dictionary<Guid, string> namen, Guid? id, string anders) => id is { } i && namen.TryGetValue(i, out var n) ? n : anders;
}
