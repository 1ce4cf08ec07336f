using System.Xml.Linq;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Retour;
using Maatwerk.IWmo.Tests.Berichten;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Validatie;
using Maatwerk.IWmo.Verwerking;

namespace Maatwerk.IWmo.Tests.Retour;

public class RetourTests
{
    private static readonly RetourOptions Opties = new() { Identificatie = "RET001", Dagtekening = new DateOnly(2023, 5, 8) };
    private static readonly ValidationOptions Structuur = new() { Inhoud = false };

    private static BerichtElement Heen(string nummer) =>
        BerichtReader.Read(File.ReadAllBytes(Package.Example(nummer)), Structuur).Bericht!;

    [Theory]
    [MemberData(nameof(Package.HeenData), MemberType = typeof(Package))]
    public void Retour_of_a_clean_message_is_valid_round_trips_and_says_0200(string nummer)
    {
        var retour = RetourGenerator.Create(Heen(nummer), [], Opties);
        var bytes = BerichtWriter.ToBytes(retour);
        var (terug, r) = BerichtReader.Read(bytes, Structuur);
        r.Fouten.Should().BeEmpty();
        r.Soort.Should().Be(BerichtCatalog.ByNamespace(Heen(nummer).Namespace)!.Retour);
        RoundTripTests.Canonical(terug!).Should().Be(RoundTripTests.Canonical(retour));
        var codes = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Descendants().Where(e => e.Name.LocalName == "RetourCode").Select(e => e.Value).Distinct().ToList();
        codes.Should().BeSubsetOf(["0200", "8001"]).And.NotBeEmpty();
        terug!.Text("Header/BerichtCode").Should().Be(r.Soort!.BerichtCode);
    }

    [Theory]
    [MemberData(nameof(Package.HeenData), MemberType = typeof(Package))]
    public void Technical_rejection_gives_only_the_header_with_0001(string nummer)
    {
        var fout = new Finding("S001", "/Bericht/Client/Bsn", "test", ValidationLayer.Structuur);
        var retour = RetourGenerator.Create(Heen(nummer), [fout], Opties);
        retour.Kinderen.Should().ContainSingle().Which.Naam.Should().Be("Header");
        retour.Text("Header/RetourCodes/RetourCode").Should().Be("0001");
        BerichtValidator.Validate(BerichtWriter.ToBytes(retour), Structuur).Fouten.Should().BeEmpty();
    }

    [Fact]
    public void Retour_302_puts_a_product_level_code_on_that_product_only()
    {
        var heen = Heen("301");
        var product = heen.Find("Client/ToegewezenProducten")!.Kinderen[0];
        var fout = new Finding("TEST", product.Pad + "/Einddatum", "test", ValidationLayer.Context, "9019");
        var retour = RetourGenerator.Create(heen, [fout], Opties);
        var producten = retour.Find("Client/ToegewezenProducten")!.Kinderen;
        producten[0].Text("RetourCodes/RetourCode").Should().Be("9019");
        producten.Skip(1).All(p => p.Text("RetourCodes/RetourCode") == "0200").Should().BeTrue();
        retour.Text("Client/RetourCodes/RetourCode").Should().Be("0200");
        retour.Text("Header/IdentificatieRetour").Should().Be("RET001");
    }

    [Fact]
    public void Retour_325_contains_only_rejected_prestaties_and_the_granted_total()
    {
        var heen = BerichtReader.Read(File.ReadAllBytes(Package.Example("323"))).Bericht!;
        var eerste = heen.Find("Declaratie/Clienten/Client/Prestaties")!.Kinderen[0];
        var retour = RetourGenerator.Create(heen, [new Finding("TR319", eerste.Pad + "/ProductPeriode", "test", ValidationLayer.Regels, "9319")], Opties);
        BerichtValidator.Validate(BerichtWriter.ToBytes(retour), Structuur).Fouten.Should().BeEmpty();
        var prestaties = retour.Find("DeclaratieAntwoord/Clienten")!.Kinderen.SelectMany(c => c.Find("Prestaties")!.Kinderen).ToList();
        prestaties.Should().ContainSingle().Which.Text("RetourCodes/RetourCode").Should().Be("9319");
        retour.Number("DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag").Should().Be(58000 - 5000);
        retour.Text("Header/Afzender").Should().Be("0384");
        retour.Text("Header/DeclaratieIdentificatie/Identificatie").Should().Be("765432198");
    }

    [Fact]
    public void Retour_types_match_the_master_overview_tables()
    {
        var md = File.ReadAllText(Path.Combine(Package.Map, "reference", "Master overview iWmo XSD schema\u2019s.md"));
        var secties = System.Text.RegularExpressions.Regex.Split(md, @"^## Samenvatting \*\*WMO(\d+)\.xsd\*\*", System.Text.RegularExpressions.RegexOptions.Multiline);
        var gecontroleerd = 0;
        for (var i = 1; i < secties.Length; i += 2)
        {
            var soort = BerichtCatalog.ByName("WMO" + secties[i])!;
            var types = new Dictionary<string, Schema.ComplexType>();
            void Verzamel(Schema.ComplexType ct)
            {
                if (!types.TryAdd(ct.Name.Split(':')[^1], ct)) return;
                foreach (var c in ct.Children) if (c.Complex is { } k && k.Name.Contains(':')) Verzamel(k);
            }
            Verzamel(soort.Root.Complex!);
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(secties[i + 1], @"^### (\w+)\n(.*?)(?=^### |\z)", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.Singleline))
            {
                var rijen = System.Text.RegularExpressions.Regex.Matches(m.Groups[2].Value, @"^\| (\w+) \| [\w:]+ \| (\d+)\.\.(\w+) \|$", System.Text.RegularExpressions.RegexOptions.Multiline);
                if (rijen.Count == 0) continue;
                types.Should().ContainKey(m.Groups[1].Value, $"{soort.Naam} beschrijft {m.Groups[1].Value}");
                var verwacht = rijen.Select(r => $"{r.Groups[1].Value} {r.Groups[2].Value}..{(r.Groups[3].Value == "unbounded" ? "n" : r.Groups[3].Value)}");
                var ons = types[m.Groups[1].Value].Children.Select(c => $"{c.Name} {c.Min}..{(c.Max == Schema.Occurs.Unbounded ? "n" : c.Max.ToString())}");
                ons.Should().Equal(verwacht, $"{soort.Naam}/{m.Groups[1].Value}");
                gecontroleerd++;
            }
        }
        gecontroleerd.Should().BeGreaterThan(60);
    }
}
