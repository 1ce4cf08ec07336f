namespace Maatwerk.IWmo.Validatie;

/// <summary>The document is not well-formed XML (X001) or contains a DTD (X002); carries the Dutch finding.</summary>
internal sealed class XmlScanException(Finding finding) : Exception(finding.Melding)
{
    public Finding Finding { get; } = finding;
}

/// <summary>The input went past the size limit.</summary>
internal sealed class TooLargeException : Exception;

/// <summary>A split message cannot be validated in two parts after all (<see cref="GesplitsteValidatie"/>); the
/// validation then goes on in one part, as without splitting.</summary>
internal sealed class SplitsingOnmogelijkException(string reden) : Exception(reden);
