using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Verantwoording;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>Two demo records of issue 12 a newcomer should find: Stichting Samen Verder's production statement over last year
/// under the Gooi en Vechtstreek contract, uploaded from its own system in the national format (a concept, the CSV kept and
/// downloadable), and a 323 from Op Maat's own system at Deventer whose correction line for the closed year 2024 waits for a
/// motivation afterwards (DEV-Art8.8b) on /Declaraties/Verzonden.</summary>
internal static class DemoUploadEnMotivering
{
    public static IEnumerable<object> Upload(Contract contract, Organisatie aanbieder, IReadOnlyList<Organisatie> gemeenten, DateOnly vandaag)
    {
        var jaar = vandaag.Year - 1;
        var op = Amsterdam.ToUtc(new DateTime(vandaag.Year, 1, 28, 14, 0, 0));
        // Per gemeente, category only (the reader accepts an empty code under a category of the profile); hours at € 65,00.
        var regels = gemeenten.Take(2).Select((g, i) => new LandelijkFormaat.Regel(g.Gemeentecode!, g.Naam, "02", "", "", "04", 6500, 120 + 40 * i, 3 - i, (120 + 40 * i) * 6500L))
            .ToList();
        var kop = new LandelijkFormaat.Kop(aanbieder.Naam, aanbieder.AgbCode, aanbieder.KvkNummer, jaar, Verantwoordingsregels.GeenProtocol, contract.Naam, DateOnly.FromDateTime(Amsterdam.Local(op)));
        var inhoud = LandelijkeExport.Csv(LandelijkFormaat.Rijen(kop, regels));
        var naam = $"productieverantwoording-{jaar}-eigen-systeem.csv";
        var v = new Productieverantwoording
        {
            AanbiederId = aanbieder.Id, ContractId = contract.Id, OpdrachtgeverId = contract.OpdrachtgeverId, Jaar = jaar, Totaal = regels.Sum(r => r.Bedrag),
            OpgesteldDoor = "administratie@samenverder.demo", OpgesteldOp = op, UploadNaam = naam, UploadSha256 = PdfBestand.Sha256(inhoud),
        };
        yield return v;
        foreach (var r in regels)
            yield return new VerantwoordingRegel
            {
                VerantwoordingId = v.Id, Gemeentecode = r.Gemeentecode, Tarief = r.Tarief, ProductCategorie = r.ProductCategorie, ProductCode = r.ProductCode,
                Eenheid = r.Eenheid, Clienten = r.Clienten, Volume = r.Volume, Bedrag = r.Bedrag,
            };
        var bestand = new VerantwoordingBestand { VerantwoordingId = v.Id, Soort = VerantwoordingBestandSoort.LandelijkFormaat };
        bestand.Bewaar(naam, inhoud, v.OpgesteldDoor, op);
        yield return bestand;
    }

    /// <summary>Received on 20 January after the closed year, within its last correction window (1 February, DEV-Art8.8b) and
    /// without a motivation: the DEV-Art8.8b check put the line on "handmatig", as at receipt.</summary>
    public static IEnumerable<object> WachtOpMotivering(Organisatie gemeente, Organisatie aanbieder, ContractProfile profiel, int geslotenJaar, string bsn, string toewijzing)
    {
        var ontvangen = new DateOnly(geslotenJaar + 1, 1, 20);
        var controles = Contractcontroles.From(profiel);
        var d = new OntvangenDeclaratie
        {
            BerichtId = Guid.NewGuid(), GemeenteId = gemeente.Id, AanbiederId = aanbieder.Id, Afzender = aanbieder.AgbCode ?? "", Identificatie = $"EIGEN{geslotenJaar + 1}01",
            DeclaratieNummer = $"EIGEN{geslotenJaar + 1}01", PeriodeBegin = new DateOnly(geslotenJaar + 1, 1, 1), PeriodeEinde = new DateOnly(geslotenJaar + 1, 1, 31),
            Ontvangen = Amsterdam.ToUtc(ontvangen.ToDateTime(new TimeOnly(9, 15))), TotaalIngediend = 6240, Regels = 1, Status = DeclaratieStatus.InBeoordeling,
        };
        yield return d;
        var context = new Berichtcontext(d.PeriodeBegin, null, ontvangen, new HashSet<int> { geslotenJaar });
        var check = ContractChecks.ClosedYear(geslotenJaar, context, controles.CorrectieDeadline(geslotenJaar)!.Value, controles.LaatsteCorrectie!.Bron);
        yield return new OntvangenPrestatie
        {
            DeclaratieId = d.Id, Bsn = bsn, ReferentieNummer = $"EIGEN-{geslotenJaar}-12-1", ToewijzingNummer = toewijzing, ProductCategorie = "02", ProductCode = "PO-B",
            Begindatum = new DateOnly(geslotenJaar, 12, 1), Einddatum = new DateOnly(geslotenJaar, 12, 31), GeleverdVolume = 60, Eenheid = "01", ProductTarief = 104,
            Bedrag = 6240, DebetCredit = "D", Beoordeling = Beoordeling.Open, Checks = PrestatieCheck.Write([check]),
        };
    }
}
