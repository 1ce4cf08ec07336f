using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Maatwerk.IWmo.Validatie;

/// <summary>Layer 1: a forward-only XML 1.0 well-formedness checker over UTF-8 bytes, with namespaces. Refuses a DTD
/// (X002, so no external entities and no entity expansion), any encoding but UTF-8, invalid UTF-8 and characters XML
/// does not allow, and everything not well-formed (X001, in Dutch with line and position). Hands elements, attributes
/// and text to a handler as spans; names are never turned into strings here.</summary>
internal sealed partial class Utf8XmlScanner(Stream stream, long maxBytes, IXmlTokenHandler handler)
{
    private Stream _stream = stream;

    /// <summary>Called when the input ends: another stream to go on with (and, when it does not follow these bytes,
    /// the number of line breaks before it, for the line numbers of findings), or null to stop inside the root element
    /// without a finding (<see cref="Gestopt"/>). Only the parts of a split message use it.</summary>
    internal Func<(Stream Bron, int? Regels)?>? BijEinde { get; set; }

    /// <summary>The input ended inside the root element and <see cref="BijEinde"/> said to stop there.</summary>
    internal bool Gestopt { get; private set; }

    /// <summary>Whether the bytes read but not yet handled are only white space (a text that has not seen its end).</summary>
    internal bool RestIsWitruimte => XmlTekens.IsWhitespace(_buf.AsSpan(_pos, _raw - _pos));
    private readonly long _max = maxBytes;
    // The validator's own handler is called directly: an interface call per token goes through a dispatch stub
    // (millions of tokens in a large 323), a call on the sealed class does not.
    private readonly StructureReader? _structuur = handler as StructureReader;

    public const string XmlNs = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNs = "http://www.w3.org/2000/xmlns/";

    private static readonly SearchValues<byte> ValueSpecial = SearchValues.Create("&<\t\n\r"u8);

    private const string EndOfFile = "het bestand houdt onverwacht op (niet afgesloten element).";
    private const string Mismatch = "een eindtag past niet bij de begintag.";

    private enum Fase { Proloog, Root, Epiloog }

    private record struct Attr(int Start, int End, int Colon, int ValueStart, int ValueEnd, bool Escaped);

    private Fase _fase;
    private byte[] _names = new byte[256];
    private int _namesLength;
    private int[] _nameStart = new int[16];
    private int[] _scopeAt = new int[16];
    private int _depth;
    private readonly List<(byte[] Prefix, string Uri)> _scope = [("xml"u8.ToArray(), XmlNs), ("xmlns"u8.ToArray(), XmlnsNs)];
    private Attr[] _attrs = new Attr[8];
    private int _attrCount;

