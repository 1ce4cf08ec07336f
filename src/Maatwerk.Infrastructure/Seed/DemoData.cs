using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>Dutch demo data: real CBS gemeentecodes, invented people and addresses, test BSNs (999…, elfproef-valid).</summary>
public static class DemoData
{
    public const string Wachtwoord = "Maatwerk-demo-2026";

    public sealed record DemoLogin(string Email, Rol Rol, string Organisatie);

    public static IReadOnlyList<DemoLogin> Logins { get; } =
    [
        new("consulent@deventer.demo", Rol.Consulent, "Gemeente Deventer"),
        new("contractmanager@deventer.demo", Rol.Contractmanager, "Gemeente Deventer"),
        new("declaraties@deventer.demo", Rol.Declaratiebeoordelaar, "Gemeente Deventer"),
        new("toezicht@deventer.demo", Rol.Toezichthouder, "Gemeente Deventer"),
        new("beheer@deventer.demo", Rol.Beheerder, "Gemeente Deventer"),
        new("consulent@gooivecht.demo", Rol.Consulent, "Regio Gooi en Vechtstreek"),
        new("consulent@voorneaanzee.demo", Rol.Consulent, "Gemeente Voorne aan Zee"),
        new("administratie@delinde.demo", Rol.Administratie, "Zorggroep De Linde"),
        new("begeleider@delinde.demo", Rol.Begeleider, "Zorggroep De Linde"),
        new("kwaliteit@delinde.demo", Rol.Kwaliteit, "Zorggroep De Linde"),
        new("administratie@opmaat.demo", Rol.Administratie, "Begeleiding Op Maat B.V."),
        new("administratie@samenverder.demo", Rol.Administratie, "Stichting Samen Verder"),
        new("administratie@kompas.demo", Rol.Administratie, "Cliëntondersteuning Kompas"),
        new("begeleider@kompas.demo", Rol.Begeleider, "Cliëntondersteuning Kompas"),
        new("contractmanager@voorneaanzee.demo", Rol.Contractmanager, "Gemeente Voorne aan Zee"),
    ];

    public static bool IsEmpty(MaatwerkDbContext db) => !db.Organisaties.Any();

    /// <summary>The demo organisations and contracts: the base of the demo data and of the generator
    /// (<c>maatwerk demo genereer</c>). <see cref="WoonGemeenten"/> are the gemeenten where clients live.</summary>
    public sealed record Basis(Organisatie Deventer, Organisatie Voorne, Organisatie Regio, IReadOnlyList<Organisatie> RegioLeden,
        IReadOnlyList<Organisatie> Aanbieders, IReadOnlyList<Contract> Contracten)
    {
        public IReadOnlyList<Organisatie> WoonGemeenten => [Deventer, Voorne, .. RegioLeden];

        /// <summary>The contracts a client of <paramref name="gemeente"/> can get support under: the gemeente's own and its region's.</summary>
        public IReadOnlyList<Contract> ContractenFor(Organisatie gemeente) =>
            Contracten.Where(c => c.OpdrachtgeverId == gemeente.Id || c.OpdrachtgeverId == gemeente.RegioId).ToList();
    }

