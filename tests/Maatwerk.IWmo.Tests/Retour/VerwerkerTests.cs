using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Verwerking;

namespace Maatwerk.IWmo.Tests.Retour;

public class VerwerkerTests
{
    private static byte[] Voorbeeld(string n) => File.ReadAllBytes(Pakket.Voorbeeld(n));

    [Fact]
    public void Second_delivery_of_the_same_BerichtIdentificatie_gets_the_first_answer()
    {
        var context = new InMemoryBerichtContext();
        var verwerker = new BerichtVerwerker(context, VasteKlok.Standaard);
        var eerste = verwerker.Verwerk(Voorbeeld("301"));
        var tweede = verwerker.Verwerk(Voorbeeld("301"));
        eerste.IsHerhaling.Should().BeFalse();
        eerste.Retour.Should().NotBeNull();
        tweede.IsHerhaling.Should().BeTrue();
        tweede.Retour.Should().Equal(eerste.Retour);
        context.AantalAntwoorden.Should().Be(1);
    }

    [Fact]
    public void A_323_for_an_unknown_allocation_is_answered_with_9338_per_prestatie()
    {
        // TR338 (9338) is the 323's rule for a prestatie without ToegewezenProduct; TR019 (9019) is for start and stop.
        var uitkomst = new BerichtVerwerker(new InMemoryBerichtContext(), VasteKlok.Standaard).Verwerk(Voorbeeld("323"));
        uitkomst.Validatie.Fouten.Should().HaveCount(4).And.OnlyContain(f => f.Code == "TR338" && f.Retourcode == "9338");
        var (retour, r) = BerichtLezer.Lees(uitkomst.Retour!);
        r.Soort.Should().Be(BerichtCatalogus.Wmo325);
        retour!.Getal("DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag").Should().Be(0);
    }

    [Fact]
    public void A_305_is_checked_against_the_allocations_of_earlier_301s()
    {
        var context = new InMemoryBerichtContext();
        var verwerker = new BerichtVerwerker(context, VasteKlok.Standaard);
        var zonder = verwerker.Verwerk(Voorbeeld("305"));
        zonder.Validatie.Fouten.Should().Contain(f => f.Retourcode == "9019");

        var heen301 = BerichtLezer.Lees(Voorbeeld("301")).Bericht!;
        var heen305 = BerichtLezer.Lees(Voorbeeld("305")).Bericht!;
        foreach (var p in heen305.Zoek("Client/StartProducten")!.Kinderen)
            context.RegistreerToewijzing(new ToewijzingGegevens(heen305.Tekst("Header/Ontvanger")!, heen305.Tekst("Header/Afzender")!,
                heen305.Tekst("Client/Bsn")!, p.Tekst("ToewijzingNummer")!, null, null, new DateOnly(2020, 1, 1), null, null));
        heen301.Should().NotBeNull();
        var nieuw = BerichtSchrijver.NaarBytes(heen305.Kloon());
        var doc = System.Text.Encoding.UTF8.GetString(nieuw).Replace(heen305.Tekst("Header/BerichtIdentificatie/Identificatie")!, "NIEUW1");
        var met = verwerker.Verwerk(System.Text.Encoding.UTF8.GetBytes(doc));
        met.Validatie.Fouten.Should().BeEmpty();
        BerichtLezer.Lees(met.Retour!).Bericht!.Tekst("Header/RetourCodes/RetourCode").Should().Be("0200");
    }

    [Theory]
    [InlineData("")]
    [InlineData("<a>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"x\">]><x>&e;</x>")]
    public void Unreadable_input_gives_no_retour_but_a_Dutch_explanation(string xml)
    {
        var uitkomst = new BerichtVerwerker(new InMemoryBerichtContext(), VasteKlok.Standaard).Verwerk(System.Text.Encoding.UTF8.GetBytes(xml));
        uitkomst.Retour.Should().BeNull();
        uitkomst.Melding.Should().Contain("retourbericht");
        uitkomst.Validatie.Fouten.Should().NotBeEmpty();
    }
}
