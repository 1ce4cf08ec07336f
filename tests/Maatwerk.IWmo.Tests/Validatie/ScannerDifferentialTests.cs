using System.Text;
using System.Xml;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Berichten.Declaratie;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Validatie;
using Xunit.Abstractions;

namespace Maatwerk.IWmo.Tests.Validatie;

/// <summary>Differential property test for layer 1: on the official examples, a generated 323 and thousands of
/// byte-level mutations of them, <see cref="Utf8XmlScanner"/> calls a document well-formed exactly when .NET's
/// XmlReader (DTDs prohibited, nothing resolved: the settings the validator used before the scanner) does, and for a
/// well-formed document it reports the same elements, namespaces, attributes and decoded text.</summary>
public class ScannerDifferentialTests(ITestOutputHelper output)
{
    private static readonly XmlReaderSettings Oracle = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private static readonly byte[][] Invoegsels =
    [
        "<"u8.ToArray(), "&"u8.ToArray(), "]]>"u8.ToArray(), "<!DOCTYPE x>"u8.ToArray(), [0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80],
        [0xEF, 0xBF, 0xBE], [0x01], [0x0B], "\r\n"u8.ToArray(), "\r"u8.ToArray(), "&amp;"u8.ToArray(), "&lt;"u8.ToArray(), "&#0;"u8.ToArray(),
        "&#x1F600;"u8.ToArray(), "&#xD800;"u8.ToArray(), "&#65;"u8.ToArray(), "&#x;"u8.ToArray(), "&nbsp;"u8.ToArray(), "&amp"u8.ToArray(),
        "<!-- c -->"u8.ToArray(), "<!-- a -- b -->"u8.ToArray(), "<!--->"u8.ToArray(), "<?pi x?>"u8.ToArray(), "<?xml version=\"1.0\"?>"u8.ToArray(),
        "<?p:i?>"u8.ToArray(), "<![CDATA[x<y]]>"u8.ToArray(), "<![CDATA[x"u8.ToArray(), "<x/>"u8.ToArray(), "</x>"u8.ToArray(), "<x>"u8.ToArray(),
        "<p:x/>"u8.ToArray(), "<a:b:c/>"u8.ToArray(), "<x a='1' a='2'/>"u8.ToArray(), "<x a=\"<\"/>"u8.ToArray(), "<x a=1/>"u8.ToArray(),
        "<x xmlns:q=\"\"/>"u8.ToArray(), "<x xmlns:q=\"u\" xmlns:r=\"u\" q:a=\"1\" r:a=\"2\"/>"u8.ToArray(), "<x xml:lang=\"nl\"/>"u8.ToArray(),
        "<x xmlns:xml=\"u\"/>"u8.ToArray(), "<x a=\"1\"b=\"2\"/>"u8.ToArray(), "<1x/>"u8.ToArray(), "<é/>"u8.ToArray(), "< x/>"u8.ToArray(),
        "<x></x >"u8.ToArray(), "é"u8.ToArray(), "\uFEFF"u8.ToArray(), " "u8.ToArray(), "\t"u8.ToArray(), ":"u8.ToArray(), "\""u8.ToArray(),
        "'"u8.ToArray(), "="u8.ToArray(), "/"u8.ToArray(), ">"u8.ToArray(), "?>"u8.ToArray(), "--"u8.ToArray(), "<!"u8.ToArray(),
    ];

    [Fact]
    public void Scanner_and_XmlReader_agree_on_well_formedness_and_content_of_examples_generated_323_and_mutations()
    {
        var bronnen = Package.Heen.Select(n => File.ReadAllBytes(Package.Example(n))).Append(Generated323()).ToList();
        var random = new Random(20261129);
        var verschillen = new List<string>();
        int totaal = 0, welgevormd = 0;
        foreach (var bron in bronnen)
        {
            Compare(bron, "origineel");
            for (var i = 0; i < 1500; i++) Compare(Mutate(bron, random, out var wat), wat);
        }
        foreach (var klein in Klein()) Compare(Encoding.UTF8.GetBytes(klein), klein);
        output.WriteLine($"{totaal} documenten, {welgevormd} welgevormd, {verschillen.Count} verschillen");
        verschillen.Should().BeEmpty(string.Join("\n", verschillen.Take(20)));
        totaal.Should().BeGreaterThan(10_000);
        welgevormd.Should().BeGreaterThan(800, "the mutations must not all break the document");
        (totaal - welgevormd).Should().BeGreaterThan(8_000);

        void Compare(byte[] xml, string wat)
        {
            totaal++;
            var orakel = OracleEvents(xml);
            var ons = new Events();
            var fout = Scan(xml, ons);
            if (orakel is not null) welgevormd++;
            if ((orakel is not null) != (fout is null))
                verschillen.Add($"{wat}: XmlReader {(orakel is not null ? "welgevormd" : "fout")}, scanner {fout ?? "welgevormd"}");
            else if (orakel is not null && orakel != ons.ToString())
                verschillen.Add($"{wat}: andere elementen, namespaces of tekst dan XmlReader\n   XmlReader: {Kort(orakel)}\n   scanner:   {Kort(ons.ToString())}");
            // The same document trickling in 1–7 bytes per read: every token and UTF-8 sequence split at the buffer's end.
            var druppel = new Events();
            var druppelFout = Scan(new Druppel(xml, totaal), druppel);
            if ((druppelFout is null) != (fout is null) || fout is null && druppel.ToString() != ons.ToString())
                verschillen.Add($"{wat}: in stukjes gelezen anders dan in één keer ({druppelFout ?? "welgevormd"} / {fout ?? "welgevormd"})");
        }
    }

