using Bogus;
using Maatwerk.Domain.Clienten;

namespace Maatwerk.Cli.Demo;

/// <summary>Invented Dutch residents of the demo gemeenten: names from Bogus (locale nl) with the tussenvoegsels Dutch
/// surnames carry, first names that fit the age (Wmo clients are mostly elderly), addresses in the gemeente's own
/// places and postcode areas, and elfproef-valid BSNs from the 99-range, which the BRP does not issue to people.</summary>
internal sealed class People(Random random, Faker faker, int aantal)
{
    /// <summary>A demo gemeente: its CBS code, number of inhabitants (weights where clients live) and places with their
    /// 4-digit postcode areas.</summary>
    public sealed record Area(string Gemeentecode, int Inwoners, (string Plaats, int Van, int Tot)[] Plaatsen);

    public static readonly Area[] Gebieden =
    [
        new("0150", 102_000, [("Deventer", 7411, 7429), ("Schalkhaar", 7433, 7433), ("Diepenveen", 7431, 7431), ("Bathmen", 7437, 7437)]),
        new("1992", 70_000, [("Hellevoetsluis", 3221, 3225), ("Brielle", 3231, 3232), ("Oostvoorne", 3233, 3233), ("Rockanje", 3235, 3235), ("Zwartewaal", 3238, 3238)]),
        new("0402", 93_000, [("Hilversum", 1211, 1223)]),
        new("1942", 59_000, [("Bussum", 1401, 1406), ("Naarden", 1411, 1412), ("Muiden", 1398, 1398), ("Muiderberg", 1399, 1399)]),
        new("0406", 42_000, [("Huizen", 1271, 1277)]),
        new("0376", 12_000, [("Blaricum", 1261, 1262)]),
        new("0417", 11_000, [("Laren", 1251, 1251)]),
        new("1696", 24_000, [("Loosdrecht", 1231, 1231), ("Kortenhoef", 1241, 1241), ("Ankeveen", 1244, 1244), ("Nederhorst den Berg", 1394, 1394)]),
    ];

    private static readonly Dictionary<string, string> Tussenvoegsels = new()
    {
        ["Berg"] = "van den", ["Bosch"] = "van den", ["Broek"] = "van den", ["Brink"] = "van den", ["Heuvel"] = "van den",
        ["Dijk"] = "van", ["Dam"] = "van", ["Leeuwen"] = "van", ["Beek"] = "van", ["Veen"] = "van", ["Wijk"] = "van", ["Vliet"] = "van der",
        ["Meer"] = "van der", ["Linden"] = "van der", ["Wal"] = "van der", ["Laan"] = "van der", ["Velde"] = "van de", ["Ven"] = "van de",
        ["Pol"] = "van de", ["Kamp"] = "van de", ["Vries"] = "de", ["Jong"] = "de", ["Groot"] = "de", ["Graaf"] = "de", ["Wit"] = "de",
        ["Boer"] = "de", ["Haan"] = "de", ["Bruin"] = "de", ["Bruijn"] = "de", ["Koning"] = "de", ["Lange"] = "de", ["Ruiter"] = "de",
    };

    private static readonly string[] OudeVrouwennamen = ["Johanna", "Maria", "Cornelia", "Wilhelmina", "Hendrika", "Geertruida", "Anna", "Elisabeth", "Catharina", "Margaretha", "Aaltje", "Grietje", "Jannetje", "Adriana", "Gerritdina", "Hermina", "Theodora", "Antonia", "Berendina", "Dirkje"];
    private static readonly string[] OudeMannennamen = ["Johannes", "Cornelis", "Hendrik", "Jan", "Gerrit", "Willem", "Pieter", "Jacobus", "Adrianus", "Petrus", "Dirk", "Klaas", "Theodorus", "Albertus", "Hendrikus", "Bernardus", "Gerardus", "Antonius", "Wouter", "Evert"];

    private readonly IEnumerator<string> _bsns = Bsns(random, aantal).GetEnumerator();

    /// <summary>Unique elfproef-valid BSNs between 990,000,000 and 999,989,999, walked with random gaps from a random
    /// start, so a seed gives its own set (the 99999… numbers of the hand-made demo data lie above this range).</summary>
    private static IEnumerable<string> Bsns(Random random, int aantal)
    {
        const int Van = 990_000_000, Tot = 999_990_000;
        var gemiddeldeStap = Math.Max(1, (Tot - Van) / 12 / Math.Max(aantal, 1));
        var n = Van + random.Next(0, Math.Max(1, (Tot - Van) / 20));
        while (true)
        {
            n += 1 + random.Next(0, gemiddeldeStap);
            if (n >= Tot)
                throw new InvalidOperationException($"De BSN-reeks 990000000–999989999 is te klein voor {aantal} cliënten.");
            var bsn = n.ToString("D9");
            if (Bsn.PassesElfproef(bsn))
                yield return bsn;
        }
    }

    public Area PickArea()
    {
        var totaal = Gebieden.Sum(g => g.Inwoners);
        var k = random.Next(totaal);
        foreach (var g in Gebieden)
        {
            if (k < g.Inwoners)
                return g;
            k -= g.Inwoners;
        }
        return Gebieden[^1];
    }

    public Client New(Area gebied, Guid gemeenteId, DateOnly vandaag, Guid id, Guid versie)
    {
        _bsns.MoveNext();
        var leeftijd = random.Next(100) switch
        {
            < 12 => random.Next(18, 45),
            < 32 => random.Next(45, 65),
            < 65 => random.Next(65, 80),
            _ => random.Next(80, 100),
        };
        var vrouw = random.Next(100) < 60;
        var voornamen = leeftijd >= 65
            ? (vrouw ? OudeVrouwennamen : OudeMannennamen)[random.Next(20)] + (random.Next(3) == 0 ? " " + (vrouw ? OudeVrouwennamen : OudeMannennamen)[random.Next(20)] : "")
            : faker.Name.FirstName(vrouw ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male);
        var achternaam = faker.Name.LastName();
        var (plaats, van, tot) = gebied.Plaatsen[random.Next(gebied.Plaatsen.Length)];
        return new Client
        {
            Id = id, Versie = versie,
            Bsn = _bsns.Current,
            Voornamen = voornamen,
            Tussenvoegsel = Tussenvoegsels.GetValueOrDefault(achternaam),
            Achternaam = achternaam,
            Geboortedatum = vandaag.AddYears(-leeftijd).AddDays(-random.Next(365)),
            Straat = faker.Address.StreetName(),
            Huisnummer = random.Next(1, 240) + (random.Next(10) == 0 ? ((char)('a' + random.Next(4))).ToString() : ""),
            Postcode = $"{random.Next(van, tot + 1)}{Letters()}",
            Woonplaats = plaats,
            Telefoon = random.Next(10) < 7 ? $"06{random.Next(10_000_000, 100_000_000)}" : null,
            GemeenteId = gemeenteId,
        };
    }

    /// <summary>Two postcode letters; SA, SD and SS are not used in Dutch postcodes.</summary>
    private string Letters()
    {
        while (true)
        {
            var s = $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
            if (s is not ("SA" or "SD" or "SS"))
                return s;
        }
    }
}
