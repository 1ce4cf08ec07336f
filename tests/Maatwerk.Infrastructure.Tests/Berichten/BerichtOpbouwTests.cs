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
public sealed class BerichtOpbouwTests
{
    private static readonly DateOnly Dag = new(2026, 5, 4);

    private static BerichtOpbouw.Partijen VanGemeente(string id) => new("0150", "75750101", id, Dag);
    private static BerichtOpbouw.Partijen VanAanbieder(string id) => new("75750101", "0150", id, Dag);

    private static Client Client() => new()
    {
        Bsn = "999993653", Voornamen = "anna Maria johanna Petronella Cornelia Wilhelmina", Tussenvoegsel = "van der",
        Achternaam = "Berg", Geboortedatum = new DateOnly(1944, 2, 29),
        Straat = "Burgemeester van Karnebeek-Boulevard", Huisnummer = "112 bis-a", Postcode = "2593AB", Woonplaats = "'s-Gravenhage",
    };

    /// <summary>A toewijzing of the gemeente's own system (so any product code), moved through its own steps.</summary>
    private static Toewijzing Toewijzing(string nummer = "26000042", string? redenWijziging = null, bool perCategorie = false, DateOnly? ingang = null) =>
        TestToewijzingen.Nieuw(nummer, productcode: perCategorie ? null : "PO-BEGELEIDING-GROEP", iwmoProductcode: perCategorie ? null : "02A05",
            dagtekening: Dag, ingang: ingang ?? Dag.AddDays(7), einde: Dag.AddDays(7).AddYears(1), zonderEinde: perCategorie, volume: 120, eenheid: "04",
            redenWijziging: redenWijziging);

    private static Toewijzing Gestart() => Toewijzing().Na(Zorgstap.Start, Dag.AddDays(10));