    /// <summary>Hand-written edge cases of XML 1.0 + namespaces that random mutation rarely reaches.</summary>
    private static IEnumerable<string> Klein() =>
    [
        "<a/>", "<a></a>", "<a>x</a>", " <a/>", "<a/> ", "<a/>x", "<a/><b/>", "x<a/>", "", " ", "<a>", "</a>", "<a></b>",
        "<?xml version=\"1.0\"?><a/>", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><a/>", "<?xml version='1.0' encoding='utf-8'?><a/>",
        "<?xml version=\"1.1\"?><a/>", "<?xml encoding=\"UTF-8\"?><a/>", "<?xml version=\"1.0\" standalone=\"maybe\"?><a/>",
        "<?xml version=\"1.0\" standalone=\"yes\" encoding=\"UTF-8\"?><a/>", "<?xml version=\"1.0\"encoding=\"UTF-8\"?><a/>", " <?xml version=\"1.0\"?><a/>",
        "<?xml version=\"1.0\" ?><a/>", "<?xml  version = \"1.0\" ?><a/>", "<?xml?><a/>", "<?XML version=\"1.0\"?><a/>", "<a/><?xml version=\"1.0\"?>",
        "<?xml-stylesheet href=\"x\"?><a/>", "<?pi?><a/>", "<?pi ?><a/>", "<?pi data?><a/><?pi?>", "<?pi\tdata?><a/>", "<?pidata ?><a/>",
        "<!-- c --><a/><!-- d -->", "<!----><a/>", "<!-- - --><a/>", "<!-- --- --><a/>", "<a><!-- x --></a>", "<!-- x --->",
        "<a><![CDATA[<b>&amp;]]></a>", "<![CDATA[x]]><a/>", "<a><![CDATA[]]]]></a>", "<a>]]></a>", "<a>]]</a>", "<a>]></a>", "<a>></a>",
        "<a>&lt;&gt;&amp;&apos;&quot;</a>", "<a>&#65;&#x41;&#x1F600;</a>", "<a>&#0;</a>", "<a>&#x0;</a>", "<a>&#xFFFE;</a>", "<a>&#x110000;</a>",
        "<a>&#99999999999;</a>", "<a>&#;</a>", "<a>&#x;</a>", "<a>&#-1;</a>", "<a>&#x9;&#xA;&#xD;</a>", "<a>&#8;</a>", "<a>&x;</a>",
        "<a>& x;</a>", "<a>&amp</a>", "<a>&AMP;</a>", "<a b=\"&lt;\"/>", "<a b=\"&x;\"/>", "<a b=\"<\"/>", "<a b=\">\"/>", "<a b='\"'/>",
        "<a b=\"1\" b=\"2\"/>", "<a b=\"1\"c=\"2\"/>", "<a b = \"1\" />", "<a b/>", "<a b=1/>", "<a b=\"1/>", "<a =\"1\"/>",
        "<a xmlns=\"u\"/>", "<p:a xmlns:p=\"u\"/>", "<p:a/>", "<a xmlns:p=\"\"/>", "<a xmlns=\"\"/>", "<p:a xmlns:p=\"u\"><p:b/></p:a>",
        "<p:a xmlns:p=\"u\"></q:a>", "<p:a xmlns:p=\"u\"></a>", "<a p:b=\"1\"/>", "<a xmlns:p=\"u\" xmlns:q=\"u\" p:b=\"1\" q:b=\"2\"/>",
        "<a xmlns:p=\"u\" xmlns:q=\"v\" p:b=\"1\" q:b=\"2\"/>", "<a xmlns:p=\"u\" p:b=\"1\" b=\"2\"/>", "<a xml:lang=\"nl\"/>", "<xml:a/>",
        "<a xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"/>", "<a xmlns:xml=\"u\"/>", "<a xmlns:p=\"http://www.w3.org/XML/1998/namespace\"/>",
        "<a xmlns:xmlns=\"u\"/>", "<xmlns:a/>", "<a xmlns=\"http://www.w3.org/2000/xmlns/\"/>", "<a xmlns:p=\"http://www.w3.org/2000/xmlns/\"/>",
        "<a:/>", "<:a/>", "<a:b:c xmlns:a=\"u\"/>", "<a b:=\"1\"/>", "<a xmlns:p=\"u\" p:=\"1\"/>", "<p:a xmlns:p=\"u&amp;v\"/>",
        "<a><b></a></b>", "<a><b/></a>", "<a></a >", "<a></a b>", "</ a>", "< a/>", "<a/ >", "<a / >", "<1/>", "<-a/>", "<.a/>", "<_a/>",
        "<é/>", "<a-b.c_d1/>", "<aé/>", "<a\u00B7/>", "<a\u0300/>", "<\u0300/>", "<a\u203F/>", "<a\U00010000/>", "<\U00010000/>", "<a\u0E01/>", "<\u0E01/>", "<a\u3007/>", "<\u3021/>", "<\u037E/>", "<a>\u0085</a>", "<a>\u2028</a>",
        "\uFEFF<a/>", "<a>\uFEFF</a>", "<a>\uFFFD</a>", "<a>\r\n</a>", "<a>\r</a>", "<!DOCTYPE a><a/>", "<a><!DOCTYPE a></a>", "<a/><!DOCTYPE a>",
        "<!doctype a><a/>", "<!DOCTYP><a/>", "<!ELEMENT a><a/>", "<a><!x></a>", "<a><![CDATA[x]]</a>", "<a><![cdata[x]]></a>", "<!--a-->",
        "<a>\t \n</a>", "<a b=\"\t\n\r\"/>", "<?xml version=\"1.0\" encoding=\"UTF8\"?><a/>", "<?xml version=\"1.0\" encoding=\"UTF-9\"?><a/>",
        "<?xml version=\"1.0\" encoding=\"\"?><a/>", "<?xml version=\"1.0\" encoding=\"utf-8\" ?><a/>", "<?xml version=\"1.0\"?>",
        "<?xml version=\"1.0\"", "<a", "<a b=\"1\"", "<a>&am", "<!-- x", "<a><![CDATA[", "<a/><", "<a/>&amp;", "<a/>&#32;",
    ];