    /// <summary>Fills an empty database; every date is relative to today in Amsterdam on <paramref name="klok"/>. The demo
    /// toewijzingen are replayed through the aggregate's own steps (<see cref="DemoKeten"/>).</summary>
    public static void Seed(MaatwerkDbContext db, ContractProfileCatalog catalogus, TimeProvider klok)
    {
        var vandaag = Common.Amsterdam.Today(klok);
        var basis = AddBase(db);
        var (deventer, voorne, regioLeden, contracten) = (basis.Deventer, basis.Voorne, basis.RegioLeden, basis.Contracten);

        var random = new Random(2026);
        var bsns = TestBsns().GetEnumerator();
        Organisatie[] woonGemeenten = [deventer, deventer, deventer, voorne, voorne, .. regioLeden];
        // The demo's contracts have been on the platform since the start of last month, so last month's end is a period
        // event with its obligations (e.g. DEV-Art8.1: declare it within 30 days).
        var sindsVorigeMaand = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-1);
        db.AddRange(contracten.Select(c => new Verplichtingen.PeriodeTracking { ContractId = c.Id, Vanaf = sindsVorigeMaand }));
        db.SaveChanges();
        var keten = new DemoKeten(db, catalogus, klok);
        var oco = new Random(15); // the OCO demo's own draws, so the rest of the demo data stays as it was
        var nummer = 1;
        for (var i = 0; i < 48; i++)
        {
            bsns.MoveNext();
            var gemeente = woonGemeenten[i % woonGemeenten.Length];
            var client = NewClient(random, bsns.Current, gemeente, vandaag);
            db.Clienten.Add(client);
            var mogelijk = contracten.Where(c => c.OpdrachtgeverId == gemeente.Id || c.OpdrachtgeverId == gemeente.RegioId).ToArray();
            var contract = mogelijk[random.Next(mogelijk.Length)];
            if (contract.ProfielId == "oco")
            {
                // OCO works without toewijzingen: a resident's question (melding) with its contacts, appointments and
                // trajectory is its own subject (OCO-3.15, OCO-2.7; issue 15).
                DemoClientondersteuning.AddForClient(db, client, contract, random, oco, vandaag);
                continue;
            }
            var einde = (DemoKeten.Einde)(i % 5);
            var ingang = einde is DemoKeten.Einde.Gestart or DemoKeten.Einde.Gestopt ? vandaag.AddDays(-random.Next(100, 300)) : vandaag.AddDays(random.Next(-20, 15));
            var toewijzingsdatum = Min(ingang.AddDays(-random.Next(3, 20)), vandaag);
            var product = DemoProducten[contract.ProfielId];
            var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie)!;
            var eenheid = profiel.FindProduct(product)?.IWmoEenheid ?? "01";
            var volume = random.Next(1, 8) * (eenheid == "01" ? 60 : 1);
            var beschikking = DemoKeten.Beschikking(client.Id, $"{vandaag.Year % 100:D2}{nummer:D6}", toewijzingsdatum, ingang, ingang.AddMonths(12).AddDays(-1), product, volume, eenheid);
            db.Beschikkingen.Add(beschikking);
            keten.Play(new NewToewijzing
            {
                Nummer = $"{vandaag.Year % 100:D2}{nummer++:D6}", ClientId = client.Id, Contract = contract, Profiel = profiel,
                Productcode = product, Toewijzingsdatum = toewijzingsdatum, Ingangsdatum = ingang, Einddatum = beschikking.Einddatum,
                Omvang = new Omvang(volume, eenheid, "2"), Spoed = i % 11 == 0, Beschikking = beschikking,
            }, client, gemeente, basis.Aanbieders.First(o => o.Id == contract.AanbiederId), einde, random);
        }
        foreach (var contract in contracten)
            db.Gebeurtenissen.AddRange(DemoGebeurtenissen.ForContract(contract, random, vandaag));
        var linde = basis.Aanbieders.First(o => o.Naam == "Zorggroep De Linde");
        foreach (var contract in contracten.Where(c => c.OpdrachtgeverId == deventer.Id && c.AanbiederId == linde.Id))
            db.AddRange(DemoVerantwoording.For(contract, vandaag, deventer.Gemeentecode ?? ""));
        if (contracten.FirstOrDefault(c => c.OpdrachtgeverId == deventer.Id && c.AanbiederId == linde.Id && c.ProfielId == "deventer-wmo-2023") is { } lindeDeventer)
        {
            var verzoeken = DemoVerzoeken.For(lindeDeventer, deventer, vandaag).ToList();
            db.Verzoeken.AddRange(verzoeken);
            DemoVerzoeken.SendBerichten(new Berichten.BerichtenService(db, klok, catalogus), catalogus, lindeDeventer, linde, deventer, verzoeken);
        }
        foreach (var contract in contracten.Where(c => c.ProfielId == "oco"))
            DemoClientondersteuning.AddExtra(db, contract, contract.OpdrachtgeverId, oco, vandaag, 14);
        var opMaat = basis.Aanbieders.Single(a => a.AgbCode == "75750202");
        db.AddRange(DemoBetalingen.For(deventer, opMaat, klok.GetUtcNow()));
        var opMaatDeventer = contracten.First(c => c.OpdrachtgeverId == deventer.Id && c.AanbiederId == opMaat.Id);
        if (db.Toewijzingen.Local.FirstOrDefault(t => t.ContractId == opMaatDeventer.Id) is { } toewijzing)
            db.AddRange(DemoUploadEnMotivering.WachtOpMotivering(deventer, opMaat, catalogus.Find(opMaatDeventer.ProfielId, opMaatDeventer.ProfielVersie)!,
                DemoBetalingen.GeslotenJaar, db.Clienten.Local.First(c => c.Id == toewijzing.ClientId).Bsn, toewijzing.ToewijzingNummer));
        var samenVerder = basis.Aanbieders.Single(a => a.AgbCode == "75750303");
        db.AddRange(DemoUploadEnMotivering.Upload(contracten.First(c => c.AanbiederId == samenVerder.Id), samenVerder, basis.RegioLeden, vandaag));
        DemoKlachten.Add(db, catalogus, basis, vandaag);
        DemoPersoneel.Add(db, catalogus, basis, vandaag);
        DemoErvaringsonderzoek.Add(db, catalogus, basis, vandaag);
        DemoMeldcode.Add(db, basis, vandaag);
        DemoOrganisatiebewijzen.Add(db, catalogus, basis, vandaag);
        DemoJaarrekeningen.Add(db, basis, vandaag);
        db.SaveChanges();
        foreach (var contract in contracten.Where(c => c.ProfielId == "oco" && c.OpdrachtgeverId == voorne.Id))
            DemoClientondersteuning.AddFacturen(db, contract, vandaag);
        db.SaveChanges();
    }

    /// <summary>Adds the demo organisations, contracts and users (not yet saved).</summary>
    public static Basis AddBase(MaatwerkDbContext db)
    {
        var deventer = Gemeente("Gemeente Deventer", "0150");
        var voorne = Gemeente("Gemeente Voorne aan Zee", "1992");
        var regio = new Organisatie { Naam = "Regio Gooi en Vechtstreek", Soort = OrganisatieSoort.Regio };
        var regioLeden = new[]
        {
            Gemeente("Gemeente Hilversum", "0402", regio), Gemeente("Gemeente Gooise Meren", "1942", regio),
            Gemeente("Gemeente Huizen", "0406", regio), Gemeente("Gemeente Blaricum", "0376", regio),
            Gemeente("Gemeente Laren", "0417", regio), Gemeente("Gemeente Wijdemeren", "1696", regio),
        };
        // Fictitious KvK numbers; a B.V. and the zorggroep are jaarrekeningplichtig, the small stichting files a jaarverslag
        // (IB-46c) and Kompas has not been recorded (it chooses when it files).
        var linde = Aanbieder("Zorggroep De Linde", "75750101", "90000101", true);
        var opMaat = Aanbieder("Begeleiding Op Maat B.V.", "75750202", "90000202", true);
        var samenVerder = Aanbieder("Stichting Samen Verder", "75750303", "90000303", false);
        var kompas = Aanbieder("Cliëntondersteuning Kompas", "75750404", "90000404", null);
        db.Organisaties.AddRange([deventer, voorne, regio, .. regioLeden, linde, opMaat, samenVerder, kompas]);

        var start2023 = new DateOnly(2023, 1, 1);
        var contracten = new[]
        {
            Contract("Raamovereenkomst Wmo-maatwerk Deventer 2023 — De Linde", deventer, linde, "deventer-wmo-2023", start2023),
            Contract("Raamovereenkomst Wmo-maatwerk Deventer 2023 — Op Maat", deventer, opMaat, "deventer-wmo-2023", start2023),
            Contract("Individuele begeleiding Voorne aan Zee — Op Maat", voorne, opMaat, "voorne-aan-zee-ib", new DateOnly(2024, 1, 1)),
            Contract("Begeleiding specifieke doelgroepen Gooi en Vechtstreek — Samen Verder", regio, samenVerder, "gooi-vechtstreek-bsd", new DateOnly(2024, 1, 1)),
            Contract("Begeleiding specifieke doelgroepen Gooi en Vechtstreek — De Linde", regio, linde, "gooi-vechtstreek-bsd", new DateOnly(2024, 1, 1)),
            Contract("Onafhankelijke cliëntondersteuning Voorne aan Zee — Kompas", voorne, kompas, "oco", new DateOnly(2025, 1, 1)),
        };
        db.Contracten.AddRange(contracten);

        var hasher = new PasswordHasher<Gebruiker>();
        var orgs = new[] { deventer, voorne, regio, linde, opMaat, samenVerder, kompas }.ToDictionary(o => o.Naam);
        foreach (var login in Logins)
        {
            var gebruiker = new Gebruiker
            {
                Email = login.Email, Naam = NameFor(login), OrganisatieId = orgs[login.Organisatie].Id, Rol = login.Rol,
            };
            gebruiker.WachtwoordHash = hasher.HashPassword(gebruiker, Wachtwoord);
            db.Gebruikers.Add(gebruiker);
        }
        return new Basis(deventer, voorne, regio, regioLeden, [linde, opMaat, samenVerder, kompas], contracten);
    }

    /// <summary>A product of each contract profile (contracts/*.yaml) for the demo toewijzingen.</summary>
    private static readonly Dictionary<string, string> DemoProducten = new()
    {
        ["deventer-wmo-2023"] = "PO-B", ["voorne-aan-zee-ib"] = "IB-BASIS", ["gooi-vechtstreek-bsd"] = "BSD-MBO4",
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static Organisatie Gemeente(string naam, string code, Organisatie? regio = null) =>
        new() { Naam = naam, Soort = OrganisatieSoort.Gemeente, Gemeentecode = code, RegioId = regio?.Id };

    private static Organisatie Aanbieder(string naam, string agb, string kvk, bool? jaarrekeningplichtig) =>
        new() { Naam = naam, Soort = OrganisatieSoort.Aanbieder, AgbCode = agb, KvkNummer = kvk, Jaarrekeningplichtig = jaarrekeningplichtig };

    private static Contract Contract(string naam, Organisatie opdrachtgever, Organisatie aanbieder, string profiel, DateOnly ingang) =>
        new()
        {
            Naam = naam, OpdrachtgeverId = opdrachtgever.Id, AanbiederId = aanbieder.Id, ProfielId = profiel,
            ProfielVersie = 1, Ingangsdatum = ingang,
        };

    /// <summary>Every demo account is its own person (issue 13: two consulenten of different gemeenten are not the same
    /// person).</summary>
    private static readonly Dictionary<string, string> DemoNamen = new()
    {
        ["consulent@deventer.demo"] = "Fatima el Amrani",
        ["contractmanager@deventer.demo"] = "Joost van der Meer",
        ["declaraties@deventer.demo"] = "Ingrid Bakker",
        ["toezicht@deventer.demo"] = "Ruud Hendriks",
        ["beheer@deventer.demo"] = "Sanne de Wit",
        ["consulent@gooivecht.demo"] = "Martijn Verhoef",
        ["consulent@voorneaanzee.demo"] = "Esther Kok",
        ["administratie@delinde.demo"] = "Priya Ramdin",
        ["begeleider@delinde.demo"] = "Thomas Jansen",
        ["kwaliteit@delinde.demo"] = "Marieke Visser",
        ["administratie@opmaat.demo"] = "Kevin Boateng",
        ["administratie@samenverder.demo"] = "Linda Schouten",
        ["administratie@kompas.demo"] = "Yusuf Demir",
        ["begeleider@kompas.demo"] = "Anouk van Dijk",
        ["contractmanager@voorneaanzee.demo"] = "Pieter Groenewegen",
    };

    private static string NameFor(DemoLogin login) => DemoNamen.GetValueOrDefault(login.Email, login.Email);

    /// <summary>Elfproef-valid numbers from the 999… range that is reserved for testing.</summary>
    public static IEnumerable<string> TestBsns()
    {
        for (var n = 999_990_001; n < 999_999_999; n++)
        {
            var s = n.ToString("D9");
            if (Bsn.PassesElfproef(s))
                yield return s;
        }
    }

    private static readonly string[] Voornamen = ["Anna", "Bram", "Cor", "Daan", "Els", "Fenna", "Gert", "Hanneke", "Ilse", "Jan", "Kees", "Lotte", "Mohamed", "Noor", "Oscar", "Petra", "Rik", "Saskia", "Tineke", "Wim", "Yusuf", "Zeynep"];
    private static readonly (string? Tussen, string Achter)[] Achternamen = [(null, "Bosman"), ("de", "Vries"), ("van", "Dijk"), (null, "Smit"), ("van den", "Berg"), (null, "Mulder"), ("de", "Groot"), (null, "Kuipers"), (null, "Yilmaz"), ("van", "Leeuwen"), (null, "Brouwer"), ("ter", "Horst")];
    private static readonly string[] Straten = ["Lindenlaan", "Kerkstraat", "Molenweg", "Dorpsstraat", "Wilhelminastraat", "Beukenhof", "Stationsweg", "Havenkade"];

    private static Client NewClient(Random random, string bsn, Organisatie gemeente, DateOnly vandaag)
    {
        var (tussen, achter) = Achternamen[random.Next(Achternamen.Length)];
        return new Client
        {
            Bsn = bsn,
            Voornamen = Voornamen[random.Next(Voornamen.Length)],
            Tussenvoegsel = tussen,
            Achternaam = achter,
            Geboortedatum = vandaag.AddYears(-random.Next(19, 92)).AddDays(-random.Next(365)),
            Straat = Straten[random.Next(Straten.Length)],
            Huisnummer = random.Next(1, 180).ToString(),
            Postcode = $"{random.Next(1000, 9999)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}",
            Woonplaats = gemeente.Naam.Replace("Gemeente ", ""),
            Telefoon = $"06{random.Next(10000000, 99999999)}",
            GemeenteId = gemeente.Id,
        };
    }
}
