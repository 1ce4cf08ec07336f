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
    private static readonly ValidationOptions Structuur = new() { Inhoud = false };

    public static IEnumerable<object[]> AllBerichten()
    {
        foreach (var n in Package.Heen)
        {
            yield return [n, false];
            yield return [n, true];
        }
    }

    [Theory]
    [MemberData(nameof(AllBerichten))]
    public void Typed_model_round_trips_every_message_type(string nummer, bool retour)
    {
        var heen = BerichtReader.Read(File.ReadAllBytes(Package.Example(nummer)), Structuur).Bericht!;
        var bericht = retour
            ? BerichtReader.Read(BerichtWriter.ToBytes(RetourGenerator.Create(heen, [], new RetourOptions { Identificatie = "R1", Dagtekening = new DateOnly(2023, 6, 1) })), Structuur).Bericht!
            : heen;
        var getypt = BerichtModel.From(bericht);
        getypt.Should().NotBeNull();
        var terug = BerichtModel.ToElement(getypt!);
        RoundTripTests.Canonical(terug).Should().Be(RoundTripTests.Canonical(bericht));
        var bytes = BerichtWriter.ToBytes(terug);
        BerichtValidator.Validate(bytes, Structuur).Fouten.Should().BeEmpty();
        if (!retour) XsdOracle.Errors(bytes).Should().BeEmpty();
    }

    [Fact]
    public void Typed_access_reads_like_the_standard()
    {
        var heen = BerichtReader.Read(File.ReadAllBytes(Package.Example("301"))).Bericht!;
        var b = (IWmo.Berichten.Model.Wmo301.Bericht)BerichtModel.From(heen)!;
        b.Header.BerichtCode.Should().Be("414");
        b.Client.Bsn.Should().Be("999900006");
        b.Client.Geboortedatum.Datum.Should().Be(new DateOnly(1967, 8, 13));
        b.Client.ToegewezenProducten.ToegewezenProduct.Should().NotBeEmpty();
        b.Client.ToegewezenProducten.ToegewezenProduct[0].Toewijzingstijd.Should().NotBeNull();
    }
}
