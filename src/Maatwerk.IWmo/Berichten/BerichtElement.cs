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

    /// <summary>A child read from a message that nobody has asked for as an element yet: a simple child is only its
    /// declaration and value here (a large 323 has millions of them), <see cref="Node"/> is set for a complex one.</summary>
    /// <remarks>16 bytes: the value and the element share one field (a string or a <see cref="BerichtElement"/>), and the
    /// occurrence of a simple child lives apart (<see cref="_volgnummers"/>) because it is almost always 1.</remarks>
    private struct Gelezen
    {
        public ElementDecl Decl;
        public object? Inhoud;

        public readonly BerichtElement? Node => Inhoud as BerichtElement;
        // Inhoud holds only strings and elements, so what is not an element is a string.
        public readonly string? Waarde => Inhoud is BerichtElement node ? node.Waarde : Unsafe.As<string?>(Inhoud);
        public readonly string Naam => Inhoud is BerichtElement node ? node.Naam : Decl.Name;
    }

    // Children appended by the reader, in document order, until Kinderen is first used; then they move into _kinderen.
    private Gelezen[]? _gelezen;
    private int _aantalGelezen;
    // Occurrence of a simple child read from a message, only created once one is not the first of its name.
    private int[]? _volgnummers;

    /// <summary>Created on first use: most elements are leaves, and a large 323 has millions of them.</summary>
    public List<BerichtElement> Kinderen => _kinderen ??= Materialiseer();

    public int AantalKinderen => _kinderen?.Count ?? _aantalGelezen;

    /// <summary>Adds a complex child read from a message; the store is sized once for the sequence it belongs to
    /// instead of growing 4, 8, 16 for each of millions of elements.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void VoegKindToe(BerichtElement kind, int verwacht)
    {
        if (_kinderen is not null) _kinderen.Add(kind);
        else NieuwGelezen(verwacht).Inhoud = kind;
    }

    /// <summary>Adds a simple child read from a message without creating an element for it (see <see cref="Gelezen"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void VoegWaardeToe(ElementDecl decl, string waarde, int volgnummer, int verwacht)
    {
        if (_kinderen is not null)
        {
            _kinderen.Add(new BerichtElement(decl.Name, decl.Namespace, waarde) { Decl = decl, Ouder = this, Volgnummer = volgnummer });
            return;
        }
        ref var g = ref NieuwGelezen(verwacht);
        (g.Decl, g.Inhoud) = (decl, waarde);
        if (volgnummer != 1) ZetVolgnummer(_aantalGelezen - 1, volgnummer);
    }

    private void ZetVolgnummer(int i, int volgnummer)
    {
        if (_volgnummers is null || _volgnummers.Length < _gelezen!.Length) Array.Resize(ref _volgnummers, _gelezen!.Length);
        _volgnummers[i] = volgnummer;
    }

    private int VolgnummerOp(int i) => _volgnummers is { } v && i < v.Length && v[i] != 0 ? v[i] : 1;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ref Gelezen NieuwGelezen(int verwacht)
    {
        _gelezen ??= new Gelezen[Math.Clamp(verwacht, 1, 16)];
        if (_aantalGelezen == _gelezen.Length) Array.Resize(ref _gelezen, _gelezen.Length * 2);
        return ref _gelezen[_aantalGelezen++];
    }

    private List<BerichtElement> Materialiseer()
    {
        var lijst = new List<BerichtElement>(_aantalGelezen);
        for (var i = 0; i < _aantalGelezen; i++) lijst.Add(Element(i));
        (_gelezen, _aantalGelezen, _volgnummers) = (null, 0, null);
        return lijst;
    }

    private BerichtElement Element(int i)
    {
        ref var g = ref _gelezen![i];
        if (g.Inhoud is BerichtElement node) return node;
        node = new BerichtElement(g.Decl.Name, g.Decl.Namespace, Unsafe.As<string?>(g.Inhoud)) { Decl = g.Decl, Ouder = this, Volgnummer = VolgnummerOp(i) };
        g.Inhoud = node;
        return node;
    }

    public BerichtElement? Ouder { get; set; }
    /// <summary>1-based occurrence among equally named siblings.</summary>
    public int Volgnummer { get; set; } = 1;
    public ElementDecl? Decl { get; set; }

    /// <summary>XPath-like location in the message, e.g. /Bericht/Client/ToegewezenProducten/ToegewezenProduct[2].
    /// Computed on demand: building it for every element would dominate the cost of reading a large 323.</summary>
    public string Pad => PadVan(Ouder, Naam, Decl, Volgnummer);

    internal static string PadVan(BerichtElement? ouder, string naam, ElementDecl? decl, int volgnummer) =>
        $"{ouder?.Pad}/{naam}{(decl?.Repeats == true ? $"[{volgnummer}]" : "")}";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BerichtElement? Kind(string naam) => Kind(naam.AsSpan());

    /// <summary>The first child with this name; a simple child read from a message becomes an element here.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BerichtElement? Kind(ReadOnlySpan<char> naam)
    {
        if (_kinderen is not null)
        {
            foreach (var k in _kinderen)
                if (naam.SequenceEqual(k.Naam)) return k;
            return null;
        }
        var i = IndexGelezen(naam);
        return i < 0 ? null : Element(i);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int IndexGelezen(ReadOnlySpan<char> naam)
    {
        for (var i = 0; i < _aantalGelezen; i++)
            if (naam.SequenceEqual(_gelezen![i].Naam)) return i;
        return -1;
    }

    /// <summary>The i-th child if it is an element; null for a simple child read from a message that is not one yet.
    /// <paramref name="waarde"/> is the child's value either way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal BerichtElement? KindOp(int i, out string? waarde)
    {
        if (_kinderen is not null)
        {
            var k = _kinderen[i];
            waarde = k.Waarde;
            return k;
        }
        ref var g = ref _gelezen![i];
        waarde = g.Waarde;
        return g.Node;
    }

    internal string NaamOp(int i) => _kinderen is not null ? _kinderen[i].Naam : _gelezen![i].Naam;

    /// <summary>The i-th child as an element (created now for a simple child read from a message).</summary>
    internal BerichtElement ElementOp(int i) => _kinderen is not null ? _kinderen[i] : Element(i);

    public IEnumerable<BerichtElement> AlleKinderen(string naam) => AantalKinderen == 0 ? [] : Kinderen.Where(k => k.Naam == naam);

    /// <summary>Follows a relative path such as "ProductPeriode/Begindatum".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BerichtElement? Find(string pad)
    {
        var ouder = HouderVan(pad, out var laatste);
        return ouder?.Kind(pad.AsSpan(laatste));
    }

    /// <summary>The element that holds the last step of <paramref name="pad"/>, and where that step starts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BerichtElement? HouderVan(string pad, out int laatste)
    {
        var e = this;
        var start = 0;
        int slash;
        while ((slash = pad.IndexOf('/', start)) >= 0 && e is not null)
        {
            e = e.Kind(pad.AsSpan(start, slash - start));
            start = slash + 1;
        }
        laatste = start;
        return e;
    }

    /// <summary>The raw value at <paramref name="pad"/> without turning a simple child into an element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? WaardeOp(string pad)
    {
        if (HouderVan(pad, out var laatste) is not { } ouder) return null;
        if (ouder._kinderen is not null) return ouder.Kind(pad.AsSpan(laatste))?.Waarde;
        var i = ouder.IndexGelezen(pad.AsSpan(laatste));
        if (i < 0) return null;
        return ouder._gelezen![i].Waarde;
    }

    /// <summary>Whether a child with this name exists, without turning it into an element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Heeft(string naam) => _kinderen is not null ? Kind(naam) is not null : IndexGelezen(naam) >= 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? Text(string pad) => WaardeOp(pad) is { } w ? ValueCheck.Collapse(w) : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public DateOnly? Date(string pad) => AsDate(Text(pad));

    /// <summary>The date part of an xs:date value (already checked by layer 2), or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DateOnly? AsDate(string? tekst)
    {
        var t = tekst.AsSpan().Trim();
        if (t.Length < 10 || t[4] != '-' || t[7] != '-') return null;
        if (!Delen(t, out var y, out var m, out var d)) return null;
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d);
    }

    /// <summary>Year, month and day as digits; what is not plain ASCII digits goes through int.TryParse as before.</summary>
    private static bool Delen(ReadOnlySpan<char> t, out int y, out int m, out int d)
    {
        if (Cijfers(t[..4], out y) & Cijfers(t.Slice(5, 2), out m) & Cijfers(t.Slice(8, 2), out d)) return true;
        return int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out y)
            & int.TryParse(t.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out m)
            & int.TryParse(t.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out d);
    }

    private static bool Cijfers(ReadOnlySpan<char> s, out int waarde)
    {
        waarde = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9') return false;
            waarde = waarde * 10 + (c - '0');
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long? Number(string pad)
    {
        var tekst = Text(pad);
        if (ValueCheck.TryParseKort(tekst, out var kort)) return kort;
        return long.TryParse(tekst, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    public BerichtElement Voeg(string naam, string ns, string? waarde = null)
    {
        var e = new BerichtElement(naam, ns, waarde) { Ouder = this, Volgnummer = Kinderen.Count(k => k.Naam == naam) + 1 };
        Kinderen.Add(e);
        return e;
    }

    public BerichtElement Clone(string? ns = null, Func<string, string>? nsMap = null)
    {
        var c = new BerichtElement(Naam, nsMap?.Invoke(Namespace) ?? ns ?? Namespace, Waarde) { Volgnummer = Volgnummer, Decl = Decl };
        foreach (var k in AantalKinderen == 0 ? [] : Kinderen)
        {
            var kk = k.Clone(null, nsMap);
            kk.Ouder = c;
            c.Kinderen.Add(kk);
        }
        return c;
    }

    public override string ToString() => Waarde is null ? $"<{Naam}> ({AantalKinderen})" : $"<{Naam}>{Waarde}";
}
