using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Validatie;
using Xunit.Abstractions;

namespace Maatwerk.IWmo.Tests.Mutaties;

/// <summary>Differential test: on every mutated message our layers 1–2 and the official XSD agree on valid/invalid.</summary>
public class MutatieTests(ITestOutputHelper output)
{
    private static readonly ValidatieOpties Structuur = new() { Inhoud = false };

    [Theory]
    [MemberData(nameof(Pakket.HeenData), MemberType = typeof(Pakket))]
    public void Our_validator_and_the_XSD_agree_on_every_mutation(string nummer)
    {
        var verschillen = new List<string>();
        int totaal = 0, ongeldig = 0;
        foreach (var m in MutatieGenerator.Genereer(Pakket.Voorbeeld(nummer)))
        {
            totaal++;
            var xsd = XsdOrakel.Fouten(m.Xml);
            var ons = BerichtValidator.Valideer(m.Xml, Structuur);
            if (xsd.Count > 0) ongeldig++;
            if (ons.IsGeldig != (xsd.Count == 0))
                verschillen.Add($"{m.Omschrijving}\n   XSD: {(xsd.Count == 0 ? "geldig" : xsd[0])}\n   wij: {(ons.IsGeldig ? "geldig" : ons.Fouten[0].ToString())}");
        }
        output.WriteLine($"WMO{nummer}: {totaal} mutaties, {ongeldig} ongeldig volgens XSD, {verschillen.Count} verschillen");
        totaal.Should().BeGreaterThan(200);
        verschillen.Should().BeEmpty(string.Join("\n", verschillen.Take(25)));
    }
}
