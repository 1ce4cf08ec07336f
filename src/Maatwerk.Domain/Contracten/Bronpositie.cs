namespace Maatwerk.Domain.Contracten;

/// <summary>Where something was written: file name and 1-based line.</summary>
public sealed record Bronpositie(string Bestand, int Lijn)
{
    public override string ToString() => $"{Bestand}:{Lijn}";
}

/// <summary>A problem in a profile file, in Dutch, with file and line.</summary>
public sealed record ProfielFout(string Bestand, int Lijn, int Kolom, string Melding)
{
    public override string ToString() => $"{Bestand}, regel {Lijn}, kolom {Kolom}: {Melding}";
}

public sealed class ProfielOngeldigException(IReadOnlyList<ProfielFout> fouten)
    : Exception(string.Join(Environment.NewLine, fouten))
{
    public IReadOnlyList<ProfielFout> Fouten { get; } = fouten;
}
