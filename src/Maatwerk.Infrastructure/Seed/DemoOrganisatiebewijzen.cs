using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Organisatiebewijzen;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Organisatiebewijzen;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>Demo insurance, quality certificates and VOG rechtspersoon (issue 14), relative to today: most demo aanbieders
/// are insured for at least the highest contract minimum (DEV-B2-Ins: € 2.500.000 per claim, € 5.000.000 per year) and
/// certified; De Linde's HKZ certificate expires within 60 days, and Samen Verder's ISO 9001 certificate has expired
/// (BSD-61 shows late on Verplichtingen and "verlopen" to the regio's contract manager). Op Maat's last year's policy was
/// renewed in time. The events go through <see cref="OrganisatiebewijsGebeurtenissen"/>, as when kwaliteit registers them.</summary>
public static class DemoOrganisatiebewijzen
{
    private const string Door = "demodata";

    private sealed record Bewijs(Bewijssoort Soort, string Uitgever, string Nummer, int VanafDagen, int? TotDagen, string? Norm = null,
        decimal? PerAanspraak = null, decimal? PerJaar = null);

    private static Bewijs Bedrijf(string verzekeraar, string polis, int vanaf, int tot) =>
        new(Bewijssoort.Bedrijfsaansprakelijkheid, verzekeraar, polis, vanaf, tot, PerAanspraak: 2_500_000, PerJaar: 5_000_000);

    private static Bewijs Beroep(string verzekeraar, string polis, int vanaf, int tot) =>
        new(Bewijssoort.Beroepsaansprakelijkheid, verzekeraar, polis, vanaf, tot, PerAanspraak: 2_500_000, PerJaar: 5_000_000);

    private static readonly Dictionary<string, Bewijs[]> PerAanbieder = new()
    {
        ["75750101"] =
        [
            Bedrijf("Centraal Beheer", "AVB-2208-4471", -130, 235),
            Beroep("Centraal Beheer", "BAV-2208-4472", -130, 235),
            new(Bewijssoort.Kwaliteitscertificaat, "Kiwa Nederland B.V.", "HKZ-2023-10871", -1050, 40, Norm: "HKZ Zorg en Welzijn 2015"),
            new(Bewijssoort.VogRechtspersoon, "Justis", "VOG-RP-77120341", -400, null),
        ],
        ["75750202"] =
        [
            Bedrijf("Nationale-Nederlanden", "NN-AVB-553109", -395, -31),
            Bedrijf("Nationale-Nederlanden", "NN-AVB-553109", -30, 334),
            Beroep("Nationale-Nederlanden", "NN-BAV-553110", -30, 334),
            new(Bewijssoort.Kwaliteitscertificaat, "DNV Business Assurance", "ISO-9001-448812", -300, 795, Norm: "ISO 9001:2015"),
            new(Bewijssoort.VogRechtspersoon, "Justis", "VOG-RP-77450918", -700, null),
        ],
        ["75750303"] =
        [
            Bedrijf("Achmea", "ACH-AV-904412", -200, 165),
            Beroep("Achmea", "ACH-BA-904413", -200, 165),
            new(Bewijssoort.Kwaliteitscertificaat, "Lloyd's Register", "ISO-9001-220347", -1115, -20, Norm: "ISO 9001:2015"),
        ],
        ["75750404"] =
        [
            Bedrijf("Interpolis", "IP-AVB-118230", -60, 305),
        ],
    };

    public static void Add(MaatwerkDbContext db, ContractProfileCatalog catalogus, DemoData.Basis basis, DateOnly vandaag)
    {
        foreach (var aanbieder in basis.Aanbieders.Where(a => a.AgbCode is not null && PerAanbieder.ContainsKey(a.AgbCode)))
        {
            var contracten = basis.Contracten.Where(c => c.AanbiederId == aanbieder.Id)
                .Select(c => (Contract: c, Profiel: catalogus.Find(c.ProfielId, c.ProfielVersie)))
                .Where(c => c.Profiel is not null).Select(c => (c.Contract, c.Profiel!)).ToList();
            var eerdere = new List<Organisatiebewijs>();
            foreach (var b in PerAanbieder[aanbieder.AgbCode!])
            {
                var vanaf = vandaag.AddDays(b.VanafDagen);
                // Registered two weeks before it starts (a renewal arrives in time), never after today.
                var geregistreerd = vanaf.AddDays(-14) < vandaag ? vanaf.AddDays(-14) : vandaag;
                var bewijs = new Organisatiebewijs
                {
                    AanbiederId = aanbieder.Id, Soort = b.Soort, Uitgever = b.Uitgever, Nummer = b.Nummer, Norm = b.Norm,
                    BedragPerAanspraak = b.PerAanspraak, BedragPerJaar = b.PerJaar, GeldigVanaf = vanaf, GeldigTot = b.TotDagen is { } t ? vandaag.AddDays(t) : null,
                    GeregistreerdDoor = Door, GeregistreerdOp = Common.Amsterdam.StartOf(geregistreerd).AddHours(10),
                };
                db.Add(bewijs);
                OrganisatiebewijsGebeurtenissen.Add(db, contracten, bewijs, eerdere, geregistreerd, Door);
                eerdere.Add(bewijs);
            }
        }
    }
}