    private static Toewijzing Hervat() => Gestart()
        .Na(Zorgstap.TijdelijkStoppen, Dag.AddDays(40), opname: "ziekenhuis", verwachteHervatting: Dag.AddDays(60))
        .Na(Zorgstap.Hervatten, Dag.AddDays(60));

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
        ["301"] = () => BerichtOpbouw.Toewijzing301(VanGemeente("301A"), Client(), Toewijzing(), Tijd),
        ["301 gewijzigd"] = () => BerichtOpbouw.Toewijzing301(VanGemeente("301B"), Client(), Toewijzing(redenWijziging: "02"),
            Tijd, gewijzigdOp: Dag.AddDays(30), referentieAanbieder: "VZ-2026-0042"),
        ["301 per categorie"] = () => BerichtOpbouw.Toewijzing301(VanGemeente("301C"),
            new Client { Bsn = "999993653", Voornamen = "Jan", Achternaam = "Smit", Geboortedatum = new DateOnly(1960, 1, 1), Straat = "Dorpsstraat", Huisnummer = "7", Postcode = "1234AB", Woonplaats = "Ede" },
            Toewijzing(perCategorie: true), new TimeOnly(9, 0)),
        ["305"] = () => BerichtOpbouw.Start305(VanAanbieder("305A"), Client(), Gestart()),
        ["305 na hervatting"] = () => BerichtOpbouw.Start305(VanAanbieder("305B"), Client(),
            Hervat()),
        ["307"] = () => BerichtOpbouw.Stop307(VanAanbieder("307A"), Client(),
            Gestart().Na(Zorgstap.Stop, Dag.AddDays(90), reden: "02")),
        ["307 na hervatting"] = () => BerichtOpbouw.Stop307(VanAanbieder("307B"), Client(),
            Hervat().Na(Zorgstap.Stop, Dag.AddDays(90), reden: "21")),
        ["315"] = () => BerichtOpbouw.VerzoekOmToewijzing315(VanAanbieder("315A"), Verzoek(), "02", "02A05"),
        ["315 per categorie"] = () => BerichtOpbouw.VerzoekOmToewijzing315(VanAanbieder("315B"),
            Verzoek(v => { v.Einddatum = null; v.VerwijzerType = "01"; v.VerwijzerNaam = null; v.Commentaar = null; }), "02", null),
        ["317"] = () => BerichtOpbouw.VerzoekOmWijziging317(VanAanbieder("317A"), Verzoek(v => { v.Eenheid = null; v.Frequentie = null; }), Toewijzing()),
        ["317 zonder omvang"] = () => BerichtOpbouw.VerzoekOmWijziging317(VanAanbieder("317B"), Verzoek(v => { v.Volume = null; v.Einddatum = null; }), Toewijzing()),
        ["319 afgewezen"] = () => BerichtOpbouw.Antwoord319(VanGemeente("319A"), "VZ-2026-0042", inOnderzoek: false, redenAfwijzing: "3"),
        ["319 in onderzoek"] = () => BerichtOpbouw.Antwoord319(VanGemeente("319B"), "VZ-2026-0042", inOnderzoek: true, redenAfwijzing: "3"),
    };

    public static TheoryData<string> Namen() => new(Gevallen.Keys);

    private static byte[] Bytes(string geval) => BerichtSchrijver.NaarBytes(Gevallen[geval]());

    private static XElement Xml(string geval) => XDocument.Parse(Encoding.UTF8.GetString(Bytes(geval))).Root!;

    /// <summary>The text of each element with this local name, in document order.</summary>
    private static List<string> Waarden(XElement root, string naam) =>
        root.Descendants().Where(e => e.Name.LocalName == naam).Select(e => e.Value).ToList();

    private static XElement Verwijzer(XElement root) => root.Descendants().Single(e => e.Name.LocalName == "Verwijzer");

    private static string Waarde(XElement root, string naam) => Waarden(root, naam).Should().ContainSingle(naam).Subject;

    [Theory]
    [MemberData(nameof(Namen))]
    public void Each_message_is_valid_against_the_official_xsds_and_the_librarys_checks(string geval)
    {
        var bytes = Bytes(geval);
        OfficieleXsd.Fouten(Encoding.UTF8.GetString(bytes)).Should().BeEmpty();
        BerichtValidator.Valideer(bytes, new ValidatieOpties { Vandaag = Dag }).Fouten.Should().BeEmpty();
    }

    [Fact]
    public void The_301_carries_client_address_and_product_as_the_platform_knows_them()
    {
        var xml = Xml("301");
        Waarde(xml, "BerichtCode").Should().Be("414");
        (Waarde(xml, "Afzender"), Waarde(xml, "Ontvanger"), Waarde(xml, "Identificatie"), Waarde(xml, "Dagtekening"))
            .Should().Be(("0150", "75750101", "301A", "2026-05-04"));
        Waarde(xml, "Geslacht").Should().Be("0", "COD046 onbekend: the platform does not record gender");
        Waarde(xml, "NaamGebruik").Should().Be("1", "COD700 eigen naam, only in the 301");
        Waarde(xml, "Voornamen").Should().Be("anna Maria johanna Petronella Cornelia Wilhelmina");
        Waarde(xml, "Voorletters").Should().Be("AMJPCW");
        (Waarde(xml, "Achternaam"), Waarde(xml, "Voorvoegsel")).Should().Be(("Berg", "van der"));
        Waarde(xml, "Soort").Should().Be("01", "COD757 woonadres");
        (Waarde(xml, "Huisnummer"), Waarde(xml, "HuisnummerToevoeging")).Should().Be(("112", "bis-"), "the digits, then the rest cut to 4");
        Waarde(xml, "Straatnaam").Should().Be("Burgemeester van Karnebe", "cut to the XSD maximum of 24");
        (Waarde(xml, "Postcode"), Waarde(xml, "Plaatsnaam"), Waarde(xml, "LandCode")).Should().Be(("2593AB", "'s-Gravenhage", "NL"));
        Waarde(xml, "ToewijzingNummer").Should().Be("26000042");
        (Waarde(xml, "Categorie"), Waarde(xml, "Code")).Should().Be(("02", "02A05"), "the mapped iWmo code, not the contract code");
        (Waarde(xml, "Toewijzingsdatum"), Waarde(xml, "Toewijzingstijd")).Should().Be(("2026-05-04", "14:05:09"));
        (Waarde(xml, "Ingangsdatum"), Waarde(xml, "Einddatum")).Should().Be(("2026-05-11", "2027-05-11"));
        (Waarde(xml, "Volume"), Waarde(xml, "Eenheid"), Waarde(xml, "Frequentie")).Should().Be(("120", "04", "2"));
        Waarden(xml, "RedenWijziging").Should().BeEmpty();
        Waarden(xml, "ReferentieAanbieder").Should().BeEmpty();
    }

    [Fact]
    public void A_changed_301_is_dated_on_the_change_and_carries_its_reason_and_the_aanbieders_reference()
    {
        var xml = Xml("301 gewijzigd");
        Waarde(xml, "Toewijzingsdatum").Should().Be("2026-06-03");
        Waarde(xml, "RedenWijziging").Should().Be("02");
        Waarde(xml, "ReferentieAanbieder").Should().Be("VZ-2026-0042");
    }

    [Fact]
    public void A_301_per_category_has_no_code_and_no_omvang()
    {
        var xml = Xml("301 per categorie");
        Waarde(xml, "Categorie").Should().Be("02");
        Waarden(xml, "Code").Should().BeEmpty();
        Waarden(xml, "Omvang").Should().BeEmpty("CD080: no Omvang without a product code");
        Waarden(xml, "Einddatum").Should().BeEmpty();
        (Waarde(xml, "Huisnummer"), Waarde(xml, "Voorletters")).Should().Be(("7", "J"));
        Waarden(xml, "HuisnummerToevoeging").Should().BeEmpty();
        Waarden(xml, "Voorvoegsel").Should().BeEmpty();
    }

    [Fact]
    public void Start_and_stop_carry_the_begindatum_of_the_current_delivery_period()
    {
        var start = Xml("305");
        Waarde(start, "BerichtCode").Should().Be("418");
        (Waarde(start, "ToewijzingNummer"), Waarde(start, "Code"), Waarde(start, "ToewijzingIngangsdatum"), Waarde(start, "Begindatum"), Waarde(start, "StatusAanlevering"))
            .Should().Be(("26000042", "02A05", "2026-05-11", "2026-05-14", "1"));
        (Waarde(start, "Geslacht"), Waarde(start, "Voorletters")).Should().Be(("0", "AMJPCW"));
        Waarden(start, "NaamGebruik").Should().BeEmpty("NaamGebruik belongs to the 301 only");
        Waarde(Xml("305 na hervatting"), "Begindatum").Should().Be("2026-07-03");

        var stop = Xml("307");
        Waarde(stop, "BerichtCode").Should().Be("420");
        (Waarde(stop, "Begindatum"), Waarde(stop, "RedenBeeindiging"), Waarde(stop, "Einddatum"), Waarde(stop, "StatusAanlevering"))
            .Should().Be(("2026-05-14", "02", "2026-08-02", "1"));
        Waarde(Xml("307 na hervatting"), "Begindatum").Should().Be("2026-07-03");
    }

    [Fact]
    public void The_315_asks_for_the_product_with_the_explicit_iwmo_code()
    {
        var xml = Xml("315");
        Waarde(xml, "BerichtCode").Should().Be("444");
        (Waarde(xml, "ReferentieAanbieder"), Waarde(xml, "Categorie"), Waarde(xml, "Code")).Should().Be(("VZ-2026-0042", "02", "02A05"));
        (Waarde(xml, "ToewijzingIngangsdatum"), Waarde(xml, "ToewijzingEinddatum")).Should().Be(("2026-05-18", "2026-11-18"));
        (Waarde(xml, "Volume"), Waarde(xml, "Eenheid"), Waarde(xml, "Frequentie")).Should().Be(("3", "04", "2"));
        (Waarde(xml, "Type"), Waarde(Verwijzer(xml), "Naam"), Waarde(xml, "Commentaar")).Should().Be(("02", "Huisartsenpraktijk De Linde", "Na ontslag uit het ziekenhuis."));
        (Waarde(xml, "Geslacht"), Waarde(xml, "Voorletters")).Should().Be(("0", "AM"));

        var categorie = Xml("315 per categorie");
        Waarden(categorie, "Code").Should().BeEmpty();
        Waarden(categorie, "Omvang").Should().BeEmpty("CD080: no Omvang without a product code");
        Waarden(categorie, "ToewijzingEinddatum").Should().BeEmpty();
        Waarde(categorie, "Type").Should().Be("01");
        Waarden(Verwijzer(categorie), "Naam").Should().BeEmpty();
        Waarden(categorie, "Commentaar").Should().BeEmpty();
    }

    [Fact]
    public void The_317_asks_to_change_one_toewijzing_with_the_toewijzings_unit_when_the_verzoek_has_none()
    {
        var xml = Xml("317");
        Waarde(xml, "BerichtCode").Should().Be("480");
        (Waarde(xml, "Bsn"), Waarde(xml, "ReferentieAanbieder"), Waarde(xml, "RedenVerzoek")).Should().Be(("999993653", "VZ-2026-0042", "1"));
        (Waarde(xml, "ToewijzingNummer"), Waarde(xml, "GewensteIngangsdatum"), Waarde(xml, "Einddatum")).Should().Be(("26000042", "2026-05-18", "2026-11-18"));
        (Waarde(xml, "Volume"), Waarde(xml, "Eenheid"), Waarde(xml, "Frequentie")).Should().Be(("3", "04", "2"));

        var zonder = Xml("317 zonder omvang");
        Waarden(zonder, "Omvang").Should().BeEmpty();
        Waarden(zonder, "Einddatum").Should().BeEmpty();
    }

    [Fact]
    public void The_319_gives_the_reason_only_when_it_refuses()
    {
        var afgewezen = Xml("319 afgewezen");
        Waarde(afgewezen, "BerichtCode").Should().Be("482");
        (Waarde(afgewezen, "ReferentieAanbieder"), Waarde(afgewezen, "VerzoekAntwoord"), Waarde(afgewezen, "RedenAfwijzingVerzoek"))
            .Should().Be(("VZ-2026-0042", "1", "3"));

        var onderzoek = Xml("319 in onderzoek");
        Waarde(onderzoek, "VerzoekAntwoord").Should().Be("2");
        Waarden(onderzoek, "RedenAfwijzingVerzoek").Should().BeEmpty();
    }

    [Fact]
    public void The_toewijzingnummer_keeps_the_text_the_platform_finds_the_toewijzing_by()
    {
        var t = Toewijzing("0042", ingang: Dag).Na(Zorgstap.Start, Dag);
        var xml = XDocument.Parse(Encoding.UTF8.GetString(BerichtSchrijver.NaarBytes(BerichtOpbouw.Start305(VanAanbieder("305C"), Client(), t)))).Root!;
        Waarde(xml, "ToewijzingNummer").Should().Be("0042", "a gemeente's 301 may write leading zeros, and the 305 must match it");
    }
}
