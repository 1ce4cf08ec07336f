using System.Text;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Declaratiebeoordeling;

namespace Maatwerk.Infrastructure.Tests.Declaratiebeoordeling;

/// <summary>Issue 12 ("ontvangst3"): the receipt narrows its index to the ToewijzingNummers a 323 names, found by a byte
/// search before the parse, and (ontvangst4) its earlier lines to those of the named toewijzingen and references. It must find every one of them (a number it misses would be rejected with TR338), also where a
/// value or tag is cut by the search's 1 MB buffer, and give up (null: the whole index) where only a parser reads a value.</summary>
public sealed class GenoemdeNummersTests
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

        var gevonden = GenoemdeNummers.Scan(new Utf8TekstStream(xml.ToString()))!.Toewijzingen;

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

    private static HashSet<string>? Scan(string xml) => Alles(xml)?.Toewijzingen;

    private static GenoemdeNummers? Alles(string xml) => GenoemdeNummers.Scan(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

    [Fact]
    public void A_message_without_numbers_names_none()
    {
        var genoemd = Alles("<Bericht><Header/></Bericht>")!;
        genoemd.Toewijzingen.Should().BeEmpty();
        genoemd.Referenties.Should().BeEmpty();
    }

    [Fact]
    public void Finds_the_references_and_the_vorig_references_apart_from_the_toewijzingen()
    {
        var genoemd = Alles("<m:Bericht xmlns:m=\"urn:x\"><m:Prestatie><m:ReferentieNummer>R1</m:ReferentieNummer><m:VorigReferentieNummer>R0" +
                            "</m:VorigReferentieNummer><m:ToewijzingNummer>T1</m:ToewijzingNummer></m:Prestatie><Prestatie><ReferentieNummer>\nR2 " +
                            "</ReferentieNummer><VorigReferentieNummer/><XReferentieNummer>R9</XReferentieNummer><DeclaratieNummer>D1</DeclaratieNummer>" +
                            "</Prestatie></m:Bericht>")!;

        genoemd.Referenties.Should().BeEquivalentTo("R1", "R0", "R2");
        genoemd.Toewijzingen.Should().BeEquivalentTo("T1");
    }

    [Theory]
    [InlineData("<ReferentieNummer>R&amp;1</ReferentieNummer>")]
    [InlineData("<VorigReferentieNummer><![CDATA[R1]]></VorigReferentieNummer>")]
    public void Gives_up_where_only_a_parser_reads_a_reference(string prestatie)
    {
        Alles($"<Bericht><Prestatie>{prestatie}</Prestatie></Bericht>").Should().BeNull();
    }
}
