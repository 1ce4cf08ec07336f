using System.Text;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Tests.Validatie;

public class AttackTests
{
    private static ValidationResult Validate(string xml, ValidationOptions? o = null) => BerichtValidator.Validate(Encoding.UTF8.GetBytes(xml), o);

    [Fact]
    public void External_entity_XXE_is_refused_before_anything_is_resolved()
    {
        var r = Validate("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>");
        r.Fouten.Should().ContainSingle().Which.Code.Should().Be("X002");
        r.Fouten[0].Melding.Should().NotContain("root:");
    }

    [Fact]
    public void External_DTD_is_refused()
    {
        Validate("<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"http://example.org/x.dtd\"><r/>").Fouten.Single().Code.Should().Be("X002");
    }

    [Fact]
    public void Billion_laughs_is_refused_before_expansion()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
            sb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString())};", 10))}\">");
        sb.Append("]><lolz>&lol9;</lolz>");
        // Refused at the DTD (X002), so no entity is ever expanded; speed is measured in bench/, not asserted here.
        Validate(sb.ToString()).Fouten.Single().Code.Should().Be("X002");
    }

    [Fact]
    public void Undeclared_entity_is_malformed_xml()
    {
        Validate("<r>&x;</r>").Fouten.Should().Contain(f => f.Code == "X001");
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_seekable_and_streaming()
    {
        var groot = File.ReadAllBytes(Package.Example("301"));
        var opties = new ValidationOptions { MaxBytes = 1000 };
        BerichtValidator.Validate(groot, opties).Fouten.Single().Code.Should().Be("X003");
        BerichtValidator.Validate(new NonSeekableStream(groot), opties).Fouten.Single().Code.Should().Be("X003");
    }

    [Fact]
    public void Huge_generated_file_stops_at_the_limit_without_reading_it_all()
    {
        var stroom = new EndlessStream("<?xml version=\"1.0\"?><wmo323:Bericht xmlns:wmo323=\"http://www.istandaarden.nl/iwmo/3_2/wmo323/schema\"><wmo323:Header>"u8.ToArray(), "<!-- opvulling -->"u8.ToArray());
        var r = BerichtValidator.Validate(stroom, new ValidationOptions { MaxBytes = 5_000_000 });
        r.Fouten.Should().ContainSingle(f => f.Code == "X003");
        stroom.Gelezen.Should().BeLessThan(6_000_000);
    }

    [Theory]
    [InlineData("", "X004")]
    [InlineData("<a><b></a>", "X001")]
    [InlineData("<Bericht xmlns=\"http://www.istandaarden.nl/iwmo/3_1/wmo301/schema\"/>", "X005")]
    [InlineData("<Bericht xmlns=\"urn:iets-anders\"/>", "X005")]
    [InlineData("<Bericht/>", "X005")]
    public void Bad_input_gets_a_code_and_a_Dutch_message(string xml, string code)
    {
        var r = Validate(xml);
        r.Fouten.Should().Contain(f => f.Code == code);
        r.Fouten.Should().OnlyContain(f => f.Melding.Length > 10);
    }

    [Fact]
    public void Invalid_utf8_bytes_are_reported_not_thrown()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>x</a>").ToList();
        bytes.InsertRange(bytes.Count - 5, new byte[] { 0xC3, 0x28 });
        BerichtValidator.Validate(bytes.ToArray()).Fouten.Should().ContainSingle().Which.Code.Should().Be("X001");
    }

    [Fact]
    public void Error_list_is_bounded()
    {
        var xml = File.ReadAllText(Package.Example("323"));
        var prestatie = xml[xml.IndexOf("<wmo323:Prestatie>", StringComparison.Ordinal)..(xml.IndexOf("</wmo323:Prestatie>", StringComparison.Ordinal) + 19)];
        var slecht = prestatie.Replace("<wmo323:Eenheid>04</wmo323:Eenheid>", "<wmo323:Eenheid>99</wmo323:Eenheid>");
        xml = xml.Replace(prestatie, string.Concat(Enumerable.Repeat(slecht, 3000)));
        var r = Validate(xml, new ValidationOptions { MaxFouten = 100 });
        r.Fouten.Should().HaveCount(101);
        r.Fouten[^1].Code.Should().Be("X999");
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }

    private sealed class EndlessStream(byte[] begin, byte[] herhaling) : Stream
    {
        public long Gelezen { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Gelezen; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++, Gelezen++)
                buffer[offset + i] = Gelezen < begin.Length ? begin[Gelezen] : herhaling[(Gelezen - begin.Length) % herhaling.Length];
            return count;
        }
    }
}
