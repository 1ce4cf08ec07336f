using Maatwerk.Domain.Clienten;
using Maatwerk.IWmo.Berichten;
using Maatwerk.Infrastructure.Berichten;

namespace Maatwerk.Infrastructure.Tests.Berichten;

// TEMPORARY: the same cases through the old element-tree builder; the typed-model rewrite must write the same bytes.
public sealed partial class BerichtOpbouwTests
{
    private static readonly Dictionary<string, Func<BerichtElement>> OudeGevallen = new()
    {
        ["301"] = () => OudeBerichtOpbouw.Toewijzing301(VanGemeente("301A"), Client(), Toewijzing(), Tijd),
        ["301 gewijzigd"] = () => OudeBerichtOpbouw.Toewijzing301(VanGemeente("301B"), Client(), Toewijzing(t => t.RedenWijziging = "02"),
            Tijd, gewijzigdOp: Dag.AddDays(30), referentieAanbieder: "VZ-2026-0042"),
        ["301 per categorie"] = () => OudeBerichtOpbouw.Toewijzing301(VanGemeente("301C"),
            new Client { Bsn = "999993653", Voornamen = "Jan", Achternaam = "Smit", Geboortedatum = new DateOnly(1960, 1, 1), Straat = "Dorpsstraat", Huisnummer = "7", Postcode = "1234AB", Woonplaats = "Ede" },
            Toewijzing(t => { t.IWmoProductcode = null; t.Productcode = null; t.Einddatum = null; }), new TimeOnly(9, 0)),
        ["305"] = () => OudeBerichtOpbouw.Start305(VanAanbieder("305A"), Client(), Toewijzing(t => t.StartdatumZorg = Dag.AddDays(10))),
        ["305 na hervatting"] = () => OudeBerichtOpbouw.Start305(VanAanbieder("305B"), Client(),
            Toewijzing(t => { t.StartdatumZorg = Dag.AddDays(10); t.HervatOp = Dag.AddDays(60); })),
        ["307"] = () => OudeBerichtOpbouw.Stop307(VanAanbieder("307A"), Client(),
            Toewijzing(t => { t.StartdatumZorg = Dag.AddDays(10); t.EinddatumZorg = Dag.AddDays(90); t.RedenBeeindiging = "02"; })),
        ["307 na hervatting"] = () => OudeBerichtOpbouw.Stop307(VanAanbieder("307B"), Client(),
            Toewijzing(t => { t.StartdatumZorg = Dag.AddDays(10); t.HervatOp = Dag.AddDays(60); t.EinddatumZorg = Dag.AddDays(90); t.RedenBeeindiging = "21"; })),
        ["315"] = () => OudeBerichtOpbouw.VerzoekOmToewijzing315(VanAanbieder("315A"), Verzoek(), "02", "02A05"),
        ["315 per categorie"] = () => OudeBerichtOpbouw.VerzoekOmToewijzing315(VanAanbieder("315B"),
            Verzoek(v => { v.Einddatum = null; v.VerwijzerType = "01"; v.VerwijzerNaam = null; v.Commentaar = null; }), "02", null),
        ["317"] = () => OudeBerichtOpbouw.VerzoekOmWijziging317(VanAanbieder("317A"), Verzoek(v => { v.Eenheid = null; v.Frequentie = null; }), Toewijzing()),
        ["317 zonder omvang"] = () => OudeBerichtOpbouw.VerzoekOmWijziging317(VanAanbieder("317B"), Verzoek(v => { v.Volume = null; v.Einddatum = null; }), Toewijzing()),
        ["319 afgewezen"] = () => OudeBerichtOpbouw.Antwoord319(VanGemeente("319A"), "VZ-2026-0042", inOnderzoek: false, redenAfwijzing: "3"),
        ["319 in onderzoek"] = () => OudeBerichtOpbouw.Antwoord319(VanGemeente("319B"), "VZ-2026-0042", inOnderzoek: true, redenAfwijzing: "3"),
    };

    [Theory]
    [MemberData(nameof(Namen))]
    public void The_typed_model_writes_the_same_bytes_as_the_old_builder(string geval) =>
        Bytes(geval).Should().Equal(BerichtSchrijver.NaarBytes(OudeGevallen[geval]()));

    [Fact]
    public void Edge_cases_write_the_same_bytes_too()
    {
        var client = new Client { Bsn = "999993653", Voornamen = "  ", Tussenvoegsel = "", Achternaam = new string('x', 250), Geboortedatum = new DateOnly(1960, 1, 1),
            Straat = "Dorpsstraat", Huisnummer = "A-3", Postcode = "1234AB", Woonplaats = "Ede" };
        var t = Toewijzing(t => { t.ToewijzingNummer = "0042"; t.StartdatumZorg = Dag; t.EinddatumZorg = Dag.AddDays(3); t.RedenBeeindiging = null; t.Eenheid = null; });
        var v = Verzoek(v => { v.VerwijzerNaam = ""; v.Commentaar = ""; v.RedenVerzoek = null; v.Eenheid = null; v.Frequentie = null; });
        var t2 = Toewijzing(t => { t.ToewijzingNummer = "T-1"; t.Eenheid = null; t.Frequentie = null; t.StartdatumZorg = Dag; });
        var paren = new (BerichtElement Nieuw, BerichtElement Oud)[]
        {
            (BerichtOpbouw.Toewijzing301(VanGemeente("E1"), client, t, new TimeOnly(23, 59, 59, 999, 999)), OudeBerichtOpbouw.Toewijzing301(VanGemeente("E1"), client, t, new TimeOnly(23, 59, 59, 999, 999))),
            (BerichtOpbouw.Toewijzing301(VanGemeente("E1"), client, t2, new TimeOnly(0, 0)), OudeBerichtOpbouw.Toewijzing301(VanGemeente("E1"), client, t2, new TimeOnly(0, 0))),
            (BerichtOpbouw.Start305(VanAanbieder("E2"), client, t), OudeBerichtOpbouw.Start305(VanAanbieder("E2"), client, t)),
            (BerichtOpbouw.Start305(VanAanbieder("E2"), client, t2), OudeBerichtOpbouw.Start305(VanAanbieder("E2"), client, t2)),
            (BerichtOpbouw.Stop307(VanAanbieder("E3"), client, t), OudeBerichtOpbouw.Stop307(VanAanbieder("E3"), client, t)),
            (BerichtOpbouw.VerzoekOmToewijzing315(VanAanbieder("E4"), v, "02", "02A05"), OudeBerichtOpbouw.VerzoekOmToewijzing315(VanAanbieder("E4"), v, "02", "02A05")),
            (BerichtOpbouw.VerzoekOmWijziging317(VanAanbieder("E5"), v, t), OudeBerichtOpbouw.VerzoekOmWijziging317(VanAanbieder("E5"), v, t)),
            (BerichtOpbouw.VerzoekOmWijziging317(VanAanbieder("E5"), v, t2), OudeBerichtOpbouw.VerzoekOmWijziging317(VanAanbieder("E5"), v, t2)),
            (BerichtOpbouw.Antwoord319(VanGemeente("E6"), "R", false, null), OudeBerichtOpbouw.Antwoord319(VanGemeente("E6"), "R", false, null)),
        };
        foreach (var (nieuw, oud) in paren)
            System.Text.Encoding.UTF8.GetString(BerichtSchrijver.NaarBytes(nieuw)).Should().Be(System.Text.Encoding.UTF8.GetString(BerichtSchrijver.NaarBytes(oud)));
    }
}