    private static byte[] Mutate(byte[] bron, Random r, out string wat)
    {
        var b = bron.ToList();
        var plek = r.Next(b.Count + 1);
        switch (r.Next(7))
        {
            case 0:
                wat = $"afgekapt bij {plek}";
                return bron[..plek];
            case 1 when plek < b.Count:
                var waarde = (byte)r.Next(256);
                wat = $"byte {plek} 0x{b[plek]:X2} -> 0x{waarde:X2}";
                b[plek] = waarde;
                break;
            case 2 when plek < b.Count:
                wat = $"byte {plek} 0x{b[plek]:X2} weg";
                b.RemoveAt(plek);
                break;
            case 3:
                var tag = TagAt(bron, plek);
                var ander = TagAt(bron, r.Next(bron.Length));
                if (tag is null || ander is null) goto default;
                wat = $"tag op {tag.Value.Start} vervangen door die op {ander.Value.Start}";
                b.RemoveRange(tag.Value.Start, tag.Value.Length);
                b.InsertRange(tag.Value.Start, bron.AsSpan(ander.Value.Start, ander.Value.Length).ToArray());
                break;
            case 4:
                // Inside a tag or a value, where the structure is most sensitive.
                var lt = Array.IndexOf(bron, (byte)'<', Math.Min(plek, bron.Length - 1));
                plek = lt < 0 ? plek : lt + 1 + r.Next(8);
                plek = Math.Min(plek, b.Count);
                goto default;
            default:
                var invoeg = Invoegsels[r.Next(Invoegsels.Length)];
                wat = $"'{Encoding.UTF8.GetString(invoeg)}' ingevoegd op {plek}";
                b.InsertRange(plek, invoeg);
                break;
        }
        return [.. b];
    }

