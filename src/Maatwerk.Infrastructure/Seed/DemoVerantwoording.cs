using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>A demo production statement: De Linde under the Gooi en Vechtstreek contract, last year, submitted in February
/// (that contract names no deadline; the regio's contractmanager can reconcile it). The other contracts' statements are
/// left to make, so their deadlines (DEV-Art22.2a, IB-44, OCO-6.1b) show on the obligations page.</summary>
public static class DemoVerantwoording
{
    public static IEnumerable<object> For(Contract contract, DateOnly vandaag)
    {
        var jaar = vandaag.Year - 1;
        var ingediend = Amsterdam.ToUtc(new DateTime(vandaag.Year, 2, 20, 11, 0, 0));
        var v = new Productieverantwoording
        {
            AanbiederId = contract.AanbiederId, ContractId = contract.Id, OpdrachtgeverId = contract.OpdrachtgeverId, Jaar = jaar,
            Status = VerantwoordingStatus.Ingediend, OpgesteldDoor = "administratie@delinde.demo", OpgesteldOp = ingediend.AddDays(-2),
            IngediendDoor = "administratie@delinde.demo", IngediendOp = ingediend,
        };
        VerantwoordingRegel Regel(string code, int clienten, long uren, long bedrag) => new()
        {
            VerantwoordingId = v.Id, ProductCategorie = "02", ProductCode = code, Eenheid = "04", Clienten = clienten, Volume = uren, Bedrag = bedrag,
        };
        var regels = new[] { Regel("BSD-MBO4", 6, 690, 4_140_000), Regel("BSD-HBO", 2, 150, 1_080_000) };
        v.Totaal = regels.Sum(r => r.Bedrag);
        yield return v;
        foreach (var r in regels)
            yield return r;
        yield return new ContractGebeurtenis
        {
            ContractId = contract.Id, Soort = Verantwoordingsregels.Ingediend, Moment = ingediend, GeregistreerdOp = ingediend,
            OnderwerpSoort = Periode.OnderwerpSoort, OnderwerpId = Periode.Containing(Periode.Jaar, new DateOnly(jaar, 1, 1)).SubjectId(contract.Id),
            GeregistreerdDoor = "demodata", Toelichting = $"Productieverantwoording {jaar} ingediend",
        };
    }
}
