using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Retour;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Verwerking;
using Maatwerk.IWmo.Validatie;
using Xunit.Abstractions;

namespace Maatwerk.IWmo.Tests.Mutaties;

/// <summary>Differential test: on every mutated message our layers 1–2 and the official XSD agree on valid/invalid.</summary>
public class MutationTests(ITestOutputHelper output)
{
    private static readonly ValidationOptions Structuur = new() { Inhoud = false };

    [Theory]
    [MemberData(nameof(Package.HeenData), MemberType = typeof(Package))]
    public void Our_validator_and_the_XSD_agree_on_every_mutation(string nummer) => Compare(Package.Example(nummer), $"WMO{nummer}");

    /// <summary>Retour messages: our description (generated from the overview) against an XSD built from the same
    /// overview tables by the test, over mutations of the retour we produce for each official example.</summary>
    [Theory]
    [MemberData(nameof(Package.HeenData), MemberType = typeof(Package))]
    public void Retour_messages_agree_with_an_XSD_built_from_the_overview(string nummer)
    {
        var heen = BerichtReader.Read(File.ReadAllBytes(Package.Example(nummer)), Structuur).Bericht!;
        var pad = Path.Combine(Path.GetTempPath(), $"maatwerk-retour-{nummer}-{Environment.ProcessId}.xml");
        var eerste = heen.Kinderen.Skip(1).First();
        var product = Deepest(eerste);
        var retour = RetourGenerator.Create(heen, [new Finding("T", product.Pad, "t", ValidationLayer.Context, "9019")], new RetourOptions { Identificatie = "R1", Dagtekening = new DateOnly(2023, 6, 1) });
        File.WriteAllBytes(pad, BerichtWriter.ToBytes(retour));
        try
        {
            XsdOracle.Errors(File.ReadAllBytes(pad)).Should().BeEmpty();
            Compare(pad, "retour van WMO" + nummer);
        }
        finally
        {
            File.Delete(pad);
        }
    }

    /// <summary>Every 4th mutation (test time) also goes through all layers and the retour generation: no crash, no internal error,
    /// and whenever a retour comes out it is valid.</summary>
    private static void Robust(Mutation m)
    {
        var alles = BerichtValidator.Validate(m.Xml, new ValidationOptions { Vandaag = new DateOnly(2026, 1, 1) });
        alles.Fouten.Should().NotContain(f => f.Code == "X900", m.Omschrijving);
        if (alles.Soort is { IsRetour: false })
        {
            var uitkomst = new BerichtProcessor(new InMemoryBerichtContext(), FixedClock.Standaard).Process(m.Xml);
            uitkomst.Validatie.Fouten.Should().NotContain(f => f.Code == "X900", m.Omschrijving);
            if (uitkomst.Retour is { } retour)
                BerichtValidator.Validate(retour, Structuur).Fouten.Should().BeEmpty(m.Omschrijving);
            else
                uitkomst.Melding.Should().NotBeNullOrEmpty(m.Omschrijving);
        }
    }

    private static BerichtElement Deepest(BerichtElement e) => e.Kinderen.LastOrDefault(k => k.Kinderen.Count > 0) is { } k ? Deepest(k) : e;

    private void Compare(string bestand, string naam)
    {
        var verschillen = new List<string>();
        int totaal = 0, ongeldig = 0;
        foreach (var m in MutationGenerator.Generate(bestand))
        {
            totaal++;
            var xsd = XsdOracle.Errors(m.Xml);
            var ons = BerichtValidator.Validate(m.Xml, Structuur);
            if (xsd.Count > 0) ongeldig++;
            if (totaal % 4 == 0) Robust(m);
            if (ons.IsGeldig != (xsd.Count == 0))
                verschillen.Add($"{m.Omschrijving}\n   XSD: {(xsd.Count == 0 ? "geldig" : xsd[0])}\n   wij: {(ons.IsGeldig ? "geldig" : ons.Fouten[0].ToString())}");
        }
        output.WriteLine($"{naam}: {totaal} mutaties, {ongeldig} ongeldig volgens XSD, {verschillen.Count} verschillen");
        totaal.Should().BeGreaterThan(200);
        verschillen.Should().BeEmpty(string.Join("\n", verschillen.Take(25)));
    }
}
