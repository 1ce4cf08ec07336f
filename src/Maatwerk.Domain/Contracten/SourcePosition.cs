namespace Maatwerk.Domain.Contracten;

/// <summary>Where something was written: file name and 1-based line.</summary>
public sealed record SourcePosition(string Bestand, int Lijn)
{
    public override string ToString() => $"{Bestand}:{Lijn}";
}

/// <summary>A problem in a profile file, in Dutch, with file and line.</summary>
public sealed record ContractProfileError(string Bestand, int Lijn, int Kolom, string Melding)
{
    public override string ToString() => $"{Bestand}, regel {Lijn}, kolom {Kolom}: {Melding}";
}

public sealed class ContractProfileInvalidException(IReadOnlyList<ContractProfileError> fouten)
    : Exception(string.Join(Environment.NewLine, fouten))
{
    public IReadOnlyList<ContractProfileError> Fouten { get; } = fouten;
}
