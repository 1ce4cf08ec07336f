using System.Text;
using System.Xml.Linq;
using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verzoeken;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Validatie;
using Maatwerk.Tests.Shared;

namespace Maatwerk.Infrastructure.Tests.Berichten;

/// <summary>The heenberichten the platform builds (301, 305, 307, 315, 317, 319) from realistic data: valid against the
/// official XSDs and against the library's own checks, with the values the platform's rules put in them.</summary>
public sealed class BerichtBuilderTests
{
    private static readonly DateOnly Dag = new(2026, 5, 4);

    private static BerichtBuilder.Parties FromGemeente(string id) => new("0150", "75750101", id, Dag);
    private static BerichtBuilder.Parties FromAanbieder(string id) => new("75750101", "0150", id, Dag);

    private static Client Client() => new()
    {
        Bsn = "999993653", Voornamen = "anna Maria johanna Petronella Cornelia Wilhelmina", Tussenvoegsel = "van der",
        Achternaam = "Berg", Geboortedatum = new DateOnly(1944, 2, 29),
        Straat = "Burgemeester van Karnebeek-Boulevard", Huisnummer = "112 bis-a", Postcode = "2593AB", Woonplaats = "'s-Gravenhage",
    };

    /// <summary>A toewijzing of the gemeente's own system (so any product code), moved through its own steps.</summary>
    private static Toewijzing Toewijzing(string nummer = "26000042", string? redenWijziging = null, bool perCategorie = false, DateOnly? ingang = null) =>
        TestToewijzingen.New(nummer, productcode: perCategorie ? null : "PO-BEGELEIDING-GROEP", iwmoProductcode: perCategorie ? null : "02A05",
            dagtekening: Dag, ingang: ingang ?? Dag.AddDays(7), einde: Dag.AddDays(7).AddYears(1), zonderEinde: perCategorie, volume: 120, eenheid: "04",
            redenWijziging: redenWijziging);

    private static Toewijzing Started() => Toewijzing().After(Zorgstap.Start, Dag.AddDays(10));

    private static Toewijzing Resume() => Started()
        .After(Zorgstap.TijdelijkStoppen, Dag.AddDays(40), opname: "ziekenhuis", verwachteHervatting: Dag.AddDays(60))
        .After(Zorgstap.Hervatten, Dag.AddDays(60));

    private static Verzoek Verzoek(Action<Verzoek>? aanpassing = null)
    {
        var v = new Verzoek
        {
            Bsn = "999993653", Voornamen = "Anna Maria", Tussenvoegsel = "van der", Achternaam = "Berg", Geboortedatum = new DateOnly(1944, 2, 29),
            Productcode = "PO-B", Ingangsdatum = Dag.AddDays(14), Einddatum = Dag.AddDays(14).AddMonths(6),
            Volume = 3, Eenheid = "04", Frequentie = "2", VerwijzerType = "02", VerwijzerNaam = "Huisartsenpraktijk De Linde",
            Commentaar = "Na ontslag uit het ziekenhuis.", ReferentieAanbieder = "VZ-2026-0042", RedenVerzoek = "1",
        };
        aanpassing?.Invoke(v);
        return v;
    }

    private static readonly TimeOnly Tijd = new(14, 5, 9, 123);

