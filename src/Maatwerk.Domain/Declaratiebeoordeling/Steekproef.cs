using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Declaratiebeoordeling;

/// <summary>A random sample of an aanbieder's approved lines of one declaration period, for the material check
/// (DEV-Eis9-MI-R3-4 file comparison; BSD-104 "declaration samples"). Drawn once per gemeente, aanbieder and period, from
/// a recorded seed, so that anyone can draw it again and get the same lines (<see cref="Steekproeftrekking"/>).</summary>
public sealed class Steekproef : Entity
{
    /// <summary>Neither contract names a sample size: a setting of the gemeente, this many lines unless it chooses another.</summary>
    public const int StandaardOmvang = 5;
    public const int MaxOmvang = 100;

    public Guid GemeenteId { get; set; }
    public Guid AanbiederId { get; set; }
    /// <summary>The first day of the declaration period (month).</summary>
    public DateOnly Periode { get; set; }
    /// <summary>The seed text the draw starts from: gemeente, aanbieder and period.</summary>
    public string Seed { get; set; } = "";
    public int Omvang { get; set; }
    /// <summary>How many approved lines there were to draw from.</summary>
    public int Populatie { get; set; }
    public string Door { get; set; } = "";
    public DateTimeOffset Op { get; set; }

    public static string SeedFor(string gemeentecode, string agb, DateOnly periode) => $"{gemeentecode}-{agb}-{periode:yyyy-MM}";
}

public enum SteekproefUitkomst
{
    Open = 0,
    InOrde = 1,
    /// <summary>Not in order: the line's amount is recovered (a recorded <see cref="BesluitSoort.Terugvordering"/>, DEV-Art8.11).</summary>
    NietInOrde = 2,
}

/// <summary>One sampled line and the outcome of its material check.</summary>
public sealed class SteekproefRegel : Entity
{
    public Guid SteekproefId { get; set; }
    public Guid PrestatieId { get; set; }
    public int Volgorde { get; set; }
    public SteekproefUitkomst Uitkomst { get; set; }
    public string? Notitie { get; set; }
    public string? Door { get; set; }
    public DateTimeOffset? Op { get; set; }
    /// <summary>The recovery recorded for a line not in order.</summary>
    public Guid? BesluitId { get; set; }

    /// <summary>Records the outcome: "niet in orde" needs a note saying what was wrong. Once recorded it stays (a recovery
    /// may hang on it).</summary>
    public List<ValidationError> Record(bool inOrde, string? notitie, string door, DateTimeOffset op)
    {
        var fouten = new List<ValidationError>();
        if (Uitkomst != SteekproefUitkomst.Open)
            fouten.Add(new("Uitkomst", "De uitkomst van deze regel is al vastgelegd."));
        if (!inOrde && (string.IsNullOrWhiteSpace(notitie) || notitie.Trim().Length < Declaratiebesluit.MinRedenLengte))
            fouten.Add(new("Notitie", $"Zeg bij 'niet in orde' wat er niet klopt (minstens {Declaratiebesluit.MinRedenLengte} tekens): de regel wordt teruggevorderd (DEV-Art8.11)."));
        if (notitie is { Length: > 1000 })
            fouten.Add(new("Notitie", "De notitie is hoogstens 1000 tekens."));
        if (fouten.Count > 0)
            return fouten;
        (Uitkomst, Notitie, Door, Op) = (inOrde ? SteekproefUitkomst.InOrde : SteekproefUitkomst.NietInOrde, string.IsNullOrWhiteSpace(notitie) ? null : notitie.Trim(), door, op);
        return fouten;
    }
}

/// <summary>The draw: a partial Fisher–Yates shuffle driven by SplitMix64 from an FNV-1a hash of the seed text, so the
/// same candidates (in the same order) and seed always give the same sample, on every machine and .NET version.</summary>
public static class Steekproeftrekking
{
    public static IReadOnlyList<T> Draw<T>(IReadOnlyList<T> kandidaten, int omvang, string seed)
    {
        var lijst = kandidaten.ToArray();
        var n = Math.Min(Math.Max(omvang, 0), lijst.Length);
        var state = Hash(seed);
        for (var i = 0; i < n; i++)
        {
            var j = i + (int)(Next(ref state) % (ulong)(lijst.Length - i));
            (lijst[i], lijst[j]) = (lijst[j], lijst[i]);
        }
        return lijst.Take(n).ToList();
    }

    private static ulong Hash(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(text))
            h = (h ^ b) * 1099511628211UL;
        return h;
    }

    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
