using System.Runtime.CompilerServices;
using System.Text;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Schema;

namespace Maatwerk.IWmo.Validatie;

/// <summary>Layers 1 and 2 in one forward pass over the UTF-8 scanner (<see cref="Utf8XmlScanner"/>): checks the message against the schema description
/// (sequence order, cardinality, simple types) and builds the element tree, handing streamed elements to a visitor
/// instead of keeping them.</summary>
internal sealed class StructureReader(ValidationOptions opties, ValidationResult resultaat, IBerichtVisitor? bezoeker) : IXmlTokenHandler
{
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    private sealed class Frame
    {
        public ElementDecl Decl = null!;
        // Null for a simple element: its value goes straight into the parent (BerichtElement.VoegWaardeToe).
        public BerichtElement? Node;
        public BerichtElement? Ouder;
        public int Volgnummer;
        public int Index;
        public int Count;
        public string? Text;
        public bool Skipped;
        // The value came from the cache and passed the simple-type check before.
        public WaardeCache.Laatste? Cache;
        public bool Bekend;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public Frame Reset(ElementDecl decl, BerichtElement? node, BerichtElement? ouder, int volgnummer)
        {
            (Decl, Node, Ouder, Volgnummer, Index, Count, Text, Skipped, Cache, Bekend) = (decl, node, ouder, volgnummer, 0, 0, null, false, null, false);
            return this;
        }

        public string Pad => Node?.Pad ?? BerichtElement.PadVan(Ouder, Decl.Name, Decl, Volgnummer);
    }

    // Frames are reused per depth: a large 323 has millions of elements but only a handful of levels.
    private readonly List<Frame> _stack = [];
    private readonly List<Frame> _pool = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Push(ElementDecl decl, BerichtElement? node, BerichtElement? ouder, int volgnummer)
    {
        if (_pool.Count <= _stack.Count) _pool.Add(new Frame());
        _stack.Add(_pool[_stack.Count].Reset(decl, node, ouder, volgnummer));
    }
    private readonly List<BerichtElement> _ancestors = [];

    /// <summary>For one part of a split message: what to do when its bytes end (see <see cref="Utf8XmlScanner.BijEinde"/>).</summary>
    internal Func<Utf8XmlScanner, (Stream Bron, int? Regels)?>? BijEinde { get; init; }

    /// <summary>For the parts of a split message: closes of elements at a depth below this one are counted
    /// (<see cref="Stand"/>), so a part can tell whether the elements that enclose the split point stayed open.</summary>
    internal int BewaakDiepte { get; init; }
    private int _sluitingen;

    internal bool FoutLimiet => _foutLimiet;

    /// <summary>The state that decides how the rest of the message is read: the open elements, where their sequences
    /// stand, and whether anything is being skipped.</summary>
    internal readonly record struct Positie(string Elementen, int Sluitingen, int Index, int Count, bool Overslaan);

    internal Positie Stand() => new(
        string.Join('/', _stack.Select(f => f.Decl.Id)), _sluitingen,
        _stack.Count == 0 ? -1 : _stack[^1].Index, _stack.Count == 0 ? -1 : _stack[^1].Count, _skip > 0 || _rest);

    /// <summary>The second part of a split message joins here, at its split point: what it read before belongs to the
    /// first part (which reports it), and the innermost open element already has <paramref name="eerdere"/> children.</summary>
    internal Positie Aansluiten(int eerdere)
    {
        var stand = Stand();
        resultaat.Fouten.Clear();
        _foutLimiet = false;
        if (_stack.Count > 0) _stack[^1].Count = eerdere;
        return stand;
    }
    private readonly WaardeCache _waarden = new();
    private bool _foutLimiet;