    /// <summary>Every case the builders distinguish, by name.</summary>
    private static readonly Dictionary<string, Func<BerichtElement>> Gevallen = new()
    {
        ["301"] = () => BerichtBuilder.Toewijzing301(FromGemeente("301A"), Client(), Toewijzing(), Tijd),
        ["301 gewijzigd"] = () => BerichtBuilder.Toewijzing301(FromGemeente("301B"), Client(), Toewijzing(redenWijziging: "02"),
            Tijd, gewijzigdOp: Dag.AddDays(30), referentieAanbieder: "VZ-2026-0042"),
        ["301 per categorie"] = () => BerichtBuilder.Toewijzing301(FromGemeente("301C"),
            new Client { Bsn = "999993653", Voornamen = "Jan", Achternaam = "Smit", Geboortedatum = new DateOnly(1960, 1, 1), Straat = "Dorpsstraat", Huisnummer = "7", Postcode = "1234AB", Woonplaats = "Ede" },
            Toewijzing(perCategorie: true), new TimeOnly(9, 0)),
        ["305"] = () => BerichtBuilder.Start305(FromAanbieder("305A"), Client(), Started()),
        ["305 na hervatting"] = () => BerichtBuilder.Start305(FromAanbieder("305B"), Client(),
            Resume()),
        ["307"] = () => BerichtBuilder.Stop307(FromAanbieder("307A"), Client(),
            Started().After(Zorgstap.Stop, Dag.AddDays(90), reden: "02")),
        ["307 na hervatting"] = () => BerichtBuilder.Stop307(FromAanbieder("307B"), Client(),
            Resume().After(Zorgstap.Stop, Dag.AddDays(90), reden: "21")),
        ["315"] = () => BerichtBuilder.VerzoekOmToewijzing315(FromAanbieder("315A"), Verzoek(), "02", "02A05"),
        ["315 per categorie"] = () => BerichtBuilder.VerzoekOmToewijzing315(FromAanbieder("315B"),
            Verzoek(v => { v.Einddatum = null; v.VerwijzerType = "01"; v.VerwijzerNaam = null; v.Commentaar = null; }), "02", null),
        ["317"] = () => BerichtBuilder.VerzoekOmWijziging317(FromAanbieder("317A"), Verzoek(v => { v.Eenheid = null; v.Frequentie = null; }), Toewijzing()),
        ["317 zonder omvang"] = () => BerichtBuilder.VerzoekOmWijziging317(FromAanbieder("317B"), Verzoek(v => { v.Volume = null; v.Einddatum = null; }), Toewijzing()),
        ["319 afgewezen"] = () => BerichtBuilder.Antwoord319(FromGemeente("319A"), "VZ-2026-0042", inOnderzoek: false, redenAfwijzing: "3"),
        ["319 in onderzoek"] = () => BerichtBuilder.Antwoord319(FromGemeente("319B"), "VZ-2026-0042", inOnderzoek: true, redenAfwijzing: "3"),
    };

    public static TheoryData<string> Names() => new(Gevallen.Keys);

    private static byte[] Bytes(string geval) => BerichtWriter.ToBytes(Gevallen[geval]());

    private static XElement Xml(string geval) => XDocument.Parse(Encoding.UTF8.GetString(Bytes(geval))).Root!;

    /// <summary>The text of each element with this local name, in document order.</summary>
    private static List<string> Values(XElement root, string naam) =>
        root.Descendants().Where(e => e.Name.LocalName == naam).Select(e => e.Value).ToList();

    private static XElement Verwijzer(XElement root) => root.Descendants().Single(e => e.Name.LocalName == "Verwijzer");

    private static string Value(XElement root, string naam) => Values(root, naam).Should().ContainSingle(naam).Subject;

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_message_is_valid_against_the_official_xsds_and_the_librarys_checks(string geval)
    {
        var bytes = Bytes(geval);
        OfficialXsd.Errors(Encoding.UTF8.GetString(bytes)).Should().BeEmpty();
        BerichtValidator.Validate(bytes, new ValidationOptions { Vandaag = Dag }).Fouten.Should().BeEmpty();
    }

