namespace Maatwerk.Domain.Declaratiebeoordeling;

/// <summary>The check last built for a key: the lines of one 323 mostly give the same text for a rule (the same tariff, the
/// same deadline for the month), so a receipt of 100,000 lines builds it a few times instead of once per line (issue 12,
/// bench/README.md "Session 26"). A check is immutable, so lines share it. One per thread (<c>[ThreadStatic]</c> at the
/// caller): the checks run on many threads at once.</summary>
internal sealed class LaatsteCheck<TSleutel> where TSleutel : IEquatable<TSleutel>
{
    private TSleutel? _sleutel;
    private PrestatieCheck? _check;

    /// <param name="maak">Builds the check from the key alone (a static lambda: no delegate per call).</param>
    public PrestatieCheck Of(TSleutel sleutel, Func<TSleutel, PrestatieCheck> maak)
    {
        if (_check is null || !sleutel.Equals(_sleutel!))
            (_sleutel, _check) = (sleutel, maak(sleutel));
        return _check;
    }
}