    public void Read(Stream input)
    {
        if (input.CanSeek && input.Length - input.Position == 0)
        {
            Add(SafeXml.Empty());
            return;
        }
        if (input.CanSeek && input.Length - input.Position > opties.MaxBytes)
        {
            Add(SafeXml.TooLarge(opties.MaxBytes));
            return;
        }
        var scanner = new Utf8XmlScanner(input, opties.MaxBytes, this);
        if (BijEinde is { } bijEinde) scanner.BijEinde = () => bijEinde(scanner);
        try
        {
            scanner.Run();
        }
        catch (TooLargeException)
        {
            Add(SafeXml.TooLarge(opties.MaxBytes));
        }
        catch (XmlScanException ex)
        {
            Add(scanner.Gelezen == 0 ? SafeXml.Empty() : ex.Finding);
        }
    }

    // Depth inside an element that is skipped after a finding; _rest: everything after a wrong root is only scanned.
    private int _skip;
    private bool _rest;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool StartElement(string ns, ReadOnlySpan<byte> localName, bool isEmpty)
    {
        if (_rest) return false;
        if (_skip > 0)
        {
            _skip++;
            return false;
        }
        if (_stack.Count == 0)
        {
            if (Root(ns, localName)) return true;
            _rest = true;
            return false;
        }
        var parent = _stack[^1];
        if (parent.Decl.Complex is not { } ct)
        {
            var naam = Encoding.UTF8.GetString(localName);
            Add(new Finding("S006", $"{parent.Pad}/{naam}", $"Element '{parent.Decl.Name}' bevat een waarde en mag geen element '{naam}' bevatten.", ValidationLayer.Structuur));
            parent.Skipped = true;
            _skip = 1;
            return false;
        }
        var decl = Match(parent, ct, localName, ns);
        if (decl is null)
        {
            _skip = 1;
            return false;
        }
        var node = decl.Simple is null ? new BerichtElement(decl.Name, decl.Namespace) { Decl = decl, Ouder = parent.Node, Volgnummer = parent.Count } : null;
        Push(decl, node, parent.Node, parent.Count);
        return true;
    }

