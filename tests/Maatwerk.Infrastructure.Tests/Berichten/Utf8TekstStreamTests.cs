using System.Text;
using Maatwerk.Infrastructure.Berichten;

namespace Maatwerk.Infrastructure.Tests.Berichten;

/// <summary>The stored XML of a Bericht goes to the streaming validator as UTF-8 read a few kilobytes at a time (issue 12,
/// "ontvangst"): the bytes must be exactly those of the whole message encoded at once, whatever the read sizes, also where
/// a multi-byte character or a surrogate pair falls on the border between two chunks.</summary>
public sealed class Utf8TekstStreamTests
{
    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(4096)]
    [InlineData(100_000)]
    public void Reads_the_same_bytes_as_encoding_the_whole_text_at_once(int leesgrootte)
    {
        // 'é' is two bytes, '€' three, the emoji a surrogate pair of four: repeated so they cross every chunk border.
        var tekst = "<Bericht>" + string.Concat(Enumerable.Repeat("Zorg é € 😀 ", 5_000)) + "</Bericht>";
        using var stream = new Utf8TekstStream(tekst);
        using var gelezen = new MemoryStream();
        var buffer = new byte[leesgrootte];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            gelezen.Write(buffer, 0, n);

        gelezen.ToArray().Should().Equal(Encoding.UTF8.GetBytes(tekst));
        stream.Position.Should().Be(gelezen.Length);
    }

    [Fact]
    public void An_empty_text_is_an_empty_stream() =>
        new Utf8TekstStream("").Read(new byte[16], 0, 16).Should().Be(0);
}
