using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Klachten;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Infrastructure.Data;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>Demo data of the OCO provider (Cliëntondersteuning Kompas, issue 15): residents' questions with contacts,
/// appointments, trajectories, referrals, help obtained and the odd complaint, and the events they stand for
/// (<see cref="MeldingGebeurtenissen"/>), so the engine computes OCO-3.15, OCO-3.16a/b, OCO-3.17 and OCO-2.7 — mostly met,
/// some open, a few late (the OCO-2.17 breach list is not empty).</summary>
public static class DemoClientondersteuning
{
    public const string Begeleider = "begeleider@kompas.demo";
    public const string Coordinator = "administratie@kompas.demo";

    private static readonly string[] Verwijzers = ["Huisarts Brielle", "Wijkteam Hellevoetsluis", "Sociaal raadslid", "Welzijnswerk Voorne"];
    private static readonly string[] Naar = ["Schuldhulpverlening Voorne aan Zee", "Wmo-loket gemeente", "Juridisch Loket", "Mantelzorgsteunpunt", "MEE Rotterdam Rijnmond"];
    private static readonly string[] Vragen =
    [
        "Wil hulp bij de keukentafelgesprek-voorbereiding voor een scootmobiel.", "Betalingsachterstand huur, brief van de verhuurder ontvangen.",
        "Bezwaar tegen beschikking huishoudelijke ondersteuning.", "Zoekt dagbesteding voor vader met beginnende dementie.",
        "Vragen over Wlz-indicatie voor moeder.", "Overbelaste mantelzorger, zoekt respijtzorg.",
    ];

    /// <summary>A melding for a demo client; draws from <paramref name="random"/> exactly as the former event-only demo
    /// melding did (received day, whether and when contact followed), so the rest of the demo data stays the same; all
    /// other choices come from <paramref name="extra"/>.</summary>
    public static void AddForClient(MaatwerkDbContext db, Domain.Clienten.Client client, Contract contract, Random random, Random extra, DateOnly vandaag)
    {
        var ontvangen = vandaag.AddDays(-random.Next(1, 60));
        DateOnly? contact = random.Next(4) > 0 && ontvangen.AddDays(3) <= vandaag ? ontvangen.AddDays(random.Next(1, 4)) : null;
        Add(db, contract, client.GemeenteId, extra, vandaag, ontvangen, contact, client.VolledigeNaam, client.Bsn, client.Telefoon);
    }

    /// <summary>More questions for the OCO contract's gemeente: anonymous ones, urgent triage, referrals.</summary>
    public static void AddExtra(MaatwerkDbContext db, Contract contract, Guid gemeenteId, Random extra, DateOnly vandaag, int aantal)
    {
        for (var i = 0; i < aantal; i++)
        {
            var ontvangen = vandaag.AddDays(-extra.Next(0, 150));
            DateOnly? contact = extra.Next(5) > 0 && ontvangen.AddDays(2) <= vandaag ? ontvangen.AddDays(extra.Next(0, 3)) : null;
            var anoniem = extra.Next(3) == 0;
            Add(db, contract, gemeenteId, extra, vandaag, ontvangen, contact, anoniem ? null : $"{(extra.Next(2) == 0 ? "Mevrouw" : "Meneer")} {Namen[extra.Next(Namen.Length)]}", null, null);
        }
    }

    private static readonly string[] Namen = ["El Idrissi", "Van der Wal", "Hoogendoorn", "Verhoef", "Kraaijeveld", "Bakker", "De Jong", "Çelik"];

