using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Personeel;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Verplichtingen;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>Demo staff (issue 14): for each demo aanbieder with toewijzingen a few people with a VOG that every contract of the
/// demo accepts (screening profile 45 with risk areas 08 and 12, assessed by the gemeente, renewed every January), the fixed worker
/// and deputy of some running toewijzingen, and at De Linde one person whose VOG was never renewed (Gerrit Mulder: expired under
/// DEV-Eis18-d and BSD-40a). The events the register stores (<c>indiensttreding</c>, <c>vog-afgegeven</c>, <c>vog-beoordeeld</c>)
/// are added under each contract of the aanbieder, so the renewal terms show on Verplichtingen.</summary>
public static class DemoPersoneel
{
    private const string Door = "demodata";

    /// <summary>The person at De Linde whose VOG has expired (the Playwright flow tries to make them a fixed worker).</summary>
    public const string VerlopenVog = "Gerrit Mulder";

    private sealed record Persoon(string Naam, string Functie, int JarenInDienst, Kwalificatieniveau Niveau, string Diplomanummer, bool VogVerlopen = false);

    private static readonly Dictionary<string, Persoon[]> PerAanbieder = new()
    {
        ["75750101"] =
        [
            new("Sanne Bakker", "Persoonlijk begeleider", 4, Kwalificatieniveau.Mbo4, "MZ-2017-2231"),
            new("Youssef El Amrani", "Ambulant begeleider", 2, Kwalificatieniveau.Hbo, "SPH-2019-0871"),
            new("Marieke de Wit", "Begeleider", 1, Kwalificatieniveau.Mbo3, "MZ-2021-5510"),
            new(VerlopenVog, "Persoonlijk begeleider", 6, Kwalificatieniveau.Mbo4, "MZ-2012-0345", VogVerlopen: true),
        ],
        ["75750202"] =
        [
            new("Fatma Yilmaz", "Ambulant begeleider", 3, Kwalificatieniveau.Hbo, "SPH-2016-4410"),
            new("Johan Smit", "Persoonlijk begeleider", 2, Kwalificatieniveau.Mbo4, "MZ-2018-7702"),
        ],
        ["75750303"] =
        [
            new("Lotte Hendriks", "Begeleider specifieke doelgroepen", 3, Kwalificatieniveau.Mbo4, "MZ-2019-3321"),
            new("Daan Visser", "Gedragsdeskundige", 5, Kwalificatieniveau.Hbo, "SKJ-110234"),
        ],
    };

    private static readonly Dictionary<string, string> Producten = new()
    {
        ["deventer-wmo-2023"] = "PO-B", ["voorne-aan-zee-ib"] = "IB-BASIS", ["gooi-vechtstreek-bsd"] = "BSD-MBO4",
    };

    public static void Add(MaatwerkDbContext db, ContractProfileCatalog catalogus, DemoData.Basis basis, DateOnly vandaag)
    {
        foreach (var aanbieder in basis.Aanbieders.Where(a => a.AgbCode is not null && PerAanbieder.ContainsKey(a.AgbCode)))
        {
            var contracten = basis.Contracten.Where(c => c.AanbiederId == aanbieder.Id).ToList();
            var producten = string.Join(",", contracten.Select(c => Producten.GetValueOrDefault(c.ProfielId)).OfType<string>().Distinct());
            var mensen = PerAanbieder[aanbieder.AgbCode!].Select(p => Add(db, catalogus, aanbieder, contracten, p, producten, vandaag)).ToList();
            var geldig = mensen.Where(m => m.Naam != VerlopenVog).ToList();
            var lopend = db.Toewijzingen.Local.Where(t => contracten.Any(c => c.Id == t.ContractId) && t.Status == ToewijzingStatus.Gestart)
                .OrderBy(t => t.ToewijzingNummer).Take(4).ToList();
            for (var i = 0; i < lopend.Count; i++)
            {
                var vast = geldig[i % geldig.Count];
                var vervanger = geldig[(i + 1) % geldig.Count];
                db.Add(new VasteMedewerker
                {
                    AanbiederId = aanbieder.Id, ToewijzingId = lopend[i].Id, MedewerkerId = vast.Id, VervangerId = vervanger.Id == vast.Id ? null : vervanger.Id,
                    Vanaf = Max(lopend[i].Ingangsdatum, vast.InDienst), GeregistreerdDoor = Door, GeregistreerdOp = Amsterdam.StartOf(vandaag.AddDays(-30)),
                });
            }
        }
    }

    private static Medewerker Add(MaatwerkDbContext db, ContractProfileCatalog catalogus, Organisatie aanbieder, List<Contract> contracten, Persoon p,
        string producten, DateOnly vandaag)
    {
        var inDienst = new DateOnly(vandaag.Year - p.JarenInDienst, 3, 1);
        var medewerker = new Medewerker
        {
            AanbiederId = aanbieder.Id, Naam = p.Naam, Functie = p.Functie, InDienst = inDienst, Productcodes = producten, Niveau = p.Niveau,
            Diploma = p.Niveau == Kwalificatieniveau.Hbo ? "HBO Social Work" : $"MBO {(int)p.Niveau} Maatschappelijke zorg",
            Diplomanummer = p.Diplomanummer.StartsWith("SKJ", StringComparison.Ordinal) ? null : p.Diplomanummer,
            Registratienummer = p.Diplomanummer.StartsWith("SKJ", StringComparison.Ordinal) ? p.Diplomanummer : null,
            GeregistreerdDoor = Door, GeregistreerdOp = Amsterdam.StartOf(inDienst),
        };
        db.Add(medewerker);
        void Event(string soort, DateOnly datum)
        {
            foreach (var contract in contracten)
                if (catalogus.Find(contract.ProfielId, contract.ProfielVersie) is { } profiel)
                    OnderwerpGebeurtenissen.Add(db, profiel, contract, new Onderwerp(PersoneelGebeurtenis.Onderwerp, medewerker.Id.ToString()), null, soort,
                        Amsterdam.StartOf(datum), medewerker.Naam, Door);
        }
        Event(PersoneelGebeurtenis.Indiensttreding, inDienst);
        // The VOG at the start: issued a month before (within every contract's maximum age, IB-9b/BSD-39 3 months).
        AddVog(db, medewerker, inDienst.AddMonths(-1), Event);
        // Renewed every January (IB-9c every 12 months, so every contract is met) — except the person whose VOG has expired
        // (DEV-Eis18-d, BSD-40a 36 months).
        if (!p.VogVerlopen)
            for (var jaar = inDienst.Year + 1; jaar <= vandaag.Year; jaar++)
                AddVog(db, medewerker, new DateOnly(jaar, 1, 15), Event);
        return medewerker;
    }

    private static void AddVog(MaatwerkDbContext db, Medewerker medewerker, DateOnly afgifte, Action<string, DateOnly> evenement)
    {
        var beoordeeld = afgifte.AddDays(7);
        db.Add(new Vog
        {
            MedewerkerId = medewerker.Id, Afgiftedatum = afgifte, Nummer = $"VOG-{afgifte:yyyyMMdd}-{medewerker.Naam[..1]}{medewerker.Naam.Length:D2}",
            Screeningsprofiel = "45", Risicogebieden = "08,12", BeoordeeldDoorGemeenteOp = beoordeeld, GeregistreerdDoor = Door,
            GeregistreerdOp = Amsterdam.StartOf(afgifte),
        });
        evenement(PersoneelGebeurtenis.VogAfgegeven, afgifte);
        evenement(PersoneelGebeurtenis.VogBeoordeeld, beoordeeld);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
