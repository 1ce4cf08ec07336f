using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Tarieven;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Verantwoording;

/// <summary>The spending overview for the gemeente's contractmanager and declaratiebeoordelaar: per month, per aanbieder
/// and per product, committed (toewijzingen × contract tariff) against declared, approved and paid, over the received
/// WMO323 lines of the gemeente's residents (<see cref="Uitgaven"/>), with an Excel export.</summary>
public sealed class UitgavenService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, VerantwoordingGegevens gegevens, TimeProvider clock)
{
    public bool MagInzien => !scope.IsAanbieder && scope.Rol is Rol.Contractmanager or Rol.Declaratiebeoordelaar;

    public sealed record Overzicht(int Jaar, IReadOnlyList<Uitgaven.Rij> PerAanbieder, IReadOnlyList<Uitgaven.Rij> PerProduct, IReadOnlyList<Uitgaven.Rij> PerMaand)
    {
        public Uitgaven.Rij Totaal => new(new DateOnly(Jaar, 1, 1), "Totaal", PerMaand.Sum(r => r.Toegewezen), PerMaand.Sum(r => r.Ingediend),
            PerMaand.Sum(r => r.Goedgekeurd), PerMaand.Sum(r => r.Betaald), PerMaand.Sum(r => r.Budget));
    }

    public async Task<Overzicht?> GetAsync(int? jaar, CancellationToken ct = default)
    {
        if (!MagInzien)
            return null;
        var j = jaar ?? Amsterdam.Today(clock).Year;
        var (van, tot) = (new DateOnly(j, 1, 1), new DateOnly(j, 12, 31));
        var gemeenten = scope.GemeenteIds.ToList();
        var rijen = await (from p in db.Set<OntvangenPrestatie>().AsNoTracking()
                           join d in db.Set<OntvangenDeclaratie>().AsNoTracking() on p.DeclaratieId equals d.Id
                           where gemeenten.Contains(d.GemeenteId) && d.AanbiederId != null && p.Begindatum >= van && p.Begindatum <= tot
                           select new { d.AanbiederId, p.ProductCode, p.Begindatum, p.Bedrag, p.DebetCredit, p.Beoordeling, d.Status, d.BetaaldOp }).ToListAsync(ct);
        var regels = rijen.Select(r =>
        {
            var bedrag = r.DebetCredit == "C" ? -r.Bedrag : r.Bedrag;
            var goed = r.Beoordeling == Beoordeling.Goedgekeurd && r.Status == DeclaratieStatus.Beantwoord;
            return new Uitgaven.Regel(r.AanbiederId!.Value, r.ProductCode, new DateOnly(r.Begindatum.Year, r.Begindatum.Month, 1), bedrag,
                goed ? bedrag : 0, goed && r.BetaaldOp != null ? bedrag : 0);
        }).ToList();
        var toegewezen = await ToegewezenAsync(j, ct);
        var namen = await gegevens.NamenAsync(regels.Select(r => r.AanbiederId).Concat(toegewezen.Select(t => t.AanbiederId)), ct);
        return new Overzicht(j,
            Uitgaven.Group(regels, toegewezen, (a, _) => namen.GetValueOrDefault(a, "onbekende aanbieder")),
            Uitgaven.Group(regels, toegewezen, (_, p) => p),
            Uitgaven.Group(regels, toegewezen, (_, _) => "Totaal"));
    }

    /// <summary>What the toewijzingen in view commit per month: omvang spread over the months (<see cref="Uitgaven.Spread"/>)
    /// at the contract tariff on the first day of the month (<see cref="Tariefbepaling.Op"/>); none without a tariff.</summary>
    private async Task<List<Uitgaven.Toegewezen>> ToegewezenAsync(int jaar, CancellationToken ct)
    {
        var (van, tot) = (new DateOnly(jaar, 1, 1), new DateOnly(jaar, 12, 31));
        var toewijzingen = await scope.Toewijzingen().AsNoTracking()
            .Where(t => t.Status != ToewijzingStatus.Afgewezen && (t.Volume != null || t.Budget != null) && t.Ingangsdatum <= tot && (t.Einddatum == null || t.Einddatum >= van))
            .ToListAsync(ct);
        var contractIds = toewijzingen.Select(t => t.ContractId).Distinct().ToList();
        var contracten = await db.Contracten.AsNoTracking().Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var ingevoerd = (await db.Set<Contracttarief>().AsNoTracking().Where(t => contractIds.Contains(t.ContractId)).ToListAsync(ct)).ToLookup(t => t.ContractId);
        var result = new List<Uitgaven.Toegewezen>();
        foreach (var t in toewijzingen)
        {
            var contract = contracten[t.ContractId];
            if (catalogus.Find(contract.ProfielId, contract.ProfielVersie)?.FindProduct(t.Productcode ?? "") is not { } product)
                continue;
            var einde = t.EinddatumZorg is { } ez && (t.Einddatum is null || ez < t.Einddatum) && t.Status == ToewijzingStatus.Gestopt ? ez : t.Einddatum;
            var code = t.BerichtProductcode ?? product.Code;
            // TR369: a budget is spread over the whole allocated period (Ingangsdatum–Einddatum), also when care stopped earlier.
            if (t.BudgetInCenten is { } budget && t.Einddatum is { } budgetEinde)
                result.AddRange(Uitgaven.SpreadBudget(t.Ingangsdatum, budgetEinde, budget, jaar).Select(m => new Uitgaven.Toegewezen(contract.AanbiederId, code, m.Maand, 0, m.Centen)));
            if (t.Volume is null)
                continue;
            foreach (var (maand, volume) in Uitgaven.Spread(t.Ingangsdatum, einde, t.Volume!.Value, t.Frequentie, jaar))
                if (Tariefbepaling.Op(product, ingevoerd[contract.Id], maand) is { } tarief)
                    result.Add(new(contract.AanbiederId, code, maand, Uitgaven.Bedrag(volume, t.Eenheid, tarief.Bedrag)));
        }
        return result;
    }

    public async Task<(byte[] Inhoud, string Naam)?> ExcelAsync(int? jaar, CancellationToken ct = default)
    {
        if (await GetAsync(jaar, ct) is not { } o)
            return null;
        var blad = new Werkblad();
        blad.Row("Uitgaven", o.Jaar);
        blad.Row("Toegewezen = omvang van de toewijzingen × contracttarief; budget = toegewezen budget (TR369) naar rato van de dagen; bedragen in euro's, credits verrekend");
        void Tabel(string titel, IReadOnlyList<Uitgaven.Rij> rijen)
        {
            blad.Row();
            blad.Row(titel);
            blad.Row("Maand", "", "Toegewezen (€)", "Budget (€)", "Ingediend (€)", "Goedgekeurd (€)", "Betaald (€)");
            foreach (var r in rijen)
                blad.Row(r.Maand.ToString("yyyy-MM"), r.Sleutel, r.Toegewezen / 100m, r.Budget / 100m, r.Ingediend / 100m, r.Goedgekeurd / 100m, r.Betaald / 100m);
        }
        Tabel("Per aanbieder", o.PerAanbieder);
        Tabel("Per product", o.PerProduct);
        Tabel("Totaal per maand", o.PerMaand);
        var t = o.Totaal;
        blad.Row();
        blad.Row("Totaal", "", t.Toegewezen / 100m, t.Budget / 100m, t.Ingediend / 100m, t.Goedgekeurd / 100m, t.Betaald / 100m);
        return (blad.ToBytes($"Uitgaven {o.Jaar}"), $"uitgaven-{o.Jaar}.xlsx");
    }
}