    private static void Add(MaatwerkDbContext db, Contract contract, Guid gemeenteId, Random r, DateOnly vandaag, DateOnly ontvangen, DateOnly? contactDag,
        string? naam, string? bsn, string? telefoon)
    {
        DateTimeOffset Op(DateOnly d, int uur, int minuut = 0) => Amsterdam.ToUtc(d.ToDateTime(new TimeOnly(uur, minuut)));
        var nu = Op(vandaag, 9, 0);
        var medewerker = r.Next(3) == 0 ? Coordinator : Begeleider;
        var kanaal = (Kanaal)r.Next(1, 7);
        var domeinen = Melding.Levensdomeinen.Keys.OrderBy(_ => r.Next()).Take(r.Next(1, 3)).ToList();
        var melding = new Melding
        {
            AanbiederId = contract.AanbiederId, ContractId = contract.Id, GemeenteId = gemeenteId, Anoniem = naam is null, Inwoner = naam,
            Bsn = naam is null || r.Next(2) == 0 ? null : bsn, Contactgegevens = naam is null ? null : telefoon, OntvangenOp = Op(ontvangen, 10),
            Kanaal = kanaal, Verwijzer = kanaal == Kanaal.Verwijzer || r.Next(4) == 0 ? Verwijzers[r.Next(Verwijzers.Length)] : null,
            Levensdomein = string.Join(',', domeinen), Complex = r.Next(4) == 0, Vraag = Vragen[r.Next(Vragen.Length)],
            Medewerker = medewerker, GeregistreerdDoor = medewerker, GeregistreerdOp = Op(ontvangen, 10, 5),
        };
        if (r.Next(8) == 0)
            (melding.Spoed, melding.TriageOp) = (true, Op(ontvangen, 10, 30));
        db.Add(melding);
        var contacten = new List<Contactmoment>();
        var afspraken = new List<Afspraak>();
        if (contactDag is { } cd && Op(cd, 14) <= nu)
        {
            var eenmalig = r.Next(3) == 0;
            contacten.Add(new Contactmoment
            {
                MeldingId = melding.Id, Moment = Op(cd, 14), Medewerker = medewerker, Soort = eenmalig ? Contactsoort.InformatieAdvies : Contactsoort.Trajectcontact,
                Activiteit = Activiteit.Verhelderen, SubActiviteit = eenmalig ? "informatie-advies" : "levensdomeinen", MetVerwijzer = melding.Verwijzer is not null && r.Next(2) == 0,
                Locatie = Locatie.TelefoonOfOnline, GeregistreerdDoor = medewerker, GeregistreerdOp = Op(cd, 14, 30),
            });
            if (eenmalig)
            {
                if (r.Next(5) > 0)
                    (melding.HulpVerkregenOp, melding.Tevredenheid) = (cd, r.Next(6, 11));
            }
            else
            {
                var afspraakDag = cd.AddDays(r.Next(2, 14));
                var gehouden = Op(afspraakDag, 11) <= nu;
                afspraken.Add(new Afspraak
                {
                    MeldingId = melding.Id, GeplandOp = Op(afspraakDag, 11), Medewerker = medewerker, Locatie = r.Next(2) == 0 ? Locatie.Thuis : Locatie.Kantoor,
                    Status = gehouden ? AfspraakStatus.Gehouden : AfspraakStatus.Gepland, GeregistreerdDoor = medewerker, GeregistreerdOp = Op(cd, 14, 30),
                });
                if (gehouden && r.Next(4) > 0)
                    melding.HulpVerkregenOp = afspraakDag; // help obtained at the first appointment (reading of OCO-2.7 in §1.2)
                if (gehouden && r.Next(3) > 0)
                    AddTraject(db, melding, contacten, r, vandaag, afspraakDag, medewerker, Op);
            }
        }
        if (r.Next(12) == 0 && ontvangen.AddDays(5) <= vandaag)
        {
            // A complaint in the complaints register, linked to the question (OCO-4.7 j–l).
            var klacht = new Klacht
            {
                AanbiederId = contract.AanbiederId, ContractId = contract.Id, OpdrachtgeverId = contract.OpdrachtgeverId, Ontvangen = Op(ontvangen.AddDays(3), 11),
                Indiener = melding.Naam, Omschrijving = "Ontevreden over hoe lang het duurde voordat er werd teruggebeld.",
                GeregistreerdDoor = Coordinator, GeregistreerdOp = Op(ontvangen.AddDays(3), 11, 30),
            };
            if (ontvangen.AddDays(5) <= vandaag.AddDays(-1))
                (klacht.BevestigdOp, klacht.AfgehandeldOp, klacht.Afhandeling) = (Op(ontvangen.AddDays(3), 12), Op(ontvangen.AddDays(5), 15),
                    "Excuses aangeboden; terugbellen binnen één werkdag afgesproken.");
            db.Add(klacht);
            db.Add(new MeldingKlacht { MeldingId = melding.Id, KlachtId = klacht.Id, GekoppeldDoor = Coordinator, GekoppeldOp = klacht.GeregistreerdOp });
        }
        db.AddRange(contacten);
        db.AddRange(afspraken);
        foreach (var g in MeldingGebeurtenissen.For(melding, contacten, afspraken, Amsterdam.StartOf))
            db.Gebeurtenissen.Add(new ContractGebeurtenis
            {
                ContractId = contract.Id, GemeenteId = gemeenteId, OnderwerpSoort = Melding.Onderwerp, OnderwerpId = melding.Id, Soort = g.Soort, Moment = g.Moment, Spoed = g.Spoed,
                GeregistreerdDoor = "demodata",
            });
    }

