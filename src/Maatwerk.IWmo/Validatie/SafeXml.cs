using System.Runtime.CompilerServices;
using System.Xml;

namespace Maatwerk.IWmo.Validatie;

/// <summary>Layer 1: reader settings that refuse DTDs (so no external entities and no entity expansion), never
/// resolve anything and stop at the size limit.</summary>
public static class SafeXml
{
    public static XmlReaderSettings Settings(long maxBytes) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = maxBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = false,
    };

    public static Finding FromXmlError(XmlException ex) =>
        ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? new Finding("X002", "/", "Het bestand bevat een DTD (DOCTYPE). Om veiligheidsredenen (XXE, entity-expansie) zijn DTD's en entiteiten niet toegestaan.", ValidationLayer.VeiligeXml)
            : ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal)
                ? TooLarge(0)
                : new Finding("X001", "/", $"Het bestand is geen geldige XML (regel {ex.LineNumber}, positie {ex.LinePosition}): {Translate(ex)}", ValidationLayer.VeiligeXml);

    public static Finding TooLarge(long maxBytes) => new("X003", "/",
        maxBytes > 0 ? $"Het bestand is groter dan de toegestane {maxBytes / (1024 * 1024)} MB." : "Het bestand is groter dan toegestaan.",
        ValidationLayer.VeiligeXml);

    public static Finding Empty() => new("X004", "/", "Het bestand is leeg.", ValidationLayer.VeiligeXml);

    private static string Translate(XmlException ex)
    {
        var m = ex.Message;
        if (m.Contains("Root element is missing", StringComparison.Ordinal)) return "er is geen root-element.";
        if (m.Contains("Unexpected end of file", StringComparison.Ordinal)) return "het bestand houdt onverwacht op (niet afgesloten element).";
        if (m.Contains("does not match the end tag", StringComparison.Ordinal)) return "een eindtag past niet bij de begintag.";
        if (m.Contains("undeclared", StringComparison.OrdinalIgnoreCase) || m.Contains("Reference to undeclared entity", StringComparison.Ordinal)) return "verwijzing naar een niet-gedeclareerde entiteit.";
        if (m.Contains("Invalid character", StringComparison.OrdinalIgnoreCase) || m.Contains("invalid character", StringComparison.Ordinal)) return "ongeldig teken of verkeerde tekencodering.";
        if (m.Contains("multiple root elements", StringComparison.OrdinalIgnoreCase)) return "er zijn meerdere root-elementen.";
        return "de XML is niet welgevormd.";
    }
}

/// <summary>Counts bytes read and refuses to go past the limit, so a huge upload is stopped early.</summary>
internal sealed class BoundedStream(Stream inner, long max) : Stream
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        Gelezen += n;
        if (Gelezen > max) throw new TooLargeException();
        return n;
    }
}

internal sealed class TooLargeException : Exception;
