using System.Text;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Berichten.Declaratie;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Tests.Berichten;

public class RoundTripTests
{
    [Theory]
    [MemberData(nameof(Package.HeenData), MemberType = typeof(Package))]
    public void Example_read_and_written_again_is_XSD_valid_and_unchanged(string nummer)
    {
        var (bericht, resultaat) = BerichtReader.Read(File.ReadAllBytes(Package.Example(nummer)), new ValidationOptions { Inhoud = false });
        resultaat.IsGeldig.Should().BeTrue();
        var geschreven = BerichtWriter.ToBytes(bericht!);
        XsdOracle.Errors(geschreven).Should().BeEmpty();
        var (opnieuw, r2) = BerichtReader.Read(geschreven, new ValidationOptions { Inhoud = false });
        r2.IsGeldig.Should().BeTrue();
        Canonical(opnieuw!).Should().Be(Canonical(bericht!));
    }

    [Fact]
    public void Typed_323_reader_and_streaming_writer_round_trip()
    {
        var kop = default(DeclaratieKop);
        var clienten = new List<(string Bsn, DeclaratiePrestatie P)>();
        using (var s = File.OpenRead(Package.Example("323")))
            Wmo323Reader.Read(s, (k, bsn, p, _) => { kop = k; clienten.Add((bsn, p)); }).IsGeldig.Should().BeTrue();
        clienten.Should().HaveCountGreaterThan(2);
        clienten[0].P.Bedrag.Should().Be(5000);

        var ms = new MemoryStream();
        using (var w = new Wmo323Writer(ms, kop!))
            foreach (var groep in clienten.GroupBy(c => c.Bsn))
                w.Client(groep.Key, groep.Select(g => g.P));
        var bytes = ms.ToArray();
        XsdOracle.Errors(bytes).Should().BeEmpty();
        var terug = new List<DeclaratiePrestatie>();
        Wmo323Reader.Read(new MemoryStream(bytes), (_, _, p, _) => terug.Add(p), new ValidationOptions { Vandaag = new DateOnly(2026, 1, 1) })
            .Fouten.Should().BeEmpty();
        terug.Should().Equal(clienten.Select(c => c.P));
    }

    [Fact]
    public void Validating_a_323_does_not_keep_its_clients_or_prestaties()
    {
        var r = BerichtValidator.Validate(Package.Example("323"), new ValidationOptions { Vandaag = new DateOnly(2026, 1, 1) });
        r.IsGeldig.Should().BeTrue();
        r.Bericht!.Find("Declaratie/Clienten")!.AantalKinderen.Should().Be(0, "clients and prestaties are streamed, not retained");
        r.AantalEenheden.Should().BeGreaterThan(3);
    }

    internal static string Canonical(BerichtElement e)
    {
        var sb = new StringBuilder();
        void Loop(BerichtElement x, int d)
        {
            sb.Append(' ', d).Append('{').Append(x.Namespace).Append('}').Append(x.Naam).Append('=').Append(x.Waarde).Append('\n');
            foreach (var k in x.Kinderen) Loop(k, d + 1);
        }
        Loop(e, 0);
        return sb.ToString();
    }
}