    public void Run()
    {
        _buf = ArrayPool<byte>.Shared.Rent(StartSize);
        try
        {
            while (_end < 6 && Fill()) { }
            if (Available.StartsWith("\uFEFF"u8)) _pos = 3;
            Declaration();
            Loop();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(_buf);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Loop()
    {
        while (true)
        {
            if (_pos >= _end)
            {
                if (!Fill()) break;
                continue;
            }
            var b = _buf[_pos];
            bool klaar;
            if (b == '<') klaar = Markup();
            else if (_fase == Fase.Root) klaar = Text();
            else if (XmlTekens.IsSpace(b))
            {
                _pos++;
                klaar = true;
            }
            else throw Error(_pos, "tekst buiten het root-element.");
            if (!klaar && !Fill())
            {
                if (Stopt()) return;
                throw Error(_end, _fase == Fase.Proloog ? "er is geen root-element." : EndOfFile);
            }
        }
        if (Stopt()) return;
        if (_fase == Fase.Proloog) throw Error(_end, "er is geen root-element.");
        if (_fase == Fase.Root) throw Error(_end, EndOfFile);
    }

    private bool Stopt() => Gestopt = _stop && _fase == Fase.Root;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Markup()
    {
        var s = Available;
        if (s.Length < 2) return false;
        return s[1] switch
        {
            (byte)'/' => EndTag(s),
            (byte)'!' => Bang(s),
            (byte)'?' => Instruction(s),
            _ => StartTag(s),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Text()
    {
        var s = Available;
        // Most text in a message is the indentation between two tags: one short loop instead of two searches.
        var w = 0;
        while (w < s.Length && s[w] is (byte)' ' or (byte)'\t' or (byte)'\n') w++;
        if (w > 0 && w < s.Length && s[w] == '<')
        {
            Hand(s[..w], TextKind.Plain);
            _pos += w;
            return true;
        }
        var lt = s.IndexOf((byte)'<');
        if (lt < 0) return false;
        var t = s[..lt];
        var kind = TextKind.Plain;
        var k = t.IndexOfAny((byte)'&', (byte)']', (byte)'\r');
        if (k >= 0)
        {
            CheckText(t, k);
            kind = TextKind.Escaped;
        }
        Hand(t, kind);
        _pos += lt;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Hand(ReadOnlySpan<byte> t, TextKind kind)
    {
        if (_structuur is { } structuur) structuur.Text(t, kind);
        else handler.Text(t, kind);
    }

    private void CheckText(ReadOnlySpan<byte> t, int k)
    {
        while (k >= 0 && k < t.Length)
        {
            switch (t[k])
            {
                case (byte)'&':
                    k = Reference(t, k);
                    break;
                case (byte)']' when t[k..].StartsWith("]]>"u8):
                    throw Error(_pos + k, "']]>' is niet toegestaan in tekst.");
                default:
                    k++;
                    break;
            }
            var next = t[k..].IndexOfAny((byte)'&', (byte)']', (byte)'\r');
            k = next < 0 ? -1 : k + next;
        }
    }

    /// <summary>Checks the reference at t[amp], t being the text at _pos.</summary>
    private int Reference(ReadOnlySpan<byte> t, int amp)
    {
        var next = XmlVerwijzingen.Check(t, amp, out var reden);
        if (reden is not null) throw Error(_pos + amp, reden);
        return next;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool StartTag(ReadOnlySpan<byte> s)
    {
        var nameEnd = QName(s, 1, out var colon);
        if (nameEnd < 0) return false;
        _attrCount = 0;
        var j = nameEnd;
        bool empty;
        while (true)
        {
            var ws = j;
            while (j < s.Length && XmlTekens.IsSpace(s[j])) j++;
            if (j >= s.Length) return false;
            var c = s[j];
            if (c == '>')
            {
                (empty, j) = (false, j + 1);
                break;
            }
            if (c == '/')
            {
                if (j + 1 >= s.Length) return false;
                if (s[j + 1] != '>') throw Error(_pos + j + 1, "na '/' in een begintag hoort '>'.");
                (empty, j) = (true, j + 2);
                break;
            }
            if (j == ws) throw Error(_pos + j, "na de elementnaam of een attribuutwaarde hoort een spatie, '>' of '/>'.");
            var an = j;
            var aEnd = QName(s, j, out var aColon);
            if (aEnd < 0) return false;
            j = aEnd;
            while (j < s.Length && XmlTekens.IsSpace(s[j])) j++;
            if (j >= s.Length) return false;
            if (s[j] != '=') throw Error(_pos + j, "na een attribuutnaam hoort '='.");
            j++;
            while (j < s.Length && XmlTekens.IsSpace(s[j])) j++;
            if (j >= s.Length) return false;
            var q = s[j];
            if (q is not (byte)'"' and not (byte)'\'') throw Error(_pos + j, "een attribuutwaarde hoort tussen aanhalingstekens.");
            var close = s[(j + 1)..].IndexOf(q);
            if (close < 0) return false;
            var value = s.Slice(j + 1, close);
            var special = value.IndexOfAny(ValueSpecial);
            if (special >= 0) CheckValue(value, special, j + 1);
            AddAttr(new Attr(_pos + an, _pos + aEnd, aColon < 0 ? -1 : _pos + aColon, _pos + j + 1, _pos + j + 1 + close, special >= 0));
            j += close + 2;
        }
        var start = _pos;
        _pos += j;
        Open(start + 1, start + nameEnd, colon < 0 ? -1 : start + colon, empty);
        return true;
    }

    private void CheckValue(ReadOnlySpan<byte> v, int k, int offset)
    {
        for (; k < v.Length; k++)
        {
            if (v[k] == '<') throw Error(_pos + offset + k, "'<' is niet toegestaan in een attribuutwaarde.");
            if (v[k] != '&') continue;
            var next = XmlVerwijzingen.Check(v, k, out var reden);
            if (reden is not null) throw Error(_pos + offset + k, reden);
            k = next - 1;
        }
    }

    private void AddAttr(Attr a)
    {
        if (_attrCount == _attrs.Length) Array.Resize(ref _attrs, _attrs.Length * 2);
        _attrs[_attrCount++] = a;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Open(int nameStart, int nameEnd, int colon, bool empty)
    {
        if (_fase == Fase.Epiloog) throw Error(nameStart - 1, "er zijn meerdere root-elementen.");
        _fase = Fase.Root;
        var scopeBefore = _scope.Count;
        if (_attrCount > 0) Declarations(nameStart);
        var ns = colon < 0 ? Resolve(default, nameStart) : Resolve(_buf.AsSpan(nameStart, colon - nameStart), nameStart);
        if (_attrCount > 0) CheckAttributes();
        Push(_buf.AsSpan(nameStart, nameEnd - nameStart), scopeBefore);
        var local = colon < 0 ? _buf.AsSpan(nameStart, nameEnd - nameStart) : _buf.AsSpan(colon + 1, nameEnd - colon - 1);
        var attributen = _structuur is { } structuur ? structuur.StartElement(ns, local, empty) : handler.StartElement(ns, local, empty);
        if (attributen && _attrCount > 0) Attributes();
        if (empty) Close();
    }

    private void Declarations(int at)
    {
        for (var i = 0; i < _attrCount; i++)
        {
            var a = _attrs[i];
            var qname = _buf.AsSpan(a.Start, a.End - a.Start);
            if (a.Colon < 0 && qname.SequenceEqual("xmlns"u8)) Declare(default, a, at);
            else if (a.Colon >= 0 && qname[..(a.Colon - a.Start)].SequenceEqual("xmlns"u8)) Declare(_buf.AsSpan(a.Colon + 1, a.End - a.Colon - 1), a, at);
        }
    }

    private void Declare(ReadOnlySpan<byte> prefix, Attr a, int at)
    {
        var uri = a.Escaped ? XmlVerwijzingen.Decode(_buf.AsSpan(a.ValueStart, a.ValueEnd - a.ValueStart), TextKind.Escaped, attribute: true)
            : Encoding.UTF8.GetString(_buf.AsSpan(a.ValueStart, a.ValueEnd - a.ValueStart));
        var xml = prefix.SequenceEqual("xml"u8);
        if (prefix.SequenceEqual("xmlns"u8) || uri == XmlnsNs || xml != (uri == XmlNs))
            throw Error(at, "een gereserveerd namespace-voorvoegsel of gereserveerde namespace is verkeerd gebruikt.");
        if (prefix.Length > 0 && uri.Length == 0) throw Error(at, $"het voorvoegsel '{Encoding.UTF8.GetString(prefix)}' mag niet aan een lege namespace gebonden worden.");
        // One string instance per URI, so the schema's namespace comparisons are mostly reference checks.
        foreach (var (_, bekend) in _scope)
            if (bekend == uri) uri = bekend;
        _scope.Add((prefix.ToArray(), uri));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string Resolve(ReadOnlySpan<byte> prefix, int at)
    {
        for (var i = _scope.Count - 1; i >= 0; i--)
            if (prefix.SequenceEqual(_scope[i].Prefix)) return _scope[i].Uri;
        if (prefix.Length == 0) return "";
        throw Error(at, $"het namespace-voorvoegsel '{Encoding.UTF8.GetString(prefix)}' is niet gedeclareerd.");
    }

    private string AttributeNs(Attr a)
    {
        var qname = _buf.AsSpan(a.Start, a.End - a.Start);
        if (a.Colon < 0) return qname.SequenceEqual("xmlns"u8) ? XmlnsNs : "";
        var prefix = _buf.AsSpan(a.Start, a.Colon - a.Start);
        return prefix.SequenceEqual("xmlns"u8) ? XmlnsNs : Resolve(prefix, a.Start);
    }

    private void CheckAttributes()
    {
        for (var i = 0; i < _attrCount; i++)
        {
            var a = _attrs[i];
            var ns = AttributeNs(a);
            var local = a.Colon < 0 ? _buf.AsSpan(a.Start, a.End - a.Start) : _buf.AsSpan(a.Colon + 1, a.End - a.Colon - 1);
            for (var k = 0; k < i; k++)
            {
                var b = _attrs[k];
                var same = _buf.AsSpan(a.Start, a.End - a.Start).SequenceEqual(_buf.AsSpan(b.Start, b.End - b.Start))
                    || ns.Length > 0 && a.Colon >= 0 && b.Colon >= 0 && ns == AttributeNs(b) && local.SequenceEqual(_buf.AsSpan(b.Colon + 1, b.End - b.Colon - 1));
                if (same) throw Error(a.Start, $"het attribuut '{Encoding.UTF8.GetString(_buf.AsSpan(a.Start, a.End - a.Start))}' komt twee keer voor.");
            }
        }
    }

    private void Attributes()
    {
        for (var i = 0; i < _attrCount; i++)
        {
            var a = _attrs[i];
            var ns = AttributeNs(a);
            if (ns == XmlnsNs) continue;
            var local = a.Colon < 0 ? _buf.AsSpan(a.Start, a.End - a.Start) : _buf.AsSpan(a.Colon + 1, a.End - a.Colon - 1);
            handler.Attribute(ns, local, _buf.AsSpan(a.Start, a.End - a.Start));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Push(ReadOnlySpan<byte> qname, int scopeBefore)
    {
        if (_depth == _nameStart.Length)
        {
            Array.Resize(ref _nameStart, _depth * 2);
            Array.Resize(ref _scopeAt, _depth * 2);
        }
        if (_namesLength + qname.Length > _names.Length) Array.Resize(ref _names, Math.Max(_names.Length * 2, _namesLength + qname.Length));
        qname.CopyTo(_names.AsSpan(_namesLength));
        _nameStart[_depth] = _namesLength;
        _scopeAt[_depth] = scopeBefore;
        _namesLength += qname.Length;
        _depth++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Close()
    {
        _depth--;
        _namesLength = _nameStart[_depth];
        var scope = _scopeAt[_depth];
        if (_scope.Count > scope) _scope.RemoveRange(scope, _scope.Count - scope);
        if (_structuur is { } structuur) structuur.EndElement();
        else handler.EndElement();
        if (_depth == 0) _fase = Fase.Epiloog;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool EndTag(ReadOnlySpan<byte> s)
    {
        if (_depth == 0) throw Error(_pos, "eindtag zonder begintag.");
        var open = _names.AsSpan(_nameStart[_depth - 1], _namesLength - _nameStart[_depth - 1]);
        var j = 2 + open.Length;
        if (s.Length <= j) return false;
        if (!s.Slice(2, open.Length).SequenceEqual(open) || s[j] >= 0x80 || XmlTekens.IsAsciiNameChar(s[j])) throw Error(_pos, Mismatch);
        while (j < s.Length && XmlTekens.IsSpace(s[j])) j++;
        if (j >= s.Length) return false;
        if (s[j] != '>') throw Error(_pos + j, Mismatch);
        _pos += j + 1;
        Close();
        return true;
    }

    private bool Bang(ReadOnlySpan<byte> s)
    {
        var comment = Starts(s, "<!--"u8);
        if (comment == 1) return Comment(s);
        var doctype = Starts(s, "<!DOCTYPE"u8);
        if (doctype == 1) throw new XmlScanException(SafeXml.Dtd());
        var cdata = Starts(s, "<![CDATA["u8);
        if (cdata == 1) return Cdata(s);
        if (comment == 0 || doctype == 0 || cdata == 0) return false;
        throw Error(_pos, "ongeldige markup na '<!'.");
    }

    private bool Comment(ReadOnlySpan<byte> s)
    {
        var k = s[4..].IndexOf("--"u8);
        if (k < 0) return false;
        k += 4;
        if (k + 2 >= s.Length) return false;
        if (s[k + 2] != '>') throw Error(_pos + k, "'--' is niet toegestaan in commentaar.");
        _pos += k + 3;
        return true;
    }

    private bool Cdata(ReadOnlySpan<byte> s)
    {
        if (_fase != Fase.Root) throw Error(_pos, "CDATA buiten het root-element.");
        var k = s[9..].IndexOf("]]>"u8);
        if (k < 0) return false;
        handler.Text(s.Slice(9, k), TextKind.CData);
        _pos += 9 + k + 3;
        return true;
    }

    /// <summary>1 when s starts with the literal, 0 when s is a shorter prefix of it (more input needed), -1 otherwise.</summary>
    private static int Starts(ReadOnlySpan<byte> s, ReadOnlySpan<byte> literal) =>
        s.StartsWith(literal) ? 1 : s.Length < literal.Length && literal.StartsWith(s) ? 0 : -1;

    private bool Instruction(ReadOnlySpan<byte> s)
    {
        var end = QName(s, 2, out var colon);
        if (end < 0) return false;
        if (colon >= 0) throw Error(_pos + colon, "een verwerkingsinstructie mag geen ':' in de naam hebben.");
        if (Ascii.EqualsIgnoreCase(s[2..end], "xml"u8)) throw Error(_pos, "de XML-declaratie mag alleen helemaal aan het begin staan.");
        if (end + 1 >= s.Length) return false;
        if (s[end] == '?' && s[end + 1] == '>')
        {
            _pos += end + 2;
            return true;
        }
        if (!XmlTekens.IsSpace(s[end])) throw Error(_pos + end, "ongeldige verwerkingsinstructie.");
        var k = s[end..].IndexOf("?>"u8);
        if (k < 0) return false;
        _pos += end + k + 2;
        return true;
    }

    /// <summary>A name with at most one ':' (not first or last); the index after it, or -1 when more input is needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int QName(ReadOnlySpan<byte> s, int i, out int colon)
    {
        colon = -1;
        var j = Start(s, i);
        if (j < 0) return -1;
        while (j < s.Length)
        {
            var b = s[j];
            if (b < 0x80)
            {
                if (!XmlTekens.IsAsciiNameChar(b)) return j;
                if (b != ':')
                {
                    j++;
                    continue;
                }
                if (colon >= 0) throw Error(_pos + j, "een naam mag maar één ':' bevatten.");
                colon = j;
                j = Start(s, j + 1);
                if (j < 0) return -1;
                continue;
            }
            var status = Rune.DecodeFromUtf8(s[j..], out var r, out var n);
            if (status == OperationStatus.NeedMoreData) return -1;
            if (!XmlTekens.IsNameChar(r)) return j;
            j += n;
        }
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Start(ReadOnlySpan<byte> s, int i)
    {
        if (i >= s.Length) return -1;
        var b = s[i];
        if (b < 0x80)
        {
            if (b == ':' || !XmlTekens.IsAsciiNameStart(b)) throw Error(_pos + i, "ongeldige of ontbrekende naam.");
            return i + 1;
        }
        if (Rune.DecodeFromUtf8(s[i..], out var r, out var n) == OperationStatus.NeedMoreData) return -1;
        if (!XmlTekens.IsNameStart(r)) throw Error(_pos + i, "ongeldige of ontbrekende naam.");
        return i + n;
    }
}
