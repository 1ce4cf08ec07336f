using Maatwerk.Domain.Meldcode;
using Maatwerk.Domain.Personeel;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>Demo Meldcode (IB-52a/c) at De Linde, where the demo kwaliteit login works: trainings for three of its four
/// people (Marieke de Wit has none, so the report "zonder meldcode-training" shows her) and two cases — one reported to
/// Veilig Thuis and closed, linked to a client, and one at step 3 without a client.</summary>
public static class DemoMeldcode
{
    private const string Door = "demodata";

    /// <summary>The person at De Linde without a Meldcode training.</summary>
    public const string ZonderTraining = "Marieke de Wit";

    private static readonly (string Naam, int MaandenGeleden, string Soort, string Bewijs)[] Trainingen =
    [
        ("Sanne Bakker", 8, "E-learning Meldcode huiselijk geweld en kindermishandeling (5 stappen)", "Certificaat AUGEO-2026-118734"),
        ("Youssef El Amrani", 14, "Klassikale training Meldcode en afwegingskader", "Presentielijst teamdag"),
        ("Gerrit Mulder", 40, "E-learning Meldcode huiselijk geweld en kindermishandeling (5 stappen)", "Certificaat AUGEO-2023-031552"),
    ];

    public static void Add(MaatwerkDbContext db, DemoData.Basis basis, DateOnly vandaag)
    {
        if (basis.Aanbieders.FirstOrDefault(a => a.AgbCode == "75750101") is not { } linde)
            return;
        var mensen = db.ChangeTracker.Entries<Medewerker>().Select(e => e.Entity).Where(m => m.AanbiederId == linde.Id).ToList();
        foreach (var (naam, maanden, soort, bewijs) in Trainingen)
        {
            if (mensen.FirstOrDefault(m => m.Naam == naam) is not { } medewerker)
                continue;
            var datum = Max(vandaag.AddMonths(-maanden), medewerker.InDienst);
            db.Add(new MeldcodeTraining
            {
                AanbiederId = linde.Id, MedewerkerId = medewerker.Id, Datum = datum, Soort = soort, Bewijs = bewijs,
                GeregistreerdDoor = Door, GeregistreerdOp = Amsterdam.StartOf(datum),
            });
        }
        var contracten = basis.Contracten.Where(c => c.AanbiederId == linde.Id).Select(c => c.Id).ToHashSet();
        var client = db.Toewijzingen.Local.Where(t => contracten.Contains(t.ContractId)).OrderBy(t => t.ToewijzingNummer).Select(t => t.ClientId).FirstOrDefault();
        var start = vandaag.AddDays(-62);
        db.Add(new MeldcodeCasus
        {
            AanbiederId = linde.Id, ClientId = client == Guid.Empty ? null : client,
            Signalen = "Cliënt vertelt over harde ruzies thuis; bij twee huisbezoeken blauwe plekken op de onderarm gezien.",
            Stap1Datum = start, Stap1Notitie = "Signalen en eigen waarnemingen vastgelegd in het dossier.",
            Stap2Datum = start.AddDays(2), Stap2Notitie = "Collegiale consultatie met de aandachtsfunctionaris; anoniem advies gevraagd bij Veilig Thuis.",
            Stap3Datum = start.AddDays(6), Stap3Notitie = "Gesprek met de cliënt over de zorgen; cliënt bevestigt spanningen met de partner.",
            Stap4Datum = start.AddDays(9), Stap4Notitie = "Afwegingskader: acute onveiligheid niet uit te sluiten.",
            Stap5Datum = start.AddDays(10), Stap5Notitie = "Besluit: melden bij Veilig Thuis; de cliënt is vooraf geïnformeerd.",
            MeldenBijVeiligThuis = true, VeiligThuisGemeldOp = start.AddDays(10), AfgeslotenOp = start.AddDays(40),
            GeregistreerdDoor = Door, GeregistreerdOp = Amsterdam.StartOf(start).AddHours(10),
        });
        var tweede = vandaag.AddDays(-9);
        db.Add(new MeldcodeCasus
        {
            AanbiederId = linde.Id,
            Signalen = "Kind van een cliënt komt regelmatig zonder ontbijt en in te dunne kleding naar de dagbesteding.",
            Stap1Datum = tweede, Stap1Notitie = "Waarnemingen van twee begeleiders vastgelegd.",
            Stap2Datum = tweede.AddDays(1), Stap2Notitie = "Besproken met de aandachtsfunctionaris.",
            Stap3Datum = tweede.AddDays(7), Stap3Notitie = "Gesprek met de ouder gepland en gevoerd; vervolg afgesproken.",
            GeregistreerdDoor = Door, GeregistreerdOp = Amsterdam.StartOf(tweede).AddHours(14),
        });
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
