namespace Maatwerk.IWmo.Validatie;

/// <summary>How a text span from the scanner has to be decoded.</summary>
internal enum TextKind
{
    /// <summary>UTF-8 as it stands: no references, no carriage returns.</summary>
    Plain,
    /// <summary>Contains character or entity references and/or carriage returns (already checked).</summary>
    Escaped,
    /// <summary>The content of a CDATA section: no references, but line ends still to normalise.</summary>
    CData,
}

/// <summary>Receives what <see cref="Utf8XmlScanner"/> reads. Spans point into the scanner's buffer and are valid only
/// during the call. Every StartElement is followed by its EndElement, also for an empty element.</summary>
internal interface IXmlTokenHandler
{
    /// <summary>Returns whether the handler wants the element's attributes (xmlns declarations are never passed).</summary>
    bool StartElement(string ns, ReadOnlySpan<byte> localName, bool isEmpty);

    void Attribute(string ns, ReadOnlySpan<byte> localName, ReadOnlySpan<byte> qualifiedName);

    void EndElement();

    void Text(ReadOnlySpan<byte> raw, TextKind kind);
}
