using System.Text;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>Demo annual accounts of last year (IB-46, IB-45, DEV-Eis25): Begeleiding Op Maat under Voorne aan Zee with 9,4 % profit
/// (above the 8 % cap of IB-45: flagged for the Voorne contract manager, IB-46 met) and under Deventer with 6,2 % (below MR-30's cap).</summary>
public static class DemoJaarrekeningen
{
    public static void Add(MaatwerkDbContext db, DemoData.Basis basis, DateOnly vandaag)
    {
        var opMaat = basis.Aanbieders.Single(a => a.AgbCode == "75750202");
        var jaar = vandaag.Year - 1;
        foreach (var contract in basis.Contracten.Where(c => c.AanbiederId == opMaat.Id))
        {
            (decimal Omzet, decimal Resultaat)? cijfers = contract.ProfielId switch
            {
                "voorne-aan-zee-ib" => (1_250_000m, 117_500m), // 9,4 %
                "deventer-wmo-2023" => (2_140_000m, 132_680m), // 6,2 %
                _ => null,
            };
            if (cijfers is { } c)
                db.AddRange(For(contract, jaar, c.Omzet, c.Resultaat, registreer: contract.ProfielId == "voorne-aan-zee-ib"));
        }
    }

    private static IEnumerable<object> For(Contract contract, int jaar, decimal omzet, decimal resultaat, bool registreer)
    {
        var op = Amsterdam.ToUtc(new DateTime(jaar + 1, 5, 12, 10, 30, 0));
        var j = new Jaarrekening
        {
            AanbiederId = contract.AanbiederId, ContractId = contract.Id, OpdrachtgeverId = contract.OpdrachtgeverId, Jaar = jaar,
            IngediendOp = op, IngediendDoor = "administratie@opmaat.demo", Omzet = omzet, Resultaat = resultaat, CijfersDoor = "administratie@opmaat.demo", CijfersOp = op,
        };
        yield return j;
        var inhoud = Encoding.ASCII.GetBytes($"%PDF-1.4\n% Jaarrekening {jaar} Begeleiding Op Maat B.V. (demo)\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        var bestand = new JaarrekeningBestand { JaarrekeningId = j.Id, Soort = JaarrekeningSoort.Jaarrekening };
        bestand.Bewaar($"jaarrekening-{jaar}-op-maat.pdf", inhoud, "administratie@opmaat.demo", op);
        yield return bestand;
        if (registreer)
            yield return new ContractGebeurtenis
            {
                ContractId = contract.Id, Soort = Jaarrekening.Ingediend, Moment = op, GeregistreerdOp = op, OnderwerpSoort = Periode.OnderwerpSoort,
                OnderwerpId = Periode.Containing(Periode.Jaar, new DateOnly(jaar, 1, 1)).SubjectId(contract.Id), GeregistreerdDoor = "demodata",
                Toelichting = $"Jaarrekening {jaar} ingediend",
            };
    }
}
