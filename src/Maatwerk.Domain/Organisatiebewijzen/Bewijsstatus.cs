namespace Maatwerk.Domain.Organisatiebewijzen;

public enum Geldigheid
{
    Geldig,
    VerlooptBinnenkort,
    Verlopen,
    Ontbreekt,
}

/// <summary>The status of one required kind of evidence under one contract on a day: what the gemeente's contract manager
/// sees (issue 14: status and validity only, never the document or its numbers).</summary>
public sealed record Bewijsstatus(Bewijssoort Soort, string Bron, Geldigheid Geldigheid, DateOnly? GeldigTot, IReadOnlyList<string> Waarschuwingen)
{
    /// <summary>Days before the end of validity from which a valid record counts as expiring (a platform choice, issue 14;
    /// the contracts name no warning period).</summary>
    public const int SignaalDagen = 60;

    public string Tekst => Geldigheid switch
    {
        Geldigheid.Geldig => "geldig",
        Geldigheid.VerlooptBinnenkort => $"verloopt binnen {SignaalDagen} dagen",
        Geldigheid.Verlopen => "verlopen",
        _ => "ontbreekt",
    };

    /// <summary>The status of every kind the contract requires, from the aanbieder's records, on <paramref name="dag"/>.
    /// A record valid today counts with the records that continue it without a gap (a renewal registered in advance keeps
    /// the kind valid); the amounts of the record valid today are checked against the contract's minimums.</summary>
    public static IReadOnlyList<Bewijsstatus> For(IReadOnlyList<Bewijseis> eisen, IReadOnlyList<Organisatiebewijs> bewijzen, DateOnly dag) =>
        eisen.Select(eis => For(eis, bewijzen.Where(b => b.Soort == eis.Soort).ToList(), dag)).ToList();

    public static Bewijsstatus For(Bewijseis eis, IReadOnlyList<Organisatiebewijs> bewijzen, DateOnly dag)
    {
        var perioden = bewijzen.Select(b => (Bewijs: b, Vanaf: b.GeldigVanaf, Tot: Bewijseisen.GeldigTot(b, eis) ?? DateOnly.MaxValue))
            .OrderBy(p => p.Vanaf).ToList();
        var nu = perioden.Where(p => p.Vanaf <= dag && p.Tot >= dag).OrderByDescending(p => p.Tot).FirstOrDefault();
        if (nu.Bewijs is null)
        {
            var laatste = perioden.Where(p => p.Tot < dag).OrderByDescending(p => p.Tot).FirstOrDefault();
            return laatste.Bewijs is null
                ? new Bewijsstatus(eis.Soort, eis.Bron, Geldigheid.Ontbreekt, null, [])
                : new Bewijsstatus(eis.Soort, eis.Bron, Geldigheid.Verlopen, laatste.Tot, []);
        }
        var tot = nu.Tot;
        foreach (var volgende in perioden.Where(p => p.Vanaf > dag))
            if (volgende.Vanaf <= (tot == DateOnly.MaxValue ? tot : tot.AddDays(1)) && volgende.Tot > tot)
                tot = volgende.Tot;
        var geldigheid = tot != DateOnly.MaxValue && tot.DayNumber - dag.DayNumber < SignaalDagen ? Geldigheid.VerlooptBinnenkort : Geldigheid.Geldig;
        return new Bewijsstatus(eis.Soort, eis.Bron, geldigheid, tot == DateOnly.MaxValue ? null : tot, Bewijseisen.Check(nu.Bewijs, eis));
    }
}
