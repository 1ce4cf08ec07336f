using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Berichten.Model;
using Maatwerk.IWmo.Retour;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Tests.Berichten;

/// <summary>The typed model of all 14 messages: read → typed → written gives the same message, valid under the XSD
/// (heenberichten) or under the overview description (retourberichten).</summary>
public class ModelTests
{
    private static readonly ValidatieOpties Structuur = new() { Inhoud = false };

    public static IEnumerable<object[]> AlleBerichten()
    {
        foreach (var n in Pakket.Heen)
        {
            yield return [n, false];
            yield return [n, true];
        }
    }

    [Theory]
    [MemberData(nameof(AlleBerichten))]
    public void Typed_model_round_trips_every_message_type(string nummer, bool retour)
    {
        var heen = BerichtLezer.Lees(File.ReadAllBytes(Pakket.Voorbeeld(nummer)), Structuur).Bericht!;
        var bericht = retour
            ? BerichtLezer.Lees(BerichtSchrijver.NaarBytes(RetourGenerator.Maak(heen, [], new RetourOpties { Identificatie = "R1", Dagtekening = new DateOnly(2023, 6, 1) })), Structuur).Bericht!
            : heen;
        var getypt = Berichtmodel.Van(bericht);
        getypt.Should().NotBeNull();
        var terug = Berichtmodel.NaarElement(getypt!);
        RondreisTests.Canoniek(terug).Should().Be(RondreisTests.Canoniek(bericht));
        var bytes = BerichtSchrijver.NaarBytes(terug);
        BerichtValidator.Valideer(bytes, Structuur).Fouten.Should().BeEmpty();
        if (!retour) XsdOrakel.Fouten(bytes).Should().BeEmpty();
    }

    [Fact]
    public void Typed_access_reads_like_the_standard()
    {
        var heen = BerichtLezer.Lees(File.ReadAllBytes(Pakket.Voorbeeld("301"))).Bericht!;
        var b = (IWmo.Berichten.Model.Wmo301.Bericht)Berichtmodel.Van(heen)!;
        b.Header.BerichtCode.Should().Be("414");
        b.Client.Bsn.Should().Be("999900006");
        b.Client.Geboortedatum.Datum.Should().Be(new DateOnly(1967, 8, 13));
        b.Client.ToegewezenProducten.ToegewezenProduct.Should().NotBeEmpty();
        b.Client.ToegewezenProducten.ToegewezenProduct[0].Toewijzingstijd.Should().NotBeNull();
    }
}