    private bool Root(string ns, ReadOnlySpan<byte> localName)
    {
        var soort = BerichtCatalog.ByNamespace(ns);
        if (soort is null || !localName.SequenceEqual("Bericht"u8))
        {
            var naam = Encoding.UTF8.GetString(localName);
            var melding = ns.StartsWith("http://www.istandaarden.nl/", StringComparison.Ordinal)
                ? $"Onbekende berichtsoort of versie: namespace '{ns}' hoort niet bij iWmo 3.2."
                : $"Dit is geen iWmo 3.2-bericht: root-element '{naam}' in namespace '{ns}'.";
            if (soort is not null) melding = $"Het root-element moet 'Bericht' heten, niet '{naam}'.";
            Add(new Finding("X005", $"/{naam}", melding, ValidationLayer.Structuur));
            return false;
        }
        if (opties.VerwachtBericht is { } verwacht && verwacht != soort)
        {
            Add(new Finding("X006", "/Bericht", $"Verwacht bericht {verwacht.Naam}, maar dit is een {soort.Naam} ({soort.Omschrijving}).", ValidationLayer.Structuur));
            return false;
        }
        resultaat.Soort = soort;
        var node = new BerichtElement("Bericht", soort.Namespace) { Decl = soort.Root };
        resultaat.Bericht = node;
        Push(soort.Root, node, null, 1);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ElementDecl? Match(Frame parent, ComplexType ct, ReadOnlySpan<byte> localName, string ns)
    {
        var children = ct.Sequence;
        for (var j = parent.Index; j < children.Length; j++)
        {
            var p = children[j];
            if (!localName.SequenceEqual(p.NameUtf8) || p.Namespace != ns) continue;
            if (j == parent.Index && parent.Count >= p.Max) continue;
            for (var k = parent.Index; k < j; k++)
            {
                var have = k == parent.Index ? parent.Count : 0;
                if (have < children[k].Min) Ontbreekt(parent, children[k]);
            }
            parent.Count = j == parent.Index ? parent.Count + 1 : 1;
            parent.Index = j;
            return p;
        }
        NietVerwacht(parent, children, localName, ns);
        return null;
    }

    // Apart from Match: the lambda below captures 'name', and C# allocates the closure for it on entry to the method
    // that declares it; inside Match that was one object for every element read (36 MB for the 100,000-prestatie 323).
    private void NietVerwacht(Frame parent, ElementDecl[] children, ReadOnlySpan<byte> localName, string ns)
    {
        var name = Encoding.UTF8.GetString(localName);
        var pad = $"{parent.Pad}/{name}";
        var same = children.FirstOrDefault(c => c.Name == name);
        string melding;
        string code = "S002";
        if (same is not null && same.Namespace != ns)
            melding = $"Element '{name}' staat in de verkeerde namespace '{ns}' (verwacht '{same.Namespace}').";
        else if (same is not null && parent.Index < children.Length && children[parent.Index] == same)
        {
            code = "S003";
            melding = $"Element '{name}' komt te vaak voor in '{parent.Decl.Name}' (maximaal {same.Max}).";
        }
        else if (same is not null)
            melding = $"Element '{name}' staat op de verkeerde plaats in '{parent.Decl.Name}' (volgorde: {string.Join(", ", children.Select(c => c.Name))}).";
        else
            melding = $"Element '{name}' is niet toegestaan in '{parent.Decl.Name}'" + (parent.Index < children.Length ? $"; verwacht '{Expect(parent, children)}'." : ".");
        Add(new Finding(code, pad, melding, ValidationLayer.Structuur));
    }

    private static string Expect(Frame parent, IReadOnlyList<ElementDecl> children)
    {
        var names = new List<string>();
        for (var j = parent.Index; j < children.Count; j++)
        {
            if (j > parent.Index || parent.Count < children[j].Max) names.Add(children[j].Name);
            if ((j == parent.Index ? parent.Count : 0) < children[j].Min) break;
        }
        return string.Join("' of '", names);
    }

    void IXmlTokenHandler.Attribute(string ns, ReadOnlySpan<byte> localName, ReadOnlySpan<byte> qualifiedName)
    {
        if (ns == XsiNs && (localName.SequenceEqual("schemaLocation"u8) || localName.SequenceEqual("noNamespaceSchemaLocation"u8))) return;
        var naam = Encoding.UTF8.GetString(qualifiedName);
        Add(new Finding("S005", $"{_stack[^1].Pad}/@{naam}", $"Attribuut '{naam}' is niet toegestaan; iWmo-berichten gebruiken geen attributen.", ValidationLayer.Structuur));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Text(ReadOnlySpan<byte> raw, TextKind kind)
    {
        if (_rest || _skip > 0 || _stack.Count == 0) return;
        var f = _stack[^1];
        if (f.Decl.Simple is not null)
        {
            if (f.Text is null && kind == TextKind.Plain)
            {
                f.Text = _waarden.Decode(f.Decl, raw, out f.Cache, out f.Bekend);
                return;
            }
            var value = XmlVerwijzingen.Decode(raw, kind);
            f.Text = f.Text is null ? value : f.Text + value;
            f.Bekend = false;
            return;
        }
        if (kind != TextKind.CData && XmlTekens.IsWhitespace(raw)) return;
        var tekst = XmlVerwijzingen.Decode(raw, kind);
        if (!string.IsNullOrWhiteSpace(tekst) || kind == TextKind.CData && tekst.Length > 0)
            Add(new Finding("S004", f.Pad, $"Element '{f.Decl.Name}' mag alleen elementen bevatten, geen tekst ('{ValueCheck.Short(tekst.Trim())}').", ValidationLayer.Structuur));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EndElement()
    {
        if (_rest) return;
        if (_skip > 0)
        {
            _skip--;
            return;
        }
        Sluit();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Sluit()
    {
        var f = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        if (_stack.Count < BewaakDiepte) _sluitingen++;
        if (f.Decl.Simple is { } st)
        {
            var value = f.Text ?? "";
            if (f.Node is not null) f.Node.Waarde = value;
            else f.Ouder!.VoegWaardeToe(f.Decl, value, f.Volgnummer, _stack[^1].Decl.Complex!.Sequence.Length);
            if (!f.Skipped && !f.Bekend)
            {
                if (ValueCheck.Check(st, value) is { } fout)
                    Add(new Finding(fout.Code, f.Pad, HeaderError(f.Decl.Name, value) ?? $"{f.Decl.Name}: {fout.Melding}", ValidationLayer.Structuur));
                else if (f.Cache is { } c && ReferenceEquals(c.Value, value)) c.Geldig = true;
            }
        }
        else if (f.Decl.Complex is { } ct)
        {
            var children = ct.Sequence;
            for (var k = f.Index; k < children.Length; k++)
            {
                var have = k == f.Index ? f.Count : 0;
                if (have < children[k].Min) Ontbreekt(f, children[k]);
            }
        }
        if (_stack.Count == 0)
        {
            bezoeker?.Einde(f.Node!);
            return;
        }
        if (f.Node is null) return;
        if (f.Decl.Complex is not null && Streamt(f.Decl))
        {
            resultaat.AantalEenheden++;
            if (bezoeker is not null)
            {
                _ancestors.Clear();
                foreach (var a in _stack) _ancestors.Add(a.Node!);
                bezoeker.Unit(f.Node, _ancestors);
            }
            return;
        }
        var ouder = _stack[^1];
        ouder.Node!.VoegKindToe(f.Node, ouder.Decl.Complex!.Sequence.Length);
    }

    // Per declaration (by Id): 0 not looked up yet, 1 streamed, -1 kept in the tree; saves a set lookup per element.
    private sbyte[] _streamt = new sbyte[ElementDecl.Count];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Streamt(ElementDecl decl)
    {
        if (decl.Id >= _streamt.Length) Array.Resize(ref _streamt, ElementDecl.Count);
        ref var s = ref _streamt[decl.Id];
        if (s == 0) s = resultaat.Soort!.StreamingElementen.Contains(decl.Name) ? (sbyte)1 : (sbyte)-1;
        return s > 0;
    }

    private string? HeaderError(string naam, string value) => naam switch
    {
        "BerichtCode" => BerichtCodeError(value),
        "BerichtVersie" => $"BerichtVersie '{ValueCheck.Short(value)}' wordt niet ondersteund: alleen iWmo release 3.2 (BerichtVersie 3).",
        "BerichtSubversie" => $"BerichtSubversie '{ValueCheck.Short(value)}' wordt niet ondersteund: alleen iWmo release 3.2 (BerichtSubversie 2).",
        _ => null,
    };

    private string BerichtCodeError(string value)
    {
        var soort = resultaat.Soort!;
        var ander = BerichtCatalog.ByCode(value.Trim());
        return $"BerichtCode '{ValueCheck.Short(value)}' hoort niet bij dit bericht: {soort.Naam} ({soort.Omschrijving}) heeft BerichtCode {soort.BerichtCode}"
            + (ander is null ? "; deze BerichtCode is onbekend in iWmo 3.2." : $"; {value.Trim()} is de code van {ander.Naam}.");
    }

    private void Ontbreekt(Frame parent, ElementDecl missing) =>
        Add(new Finding("S001", $"{parent.Pad}/{missing.Name}", $"Verplicht element '{missing.Name}' ontbreekt in '{parent.Decl.Name}'.", ValidationLayer.Structuur));

    internal static Finding Limiet(int maxFouten, ValidationLayer laag) =>
        new("X999", "/", $"Meer dan {maxFouten} fouten; verdere fouten worden niet gemeld.", laag);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(Finding fout)
    {
        if (resultaat.Fouten.Count < opties.MaxFouten)
        {
            resultaat.Fouten.Add(fout);
        }
        else if (!_foutLimiet)
        {
            _foutLimiet = true;
            resultaat.Fouten.Add(Limiet(opties.MaxFouten, fout.Laag));
        }
    }
}
