using System.Text;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Declaratiebeoordeling;

namespace Maatwerk.Infrastructure.Tests.Declaratiebeoordeling;

/// <summary>Issue 12 ("ontvangst3"): the receipt narrows its index to the ToewijzingNummers a 323 names, found by a byte
/// search before the parse. It must find every one of them (a number it misses would be rejected with TR338), also where a
/// value or tag is cut by the search's 1 MB buffer, and give up (null: the whole index) where only a parser reads a value.</summary>
public sealed class GenoemdeToewijzingenTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(13)]
    public void Finds_every_number_the_message_names_wherever_the_buffer_cuts_it(int verschuiving)
    {
        var verwacht = Enumerable.Range(0, 60_000).Select(i => (100_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ns:Bericht xmlns:ns=\"urn:x\">").Append(' ', verschuiving);
        foreach (var nummer in verwacht)
            xml.Append("<ns:Prestatie><ns:ToewijzingNummer>").Append(nummer).Append("</ns:ToewijzingNummer><ns:Omschrijving>zorg é €</ns:Omschrijving></ns:Prestatie>");
        xml.Append("<ToewijzingNummer>\n  42 \n</ToewijzingNummer></ns:Bericht>");
        Encoding.UTF8.GetByteCount(xml.ToString()).Should().BeGreaterThan(3 << 20, "the message spans several buffers");

        var gevonden = GenoemdeToewijzingen.Scan(new Utf8TekstStream(xml.ToString()));

        gevonden.Should().BeEquivalentTo(verwacht.Append("42"));
    }

    [Theory]
    [InlineData("<ToewijzingNummer>1&#50;3</ToewijzingNummer>")]
    [InlineData("<ToewijzingNummer><![CDATA[123]]></ToewijzingNummer>")]
    [InlineData("<ToewijzingNummer><!-- nummer -->123</ToewijzingNummer>")]
    public void Gives_up_where_only_a_parser_reads_the_number(string prestatie)
    {
        Scan($"<Bericht><Prestatie>{prestatie}</Prestatie></Bericht>").Should().BeNull();
    }

    [Fact]
    public void Reads_a_start_tag_with_attributes_and_passes_over_closing_tags_empty_elements_and_longer_names()
    {
        Scan("<m:Bericht xmlns:m=\"urn:x\"><m:ToewijzingNummer xmlns:m=\"urn:x\">111</m:ToewijzingNummer><m:Product/>" +
             "<ToewijzingNummer\n>222</ToewijzingNummer><ToewijzingNummer/><VorigToewijzingNummer>333</VorigToewijzingNummer>" +
             "<ToewijzingNummerExtra>444</ToewijzingNummerExtra><Tekst>ToewijzingNummer 555</Tekst></m:Bericht>")
            .Should().BeEquivalentTo("111", "222");
    }

    private static HashSet<string>? Scan(string xml) => GenoemdeToewijzingen.Scan(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

    [Fact]
    public void A_message_without_numbers_names_none()
    {
        Scan("<Bericht><Header/></Bericht>").Should().BeEmpty();
    }
}
