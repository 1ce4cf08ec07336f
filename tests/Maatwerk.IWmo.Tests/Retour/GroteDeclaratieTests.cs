using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Berichten.Declaratie;
using Maatwerk.IWmo.Verwerking;

namespace Maatwerk.IWmo.Tests.Retour;

public class GroteDeclaratieTests
{
    [Fact]
    public void Only_the_rejected_prestaties_come_back_in_the_325_with_their_codes()
    {
        var begin = new DateOnly(2025, 3, 1);
        var eind = new DateOnly(2025, 3, 31);
        var prestaties = Enumerable.Range(0, 300).Select(i => (Bsn: Bsn(i / 10), P: new DeclaratiePrestatie(
            $"RN{i:D5}", null, (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "02", "02A01", begin, eind, 2, "04", 1000, 2000, "D"))).ToList();
        var kop = new DeclaratieKop(new BerichtHeader("484", "65656055", "0384", "GROOT1", new DateOnly(2025, 4, 5), "1.0.0", "1.0.0"),
            "DN1", begin, eind, new DateOnly(2025, 4, 5), 300 * 2000, "D");
        var ms = new MemoryStream();
        using (var w = new Wmo323Schrijver(ms, kop))
            foreach (var g in prestaties.GroupBy(p => p.Bsn))
                w.Client(g.Key, g.Select(x => x.P));

        var context = new InMemoryBerichtContext();
        var afgewezen = new HashSet<int> { 3, 77, 150, 151, 299 };
        for (var i = 0; i < 300; i++)
            if (!afgewezen.Contains(i))
                context.RegistreerToewijzing(new ToewijzingGegevens("0384", "65656055", prestaties[i].Bsn, (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "02", "02A01", begin, null, "04"));
        context.RegistreerToewijzing(new ToewijzingGegevens("0384", "65656055", prestaties[150].Bsn, "1150", "02", "02A01", new DateOnly(2025, 3, 15), null, "04"));

        var uitkomst = new BerichtVerwerker(context, new VasteKlok(new DateTimeOffset(2025, 4, 10, 10, 0, 0, TimeSpan.Zero))).Verwerk(ms.ToArray());
        uitkomst.Validatie.IsTechnischAfgekeurd.Should().BeFalse(string.Join("; ", uitkomst.Validatie.Fouten));
        var retour = BerichtLezer.Lees(uitkomst.Retour!).Bericht!;
        var terug = retour.Zoek("DeclaratieAntwoord/Clienten")!.Kinderen
            .SelectMany(c => c.Zoek("Prestaties")!.Kinderen)
            .ToDictionary(p => p.Tekst("ProductReferentie/ReferentieNummer")!, p => string.Join(",", p.Zoek("RetourCodes")!.Kinderen.Select(k => k.Waarde)));
        terug.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["RN00003"] = "9019", ["RN00077"] = "9019", ["RN00150"] = "9307", ["RN00151"] = "9019", ["RN00299"] = "9019",
        });
        retour.Getal("DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag").Should().Be(295 * 2000);
        retour.Tekst("DeclaratieAntwoord/RetourCodes/RetourCode").Should().Be("0200");
    }

    private static string Bsn(int n)
    {
        for (var k = 0; ; k++)
        {
            var basis = (100000000 + n * 7919L + k).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var som = 0;
            for (var i = 0; i < 8; i++) som += (9 - i) * (basis[i] - '0');
            for (var last = 0; last <= 9; last++)
                if ((som - last) % 11 == 0 && som - last != 0) return basis[..8] + last;
        }
    }
}
