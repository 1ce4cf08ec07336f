using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Retour;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Verwerking;
using Maatwerk.IWmo.Validatie;
using Xunit.Abstractions;

namespace Maatwerk.IWmo.Tests.Mutaties;

/// <summary>Differential test: on every mutated message our layers 1–2 and the official XSD agree on valid/invalid.</summary>
public class MutatieTests(ITestOutputHelper output)
{
    private static readonly ValidatieOpties Structuur = new() { Inhoud = false };

    [Theory]
    [MemberData(nameof(Pakket.HeenData), MemberType = typeof(Pakket))]
    public void Our_validator_and_the_XSD_agree_on_every_mutation(string nummer) => Vergelijk(Pakket.Voorbeeld(nummer), $"WMO{nummer}");

    /// <summary>Retour messages: our description (generated from the overview) against an XSD built from the same
    /// overview tables by the test, over mutations of the retour we produce for each official example.</summary>
    [Theory]
    [MemberData(nameof(Pakket.HeenData), MemberType = typeof(Pakket))]
    public void Retour_messages_agree_with_an_XSD_built_from_the_overview(string nummer)
    {
        var heen = BerichtLezer.Lees(File.ReadAllBytes(Pakket.Voorbeeld(nummer)), Structuur).Bericht!;
        var pad = Path.Combine(Path.GetTempPath(), $"maatwerk-retour-{nummer}-{Environment.ProcessId}.xml");
        var eerste = heen.Kinderen.Skip(1).First();
        var product = Diepste(eerste);
        var retour = RetourGenerator.Maak(heen, [new Fout("T", product.Pad, "t", ValidatieLaag.Context, "9019")], new RetourOpties { Identificatie = "R1", Dagtekening = new DateOnly(2023, 6, 1) });
        File.WriteAllBytes(pad, BerichtSchrijver.NaarBytes(retour));
        try
        {
            XsdOrakel.Fouten(File.ReadAllBytes(pad)).Should().BeEmpty();
            Vergelijk(pad, "retour van WMO" + nummer);
        }
        finally
        {
            File.Delete(pad);
        }
    }

    /// <summary>Every 4th mutation (test time) also goes through all layers and the retour generation: no crash, no internal error,
    /// and whenever a retour comes out it is valid.</summary>
    private static void Robuust(Mutatie m)
    {
        var alles = BerichtValidator.Valideer(m.Xml, new ValidatieOpties { Vandaag = new DateOnly(2026, 1, 1) });
        alles.Fouten.Should().NotContain(f => f.Code == "X900", m.Omschrijving);
        if (alles.Soort is { IsRetour: false })
        {
            var uitkomst = new BerichtVerwerker(new InMemoryBerichtContext(), VasteKlok.Standaard).Verwerk(m.Xml);
            uitkomst.Validatie.Fouten.Should().NotContain(f => f.Code == "X900", m.Omschrijving);
            if (uitkomst.Retour is { } retour)
                BerichtValidator.Valideer(retour, Structuur).Fouten.Should().BeEmpty(m.Omschrijving);
            else
                uitkomst.Melding.Should().NotBeNullOrEmpty(m.Omschrijving);
        }
    }

    private static BerichtElement Diepste(BerichtElement e) => e.Kinderen.LastOrDefault(k => k.Kinderen.Count > 0) is { } k ? Diepste(k) : e;

    private void Vergelijk(string bestand, string naam)
    {
        var verschillen = new List<string>();
        int totaal = 0, ongeldig = 0;
        foreach (var m in MutatieGenerator.Genereer(bestand))
        {
            totaal++;
            var xsd = XsdOrakel.Fouten(m.Xml);
            var ons = BerichtValidator.Valideer(m.Xml, Structuur);
            if (xsd.Count > 0) ongeldig++;
            if (totaal % 4 == 0) Robuust(m);
            if (ons.IsGeldig != (xsd.Count == 0))
                verschillen.Add($"{m.Omschrijving}\n   XSD: {(xsd.Count == 0 ? "geldig" : xsd[0])}\n   wij: {(ons.IsGeldig ? "geldig" : ons.Fouten[0].ToString())}");
        }
        output.WriteLine($"{naam}: {totaal} mutaties, {ongeldig} ongeldig volgens XSD, {verschillen.Count} verschillen");
        totaal.Should().BeGreaterThan(200);
        verschillen.Should().BeEmpty(string.Join("\n", verschillen.Take(25)));
    }
}
