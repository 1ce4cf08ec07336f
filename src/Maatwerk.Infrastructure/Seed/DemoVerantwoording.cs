using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>A demo production statement: De Linde under the Deventer contract over the year before last, submitted in
/// February of the next year (DEV-Art22.2a) — the Deventer contractmanager sees it and its reconciliation. Last year's
/// statements are left to make, so their deadlines (DEV-Art22.2a, IB-44, OCO-6.1b) show on the obligations page.</summary>
public static class DemoVerantwoording
{
    public static IEnumerable<object> For(Contract contract, DateOnly vandaag, string gemeentecode)
    {
        var jaar = vandaag.Year - 2;
        var ingediend = Amsterdam.ToUtc(new DateTime(jaar + 1, 2, 20, 11, 0, 0));
        var v = new Productieverantwoording
        {
            AanbiederId = contract.AanbiederId, ContractId = contract.Id, OpdrachtgeverId = contract.OpdrachtgeverId, Jaar = jaar,
            Status = VerantwoordingStatus.Ingediend, OpgesteldDoor = "administratie@delinde.demo", OpgesteldOp = ingediend.AddDays(-2),
            IngediendDoor = "administratie@delinde.demo", IngediendOp = ingediend,
        };
        // Per gemeente (the national format, OCO-6.2a/DEV-Art22.1); one tariff all year, so the row carries it.
        VerantwoordingRegel Regel(string categorie, string code, int clienten, long minuten, long bedrag) => new()
        {
            VerantwoordingId = v.Id, Gemeentecode = gemeentecode, Tarief = bedrag / minuten, ProductCategorie = categorie, ProductCode = code, Eenheid = "01", Clienten = clienten, Volume = minuten, Bedrag = bedrag,
        };
        // Minutes against the 2023 hourly tariffs (IV081): PO-B € 62,40, PO-L € 56,40, OAD-L € 9,00.
        var regels = new[] { Regel("02", "PO-B", 7, 41_400, 4_305_600), Regel("02", "PO-L", 4, 18_000, 1_692_000), Regel("07", "OAD-L", 3, 24_000, 360_000) };
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