    private static void AddTraject(MaatwerkDbContext db, Melding melding, List<Contactmoment> contacten, Random r, DateOnly vandaag, DateOnly start,
        string medewerker, Func<DateOnly, int, int, DateTimeOffset> op)
    {
        var weken = r.Next(4, 9);
        var traject = new Traject
        {
            MeldingId = melding.Id, Startdatum = start, VerwachteDuurWeken = weken, GeplandeEinddatum = start.AddDays(7 * weken), Medewerker = medewerker,
            GeregistreerdDoor = medewerker, GeregistreerdOp = op(start, 12, 0),
        };
        db.Add(traject);
        for (var dag = start.AddDays(7); dag < vandaag && dag <= traject.GeplandeEinddatum; dag = dag.AddDays(7 + r.Next(0, 7)))
            contacten.Add(new Contactmoment
            {
                MeldingId = melding.Id, Moment = op(dag, 13, 0), Medewerker = medewerker, Soort = Contactsoort.Trajectcontact,
                Activiteit = (Activiteit)r.Next(2, 5), Locatie = (Locatie)r.Next(1, 5), Multidisciplinair = r.Next(6) == 0,
                GeregistreerdDoor = medewerker, GeregistreerdOp = op(dag, 15, 0),
            });
        if (r.Next(2) == 0)
            db.Add(new Verwijzing { MeldingId = melding.Id, Naar = Naar[r.Next(Naar.Length)], Datum = Min(start.AddDays(r.Next(3, 20)), vandaag), GeregistreerdDoor = medewerker });
        var eind = traject.GeplandeEinddatum.AddDays(r.Next(-7, 8));
        if (eind < vandaag && eind >= start)
        {
            var reden = r.Next(8) == 0 ? Afsluitreden.AndereAanbieder : Afsluitreden.VraagBeantwoord;
            traject.Close(eind, reden, null, reden == Afsluitreden.VraagBeantwoord, reden == Afsluitreden.VraagBeantwoord && r.Next(5) > 0, vandaag);
            if (reden == Afsluitreden.VraagBeantwoord)
                melding.HulpVerkregenOp ??= eind;
            melding.Tevredenheid = r.Next(5, 11);
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Two invoices of the OCO provider to the contract's gemeente from the saved demo contacts (OCO-6.1a): the month
    /// before last submitted on the 5th of last month (<c>factuur-ingediend</c> on each melding on it, meeting OCO-6.1c), last
    /// month stored as a draft (opgesteld) on the 3rd of this month. The contacts are weeks old, so OCO-6.1c leaves none out.</summary>
    public static void AddFacturen(MaatwerkDbContext db, Contract contract, DateOnly vandaag)
    {
        DateTimeOffset Op(DateOnly d, int uur) => Amsterdam.ToUtc(d.ToDateTime(new TimeOnly(uur, 0)));
        var meldingen = db.Set<Melding>().Where(m => m.ContractId == contract.Id && m.GemeenteId == contract.OpdrachtgeverId).Select(m => m.Id).ToList();
        var contacten = db.Set<Contactmoment>().Where(c => meldingen.Contains(c.MeldingId)).ToList();
        var geregistreerd = contacten.Select(c => c.Id).ToHashSet();
        var dezeMaand = new DateOnly(vandaag.Year, vandaag.Month, 1);
        var nummers = new List<string>();
        foreach (var (van, ingediend) in new[] { (dezeMaand.AddMonths(-2), true), (dezeMaand.AddMonths(-1), false) })
        {
            var tot = van.AddMonths(1).AddDays(-1);
            var opgesteld = ingediend ? Op(van.AddMonths(1).AddDays(2), 9) : Op(dezeMaand.AddDays(2), 9);
            var specificatie = Facturatie.Build(contacten, van, tot, OcoScope.Day, _ => Domain.Declaraties.Declaratietermijnen.Geen, vandaag);
            var (factuur, _) = Factuuropslag.Maak(specificatie, [], geregistreerd, () => new OcoFactuur
            {
                Nummer = OcoFactuur.NextNummer(opgesteld.Year, nummers), ContractId = contract.Id, AanbiederId = contract.AanbiederId,
                GemeenteId = contract.OpdrachtgeverId, Status = OcoFactuurStatus.Opgesteld, OpgesteldOp = opgesteld, OpgesteldDoor = Coordinator,
            });
            if (factuur is null || opgesteld > Op(vandaag, 9))
                continue;
            nummers.Add(factuur.Nummer);
            db.Add(factuur);
            if (!ingediend)
                continue;
            var moment = Op(van.AddMonths(1).AddDays(4), 10);
            factuur.Indienen(moment, Coordinator);
            foreach (var melding in factuur.Regels.Select(r => r.MeldingId).Distinct())
                db.Gebeurtenissen.Add(new ContractGebeurtenis
                {
                    ContractId = contract.Id, GemeenteId = factuur.GemeenteId, OnderwerpSoort = Melding.Onderwerp, OnderwerpId = melding,
                    Soort = OcoFactuur.Ingediend, Moment = moment, GeregistreerdDoor = "demodata", Toelichting = $"Factuur {factuur.Nummer} {van:dd-MM-yyyy} t/m {tot:dd-MM-yyyy}",
                });
        }
    }
}
