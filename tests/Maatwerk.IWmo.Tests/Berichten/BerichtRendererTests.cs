using System.Text;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Berichten.Readable;
using Maatwerk.IWmo.Retour;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Tests.Berichten;

/// <summary>Issue 13, readable messages: every message renders as Dutch sections with its codes decoded from the
/// official code lists, dates as dd-mm-jjjj and eurocents as euros (the official examples of the 3.2 pack).</summary>
public class BerichtRendererTests
{
    private static readonly ValidationOptions Structuur = new() { Inhoud = false };

    private static string Example(string nummer) => File.ReadAllText(Package.Example(nummer));

    private static IEnumerable<ReadableField> AllFields(ReadableSection s) => s.Fields.Concat(s.Sections.SelectMany(AllFields));

    private static ReadableSection Section(ReadableBericht b, string title) => b.Sections.Single(s => s.Title == title);

    private static ReadableField Field(ReadableSection s, string label) => s.Fields.First(f => f.Label == label);

    [Fact]
    public void A_301_shows_header_client_and_product_in_words()
    {
        var b = BerichtRenderer.Render(Example("301"), new Dictionary<string, string> { ["42420001"] = "Zorg Oost BV" });

        b.Soort.Should().Be("WMO301");
        b.Sections.Select(s => s.Title).Should().Equal("Header", "Cliënt");
        var header = Section(b, "Header");
        Field(header, "Bericht").Should().Be(new ReadableField("Bericht", "WMO301 Toewijzing Wmo-ondersteuning", "414"));
        Field(header, "Afzender").Should().Be(new ReadableField("Afzender", "Gemeente Diemen", "0384"));
        Field(header, "Ontvanger").Should().Be(new ReadableField("Ontvanger", "Zorg Oost BV", "42420001"));
        Field(header, "Identificatie").Value.Should().Be("123456789012");
        Field(header, "Dagtekening").Value.Should().Be("13-08-2023");
        Field(header, "iWmo-versie").Value.Should().Be("3.2");

        var client = Section(b, "Cliënt");
        Field(client, "Geslacht").Should().Be(new ReadableField("Geslacht", "Mannelijk", "1"));
        Field(client, "Geboortedatum").Value.Should().Be("13-08-1967");
        Field(client, "Naam").Value.Should().Be("Tim de Wit");
        Field(client, "Juridische status").Should().Be(new ReadableField("Juridische status", "RM op eigen verzoek", "02"));
        client.Sections.Select(s => s.Title).Should().Contain(["Relatie 1", "Relatie 2", "Contact", "Toegewezen product"]);

        var product = client.Sections.Single(s => s.Title == "Toegewezen product");
        Field(product, "Product").Should().Be(new ReadableField("Product", "Hulp bij het huishouden, productcode 01A01", "01"));
        Field(product, "Omvang").Value.Should().Be("10 minuten per dag");
        Field(product, "Ingangsdatum").Value.Should().Be("01-01-2023");
        Field(product, "Einddatum").Value.Should().Be("31-12-2023");
        Field(product, "Toewijzingnummer").Value.Should().Be("101");
    }

    [Fact]
    public void A_323_shows_amounts_in_euros_and_every_prestatie()
    {
        var b = BerichtRenderer.Render(Example("323"));

        var declaratie = Section(b, "Declaratie");
        Field(declaratie, "Declaratieperiode").Value.Should().Be("01-04-2023 t/m 30-04-2023");
        Field(declaratie, "Totaal ingediend").Should().Be(new ReadableField("Totaal ingediend", "€ 580,00 debet", "D"));
        var clienten = declaratie.Sections.Where(s => s.Title.StartsWith("Cliënt ")).ToList();
        clienten.Should().HaveCountGreaterThan(1);
        var prestatie = clienten[0].Sections.First(s => s.Title.StartsWith("Prestatie"));
        Field(prestatie, "Productcategorie").Should().Be(new ReadableField("Productcategorie", "Hulp bij het huishouden", "01"));
        Field(prestatie, "Eenheid").Should().Be(new ReadableField("Eenheid", "Uur", "04"));
        Field(prestatie, "Tarief").Value.Should().Be("€ 12,50");
        Field(prestatie, "Ingediend bedrag").Value.Should().Be("€ 50,00 debet");
        Field(prestatie, "Periode").Value.Should().Be("01-04-2023 t/m 30-04-2023");
    }

    [Fact]
    public void A_325_explains_its_retourcodes()
    {
        var heen = BerichtReader.Read(File.ReadAllBytes(Package.Example("323"))).Bericht!;
        var eerste = heen.Find("Declaratie/Clienten/Client/Prestaties")!.Kinderen[0];
        var retour = RetourGenerator.Create(heen, [new Finding("TR319", eerste.Pad + "/ProductPeriode", "test", ValidationLayer.Regels, "9319")],
            new RetourOptions { Identificatie = "RET001", Dagtekening = new DateOnly(2023, 5, 8) });

        var b = BerichtRenderer.Render(Encoding.UTF8.GetString(BerichtWriter.ToBytes(retour)));

        b.Soort.Should().Be("WMO325");
        var velden = b.Sections.SelectMany(AllFields).ToList();
        velden.Should().Contain(new ReadableField("Retourcode", "De ProductPeriode valt niet geheel binnen een DeclaratiePeriode.", "9319"));
        velden.Should().Contain(new ReadableField("Retourcode", "Geen opmerking over deze berichtklasse.", "0200"));
        Field(Section(b, "Declaratie-antwoord"), "Totaal toegekend").Value.Should().Be("€ 530,00 debet");
    }

    [Theory]
    [MemberData(nameof(Package.HeenData), MemberType = typeof(Package))]
    public void Every_message_type_and_its_retour_renders_without_raw_codes_or_iso_dates(string nummer)
    {
        var heen = BerichtReader.Read(File.ReadAllBytes(Package.Example(nummer)), Structuur).Bericht!;
        var retour = RetourGenerator.Create(heen, [], new RetourOptions { Identificatie = "R1", Dagtekening = new DateOnly(2023, 6, 1) });
        foreach (var xml in new[] { Example(nummer), Encoding.UTF8.GetString(BerichtWriter.ToBytes(retour)) })
        {
            var b = BerichtRenderer.Render(xml);
            b.Omschrijving.Should().NotBeEmpty();
            var velden = b.Sections.SelectMany(AllFields).ToList();
            velden.Should().NotBeEmpty();
            velden.Should().NotContain(f => System.Text.RegularExpressions.Regex.IsMatch(f.Value, @"\d{4}-\d{2}-\d{2}"), "dates read dd-mm-jjjj");
            velden.Where(f => f.Code is not null).Should().NotContain(f => f.Value == "Onbekende code");
        }
    }
}
