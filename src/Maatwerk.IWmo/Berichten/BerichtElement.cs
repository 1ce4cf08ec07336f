using System.Globalization;
using Maatwerk.IWmo.Schema;

namespace Maatwerk.IWmo.Berichten;

/// <summary>An element of a message: a simple value or a list of children, with its place in the message.</summary>
public sealed class BerichtElement
{
    public BerichtElement(string naam, string ns, string? waarde = null)
    {
        Naam = naam;
        Namespace = ns;
        Waarde = waarde;
    }

    public string Naam { get; }
    public string Namespace { get; }
    public string? Waarde { get; set; }
    public List<BerichtElement> Kinderen { get; } = [];
    public BerichtElement? Ouder { get; set; }
    /// <summary>1-based occurrence among equally named siblings.</summary>
    public int Volgnummer { get; set; } = 1;
    public ElementDecl? Decl { get; set; }

    /// <summary>XPath-like location in the message, e.g. /Bericht/Client/ToegewezenProducten/ToegewezenProduct[2].
    /// Computed on demand: building it for every element would dominate the cost of reading a large 323.</summary>
    public string Pad => $"{Ouder?.Pad}/{Naam}{(Decl?.Repeats == true ? $"[{Volgnummer}]" : "")}";

    public BerichtElement? Kind(string naam)
    {
        foreach (var k in Kinderen)
            if (k.Naam == naam) return k;
        return null;
    }

    public IEnumerable<BerichtElement> AlleKinderen(string naam) => Kinderen.Where(k => k.Naam == naam);

    /// <summary>Follows a relative path such as "ProductPeriode/Begindatum".</summary>
    public BerichtElement? Zoek(string pad)
    {
        var e = this;
        foreach (var deel in pad.Split('/'))
        {
            e = e.Kind(deel);
            if (e is null) return null;
        }
        return e;
    }

    public string? Tekst(string pad) => Zoek(pad)?.Waarde is { } w ? WaardeControle.Collapse(w) : null;

    public DateOnly? Datum(string pad) => AlsDatum(Tekst(pad));

    public static DateOnly? AlsDatum(string? tekst) =>
        tekst?.Trim() is { Length: >= 10 } t && DateOnly.TryParseExact(t[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public long? Getal(string pad) =>
        long.TryParse(Tekst(pad), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    public BerichtElement Voeg(string naam, string ns, string? waarde = null)
    {
        var e = new BerichtElement(naam, ns, waarde) { Ouder = this, Volgnummer = Kinderen.Count(k => k.Naam == naam) + 1 };
        Kinderen.Add(e);
        return e;
    }

    public BerichtElement Kloon(string? ns = null, Func<string, string>? nsMap = null)
    {
        var c = new BerichtElement(Naam, nsMap?.Invoke(Namespace) ?? ns ?? Namespace, Waarde) { Volgnummer = Volgnummer, Decl = Decl };
        foreach (var k in Kinderen)
        {
            var kk = k.Kloon(null, nsMap);
            kk.Ouder = c;
            c.Kinderen.Add(kk);
        }
        return c;
    }

    public override string ToString() => Waarde is null ? $"<{Naam}> ({Kinderen.Count})" : $"<{Naam}>{Waarde}";
}