    [Fact]
    public void The_301_carries_client_address_and_product_as_the_platform_knows_them()
    {
        var xml = Xml("301");
        Value(xml, "BerichtCode").Should().Be("414");
        (Value(xml, "Afzender"), Value(xml, "Ontvanger"), Value(xml, "Identificatie"), Value(xml, "Dagtekening"))
            .Should().Be(("0150", "75750101", "301A", "2026-05-04"));
        Value(xml, "Geslacht").Should().Be("0", "COD046 onbekend: the platform does not record gender");
        Value(xml, "NaamGebruik").Should().Be("1", "COD700 eigen naam, only in the 301");
        Value(xml, "Voornamen").Should().Be("anna Maria johanna Petronella Cornelia Wilhelmina");
        Value(xml, "Voorletters").Should().Be("AMJPCW");
        (Value(xml, "Achternaam"), Value(xml, "Voorvoegsel")).Should().Be(("Berg", "van der"));
        Value(xml, "Soort").Should().Be("01", "COD757 woonadres");
        (Value(xml, "Huisnummer"), Value(xml, "HuisnummerToevoeging")).Should().Be(("112", "bis-"), "the digits, then the rest cut to 4");
        Value(xml, "Straatnaam").Should().Be("Burgemeester van Karnebe", "cut to the XSD maximum of 24");
        (Value(xml, "Postcode"), Value(xml, "Plaatsnaam"), Value(xml, "LandCode")).Should().Be(("2593AB", "'s-Gravenhage", "NL"));
        Value(xml, "ToewijzingNummer").Should().Be("26000042");
        (Value(xml, "Categorie"), Value(xml, "Code")).Should().Be(("02", "02A05"), "the mapped iWmo code, not the contract code");
        (Value(xml, "Toewijzingsdatum"), Value(xml, "Toewijzingstijd")).Should().Be(("2026-05-04", "14:05:09"));
        (Value(xml, "Ingangsdatum"), Value(xml, "Einddatum")).Should().Be(("2026-05-11", "2027-05-11"));
        (Value(xml, "Volume"), Value(xml, "Eenheid"), Value(xml, "Frequentie")).Should().Be(("120", "04", "2"));
        Values(xml, "RedenWijziging").Should().BeEmpty();
        Values(xml, "ReferentieAanbieder").Should().BeEmpty();
    }

    [Fact]
    public void A_changed_301_is_dated_on_the_change_and_carries_its_reason_and_the_aanbieders_reference()
    {
        var xml = Xml("301 gewijzigd");
        Value(xml, "Toewijzingsdatum").Should().Be("2026-06-03");
        Value(xml, "RedenWijziging").Should().Be("02");
        Value(xml, "ReferentieAanbieder").Should().Be("VZ-2026-0042");
    }

    [Fact]
    public void A_301_per_category_has_no_code_and_no_omvang()
    {
        var xml = Xml("301 per categorie");
        Value(xml, "Categorie").Should().Be("02");
        Values(xml, "Code").Should().BeEmpty();
        Values(xml, "Omvang").Should().BeEmpty("CD080: no Omvang without a product code");
        Values(xml, "Einddatum").Should().BeEmpty();
        (Value(xml, "Huisnummer"), Value(xml, "Voorletters")).Should().Be(("7", "J"));
        Values(xml, "HuisnummerToevoeging").Should().BeEmpty();
        Values(xml, "Voorvoegsel").Should().BeEmpty();
    }

    [Fact]
    public void Start_and_stop_carry_the_begindatum_of_the_current_delivery_period()
    {
        var start = Xml("305");
        Value(start, "BerichtCode").Should().Be("418");
        (Value(start, "ToewijzingNummer"), Value(start, "Code"), Value(start, "ToewijzingIngangsdatum"), Value(start, "Begindatum"), Value(start, "StatusAanlevering"))
            .Should().Be(("26000042", "02A05", "2026-05-11", "2026-05-14", "1"));
        (Value(start, "Geslacht"), Value(start, "Voorletters")).Should().Be(("0", "AMJPCW"));
        Values(start, "NaamGebruik").Should().BeEmpty("NaamGebruik belongs to the 301 only");
        Value(Xml("305 na hervatting"), "Begindatum").Should().Be("2026-07-03");

        var stop = Xml("307");
        Value(stop, "BerichtCode").Should().Be("420");
        (Value(stop, "Begindatum"), Value(stop, "RedenBeeindiging"), Value(stop, "Einddatum"), Value(stop, "StatusAanlevering"))
            .Should().Be(("2026-05-14", "02", "2026-08-02", "1"));
        Value(Xml("307 na hervatting"), "Begindatum").Should().Be("2026-07-03");
    }

