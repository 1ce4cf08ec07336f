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

    [Fact]
    public void Gives_up_on_a_number_written_with_a_character_reference()
    {
        GenoemdeToewijzingen.Scan(new MemoryStream("<Bericht><ToewijzingNummer>1&#50;3</ToewijzingNummer></Bericht>"u8.ToArray())).Should().BeNull();
    }

    [Fact]
    public void A_message_without_numbers_names_none()
    {
        GenoemdeToewijzingen.Scan(new MemoryStream("<Bericht><Header/></Bericht>"u8.ToArray())).Should().BeEmpty();
    }
}