    private static (int Start, int Length)? TagAt(byte[] bron, int plek)
    {
        var start = Array.LastIndexOf(bron, (byte)'<', Math.Min(plek, bron.Length - 1));
        if (start < 0) return null;
        var end = Array.IndexOf(bron, (byte)'>', start);
        return end < 0 ? null : (start, end - start + 1);
    }

    private static string Kort(string s) => s.Length <= 300 ? s : s[..300] + "…";

    /// <summary>XmlReader's elements (namespace and local name), non-xmlns attributes, end tags and text inside the root
    /// (adjacent text nodes joined) in the notation of <see cref="Events"/>; null when it refuses the document.</summary>
    private static string? OracleEvents(byte[] xml)
    {
        var uit = new Events();
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml), Oracle);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var leeg = reader.IsEmptyElement;
                        uit.Start(reader.NamespaceURI, reader.LocalName);
                        while (reader.MoveToNextAttribute())
                            if (reader.NamespaceURI != Utf8XmlScanner.XmlnsNs) uit.Attr(reader.NamespaceURI, reader.LocalName, reader.Name);
                        if (leeg) uit.End();
                        break;
                    case XmlNodeType.EndElement:
                        uit.End();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when reader.Depth > 0:
                        uit.Tekst(reader.Value);
                        break;
                }
            }
            return uit.ToString();
        }
        catch (Exception ex) when (ex is XmlException or DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Null when well-formed, else the scanner's finding.</summary>
    private static string? Scan(byte[] xml, IXmlTokenHandler handler) => Scan(new MemoryStream(xml), handler);

    private static string? Scan(Stream xml, IXmlTokenHandler handler)
    {
        try
        {
            new Utf8XmlScanner(xml, long.MaxValue, handler).Run();
            return null;
        }
        catch (XmlScanException ex)
        {
            return ex.Finding.ToString();
        }
    }

    /// <summary>What a reader saw, as one string: {ns}local for an element, @ for an attribute, / for an end tag,
    /// "…" for text (decoded, adjacent pieces joined).</summary>
    private sealed class Events : IXmlTokenHandler
    {
        private readonly StringBuilder _uit = new();
        private readonly StringBuilder _tekst = new();

        public void Start(string ns, string local) => Add($"<{{{ns}}}{local}");
        public void Attr(string ns, string local, string naam) => Add($"@{{{ns}}}{local}={naam}");
        public void End() => Add("/");
        public void Tekst(string t) => _tekst.Append(t);

        private void Add(string s)
        {
            if (_tekst.Length > 0) _uit.Append('"').Append(_tekst).Append('"');
            _tekst.Clear();
            _uit.Append(s);
        }

        public override string ToString()
        {
            Add("");
            return _uit.ToString();
        }

        public bool StartElement(string ns, ReadOnlySpan<byte> localName, bool isEmpty)
        {
            Start(ns, Encoding.UTF8.GetString(localName));
            return true;
        }

        public void Attribute(string ns, ReadOnlySpan<byte> localName, ReadOnlySpan<byte> qualifiedName) =>
            Attr(ns, Encoding.UTF8.GetString(localName), Encoding.UTF8.GetString(qualifiedName));

        public void EndElement() => End();
        public void Text(ReadOnlySpan<byte> raw, TextKind kind) => Tekst(XmlVerwijzingen.Decode(raw, kind));
    }

    private static byte[] Generated323()
    {
        var begin = new DateOnly(2025, 3, 1);
        var eind = new DateOnly(2025, 3, 31);
        var kop = new DeclaratieKop(new BerichtHeader("484", "65656055", "0384", "DIFF1", new DateOnly(2025, 4, 5), "1.0.0", "1.0.0"),
            "DN2025031", begin, eind, new DateOnly(2025, 4, 5), 2 * 5000, "D");
        var uit = new MemoryStream();
        using (var w = new Wmo323Writer(uit, kop, inspringen: true))
        {
            foreach (var (bsn, n) in new[] { ("123456782", 0), ("111222333", 1) })
                w.Client(bsn, [new DeclaratiePrestatie($"RN{n:D8}", null, $"10000{n}", "02", "02A01", begin, eind, 4, "04", 1250, 5000, "D")]);
        }
        return uit.ToArray();
    }

    /// <summary>A stream that hands out 1–7 bytes per read.</summary>
    private sealed class Druppel(byte[] data, int seed) : MemoryStream(data, writable: false)
    {
        private readonly Random _random = new(seed);
        public override bool CanSeek => false;
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, _random.Next(1, 8)));
    }
}
