using Maatwerk.IWmo.Berichten;

namespace Maatwerk.IWmo.Validatie;

public sealed record ValidationOptions
{
    /// <summary>Default upper bound for a message. A 323 with 100,000 prestaties is about 60–90 MB.</summary>
    public const long StandaardMaxBytes = 256L * 1024 * 1024;

    public long MaxBytes { get; init; } = StandaardMaxBytes;
    public int MaxFouten { get; init; } = 1000;
    /// <summary>When set, a message of another type is an error (e.g. an upload slot for declarations).</summary>
    public BerichtSoort? VerwachtBericht { get; init; }
    /// <summary>Run layers 3 and 4 (code lists, CD/CS/TR). Layers 1 and 2 always run.</summary>
    public bool Inhoud { get; init; } = true;
    /// <summary>The receiver's "systeemdatum" for TR135 (Dagtekening not after it), given by the caller: the library
    /// reads no clock (see <see cref="Systeemdatum"/>). Null: TR135 is not checked, e.g. when re-reading a message
    /// that was validated on arrival.</summary>
    public DateOnly? Vandaag { get; init; }

    /// <summary>A 323 of at least this many bytes whose bytes are all at hand is validated in two parts on two cores
    /// (<see cref="GesplitsteValidatie"/>), with the same findings as in one. long.MaxValue: never.</summary>
    public long SplitsenVanaf { get; init; } = GesplitsteValidatie.StandaardDrempel;

    public static ValidationOptions Standaard { get; } = new();
}
