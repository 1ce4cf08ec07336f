using System.Runtime.CompilerServices;
using System.Globalization;
using Maatwerk.IWmo.Schema;

namespace Maatwerk.IWmo.Berichten;

/// <summary>An element of a message: a simple value or a list of children, with its place in the message.</summary>
public sealed class BerichtElement
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BerichtElement(string naam, string ns, string? waarde = null)
    {
        Naam = naam;
        Namespace = ns;
        Waarde = waarde;
    }

    public string Naam { get; }
    public string Namespace { get; }
    public string? Waarde { get; set; }
    private List<BerichtElement>? _kinderen;

    /// <summary>Created on first use: most elements are leaves, and a large 323 has millions of them.</summary>
    public List<BerichtElement> Kinderen => _kinderen ??= [];

    public int AantalKinderen => _kinderen?.Count ?? 0;

    /// <summary>Adds a child read from a message; the list is sized once for the sequence it belongs to instead of
    /// growing 4, 8, 16 for each of millions of elements.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void VoegKindToe(BerichtElement kind, int verwacht) => (_kinderen ??= new List<BerichtElement>(Math.Min(verwacht, 16))).Add(kind);
    public BerichtElement? Ouder { get; set; }
    /// <summary>1-based occurrence among equally named siblings.</summary>
    public int Volgnummer { get; set; } = 1;
    public ElementDecl? Decl { get; set; }

    /// <summary>XPath-like location in the message, e.g. /Bericht/Client/ToegewezenProducten/ToegewezenProduct[2].
    /// Computed on demand: building it for every element would dominate the cost of reading a large 323.</summary>
    public string Pad => $"{Ouder?.Pad}/{Naam}{(Decl?.Repeats == true ? $"[{Volgnummer}]" : "")}";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BerichtElement? Kind(string naam)
    {
        if (_kinderen is null) return null;
        foreach (var k in _kinderen)
            if (k.Naam == naam) return k;
        return null;
    }

    public IEnumerable<BerichtElement> AlleKinderen(string naam) => _kinderen is null ? [] : _kinderen.Where(k => k.Naam == naam);

    /// <summary>Follows a relative path such as "ProductPeriode/Begindatum".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BerichtElement? Find(string pad)
    {
        var e = this;
        var start = 0;
        while (e is not null)
        {
            var slash = pad.IndexOf('/', start);
            var deel = pad.AsSpan(start, (slash < 0 ? pad.Length : slash) - start);
            BerichtElement? gevonden = null;
            if (e._kinderen is null) return null;
            foreach (var k in e._kinderen)
            {
                if (deel.SequenceEqual(k.Naam))
                {
                    gevonden = k;
                    break;
                }
            }
            e = gevonden;
            if (slash < 0) return e;
            start = slash + 1;
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? Text(string pad) => Find(pad)?.Waarde is { } w ? ValueCheck.Collapse(w) : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public DateOnly? Date(string pad) => AsDate(Text(pad));

    /// <summary>The date part of an xs:date value (already checked by layer 2), or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DateOnly? AsDate(string? tekst)
    {
        var t = tekst.AsSpan().Trim();
        if (t.Length < 10 || t[4] != '-' || t[7] != '-') return null;
        if (!int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(t.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(t.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)) return null;
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long? Number(string pad) =>
        long.TryParse(Text(pad), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    public BerichtElement Voeg(string naam, string ns, string? waarde = null)
    {
        var e = new BerichtElement(naam, ns, waarde) { Ouder = this, Volgnummer = Kinderen.Count(k => k.Naam == naam) + 1 };
        Kinderen.Add(e);
        return e;
    }

    public BerichtElement Clone(string? ns = null, Func<string, string>? nsMap = null)
    {
        var c = new BerichtElement(Naam, nsMap?.Invoke(Namespace) ?? ns ?? Namespace, Waarde) { Volgnummer = Volgnummer, Decl = Decl };
        foreach (var k in _kinderen ?? [])
        {
            var kk = k.Clone(null, nsMap);
            kk.Ouder = c;
            c.Kinderen.Add(kk);
        }
        return c;
    }

    public override string ToString() => Waarde is null ? $"<{Naam}> ({Kinderen.Count})" : $"<{Naam}>{Waarde}";
}
