using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Verwerking;

namespace Maatwerk.IWmo.Tests.Retour;

public class ProcessorTests
{
    private static byte[] Example(string n) => File.ReadAllBytes(Package.Example(n));

    [Fact]
    public void Second_delivery_of_the_same_BerichtIdentificatie_gets_the_first_answer()
    {
        var context = new InMemoryBerichtContext();
        var verwerker = new BerichtProcessor(context, FixedClock.Standaard);
        var eerste = verwerker.Process(Example("301"));
        var tweede = verwerker.Process(Example("301"));
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
        var uitkomst = new BerichtProcessor(new InMemoryBerichtContext(), FixedClock.Standaard).Process(Example("323"));
        uitkomst.Validatie.Fouten.Should().HaveCount(4).And.OnlyContain(f => f.Code == "TR338" && f.Retourcode == "9338");
        var (retour, r) = BerichtReader.Read(uitkomst.Retour!);
        r.Soort.Should().Be(BerichtCatalog.Wmo325);
        retour!.Number("DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag").Should().Be(0);
    }

    [Fact]
    public void A_305_is_checked_against_the_allocations_of_earlier_301s()
    {
        var context = new InMemoryBerichtContext();
        var verwerker = new BerichtProcessor(context, FixedClock.Standaard);
        var zonder = verwerker.Process(Example("305"));
        zonder.Validatie.Fouten.Should().Contain(f => f.Retourcode == "9019");

        var heen301 = BerichtReader.Read(Example("301")).Bericht!;
        var heen305 = BerichtReader.Read(Example("305")).Bericht!;
        foreach (var p in heen305.Find("Client/StartProducten")!.Kinderen)
            context.RegisterToewijzing(new ToewijzingData(heen305.Text("Header/Ontvanger")!, heen305.Text("Header/Afzender")!,
                heen305.Text("Client/Bsn")!, p.Text("ToewijzingNummer")!, null, null, new DateOnly(2020, 1, 1), null, null));
        heen301.Should().NotBeNull();
        var nieuw = BerichtWriter.ToBytes(heen305.Clone());
        var doc = System.Text.Encoding.UTF8.GetString(nieuw).Replace(heen305.Text("Header/BerichtIdentificatie/Identificatie")!, "NIEUW1");
        var met = verwerker.Process(System.Text.Encoding.UTF8.GetBytes(doc));
        met.Validatie.Fouten.Should().BeEmpty();
        BerichtReader.Read(met.Retour!).Bericht!.Text("Header/RetourCodes/RetourCode").Should().Be("0200");
    }

    [Theory]
    [InlineData("")]
    [InlineData("<a>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"x\">]><x>&e;</x>")]
    public void Unreadable_input_gives_no_retour_but_a_Dutch_explanation(string xml)
    {
        var uitkomst = new BerichtProcessor(new InMemoryBerichtContext(), FixedClock.Standaard).Process(System.Text.Encoding.UTF8.GetBytes(xml));
        uitkomst.Retour.Should().BeNull();
        uitkomst.Melding.Should().Contain("retourbericht");
        uitkomst.Validatie.Fouten.Should().NotBeEmpty();
    }
}