    [Fact]
    public void The_315_asks_for_the_product_with_the_explicit_iwmo_code()
    {
        var xml = Xml("315");
        Value(xml, "BerichtCode").Should().Be("444");
        (Value(xml, "ReferentieAanbieder"), Value(xml, "Categorie"), Value(xml, "Code")).Should().Be(("VZ-2026-0042", "02", "02A05"));
        (Value(xml, "ToewijzingIngangsdatum"), Value(xml, "ToewijzingEinddatum")).Should().Be(("2026-05-18", "2026-11-18"));
        (Value(xml, "Volume"), Value(xml, "Eenheid"), Value(xml, "Frequentie")).Should().Be(("3", "04", "2"));
        (Value(xml, "Type"), Value(Verwijzer(xml), "Naam"), Value(xml, "Commentaar")).Should().Be(("02", "Huisartsenpraktijk De Linde", "Na ontslag uit het ziekenhuis."));
        (Value(xml, "Geslacht"), Value(xml, "Voorletters")).Should().Be(("0", "AM"));

        var categorie = Xml("315 per categorie");
        Values(categorie, "Code").Should().BeEmpty();
        Values(categorie, "Omvang").Should().BeEmpty("CD080: no Omvang without a product code");
        Values(categorie, "ToewijzingEinddatum").Should().BeEmpty();
        Value(categorie, "Type").Should().Be("01");
        Values(Verwijzer(categorie), "Naam").Should().BeEmpty();
        Values(categorie, "Commentaar").Should().BeEmpty();
    }

    [Fact]
    public void The_317_asks_to_change_one_toewijzing_with_the_toewijzings_unit_when_the_verzoek_has_none()
    {
        var xml = Xml("317");
        Value(xml, "BerichtCode").Should().Be("480");
        (Value(xml, "Bsn"), Value(xml, "ReferentieAanbieder"), Value(xml, "RedenVerzoek")).Should().Be(("999993653", "VZ-2026-0042", "1"));
        (Value(xml, "ToewijzingNummer"), Value(xml, "GewensteIngangsdatum"), Value(xml, "Einddatum")).Should().Be(("26000042", "2026-05-18", "2026-11-18"));
        (Value(xml, "Volume"), Value(xml, "Eenheid"), Value(xml, "Frequentie")).Should().Be(("3", "04", "2"));

        var zonder = Xml("317 zonder omvang");
        Values(zonder, "Omvang").Should().BeEmpty();
        Values(zonder, "Einddatum").Should().BeEmpty();
    }

    [Fact]
    public void The_319_gives_the_reason_only_when_it_refuses()
    {
        var afgewezen = Xml("319 afgewezen");
        Value(afgewezen, "BerichtCode").Should().Be("482");
        (Value(afgewezen, "ReferentieAanbieder"), Value(afgewezen, "VerzoekAntwoord"), Value(afgewezen, "RedenAfwijzingVerzoek"))
            .Should().Be(("VZ-2026-0042", "1", "3"));

        var onderzoek = Xml("319 in onderzoek");
        Value(onderzoek, "VerzoekAntwoord").Should().Be("2");
        Values(onderzoek, "RedenAfwijzingVerzoek").Should().BeEmpty();
    }

    [Fact]
    public void The_toewijzingnummer_keeps_the_text_the_platform_finds_the_toewijzing_by()
    {
        var t = Toewijzing("0042", ingang: Dag).After(Zorgstap.Start, Dag);
        var xml = XDocument.Parse(Encoding.UTF8.GetString(BerichtWriter.ToBytes(BerichtBuilder.Start305(FromAanbieder("305C"), Client(), t)))).Root!;
        Value(xml, "ToewijzingNummer").Should().Be("0042", "a gemeente's 301 may write leading zeros, and the 305 must match it");
    }
}
