using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace Maatwerk.IWmo.Validatie;

/// <summary>The scanner's input: a pooled buffer refilled from the stream, checked for valid UTF-8 and allowed XML
/// characters as it comes in (so the parser never sees an invalid byte), and line/position bookkeeping for findings.</summary>
internal sealed partial class Utf8XmlScanner
{
    private const int StartSize = 1 << 17;

    private byte[] _buf = [];
    private int _pos;   // parse position
    private int _end;   // end of checked bytes: the parser sees [_pos, _end)
    private int _raw;   // end of bytes read (a split UTF-8 sequence may wait after _end)
    private bool _eof;
    private bool _stop;
    private int _lines; // line breaks before _buf[0]
    private int _column; // characters after the last line break before _buf[0]

    public long Gelezen { get; private set; }

    private ReadOnlySpan<byte> Available => new(_buf, _pos, _end - _pos);

    /// <summary>Keeps the bytes from _pos, reads more. False at the end of the input.</summary>
    private bool Fill()
    {
        if (_eof) return false;
        Compact();
        if (_raw == _buf.Length) Grow();
        var n = _stream.Read(_buf, _raw, _buf.Length - _raw);
        if (n == 0 && Verder()) return Fill();
        if (n == 0)
        {
            _eof = true;
            if (_raw > _end) throw Error(_end, "ongeldig teken of verkeerde tekencodering.");
            return false;
        }
        Gelezen += n;
        if (Gelezen > _max) throw new TooLargeException();
        _raw += n;
        Check();
        return true;
    }

    /// <summary>At the end of one part of a split message (<see cref="GesplitsteValidatie"/>): asks
    /// <see cref="BijEinde"/> how to go on. Null: stop here (<see cref="Gestopt"/>) or, without a callback, a real end.</summary>
    private bool Verder()
    {
        if (BijEinde is not { } bijEinde) return false;
        BijEinde = null;
        if (bijEinde() is not { } vervolg)
        {
            _stop = true;
            return false;
        }
        _stream = vervolg.Bron;
        if (vervolg.Regels is { } regels)
        {
            // The next bytes are not the ones after these: they start a line elsewhere in the message.
            if (_raw != 0) throw new SplitsingOnmogelijkException("de eerste bytes houden midden in een token op");
            (_lines, _column) = (regels, 0);
        }
        return true;
    }

    private void Compact()
    {
        if (_pos == 0) return;
        Count(_buf.AsSpan(0, _pos));
        Buffer.BlockCopy(_buf, _pos, _buf, 0, _raw - _pos);
        (_end, _raw, _pos) = (_end - _pos, _raw - _pos, 0);
    }

    private void Grow()
    {
        var groter = ArrayPool<byte>.Shared.Rent(_buf.Length * 2);
        Buffer.BlockCopy(_buf, 0, groter, 0, _raw);
        ArrayPool<byte>.Shared.Return(_buf);
        _buf = groter;
    }

    /// <summary>Checks the new bytes up to the last complete UTF-8 sequence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Check()
    {
        var to = _raw;
        var k = to - 1;
        while (k >= _end && k > to - 4 && (_buf[k] & 0xC0) == 0x80) k--;
        if (k >= _end && _buf[k] >= 0xC0 && k + (_buf[k] >= 0xF0 ? 4 : _buf[k] >= 0xE0 ? 3 : 2) > to) to = k;
        var nieuw = _buf.AsSpan(_end, to - _end);
        if (!Utf8.IsValid(nieuw)) throw Error(_end + FirstInvalid(nieuw), "ongeldig teken of verkeerde tekencodering.");
        var c = Control(nieuw);
        if (c >= 0) throw Error(_end + c, $"teken 0x{nieuw[c]:X2} is niet toegestaan in XML.");
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters either.
        for (var i = nieuw.IndexOf((byte)0xEF); i >= 0 && i + 2 < nieuw.Length; i = Next(nieuw, i + 1))
            if (nieuw[i + 1] == 0xBF && nieuw[i + 2] >= 0xBE) throw Error(_end + i, "ongeldig teken (U+FFFE/U+FFFF).");
        _end = to;
    }

    /// <summary>The first control character XML 1.0 does not allow (all below 0x20 except tab, LF and CR), or -1.
    /// Three vectorised range searches: SearchValues would first run unoptimised in a cold process.</summary>
    private static int Control(ReadOnlySpan<byte> s)
    {
        var a = s.IndexOfAnyInRange((byte)0x00, (byte)0x08);
        var b = s.IndexOfAnyInRange((byte)0x0E, (byte)0x1F);
        var c = s.IndexOfAny((byte)0x0B, (byte)0x0C);
        var eerste = -1;
        foreach (var i in (ReadOnlySpan<int>)[a, b, c])
            if (i >= 0 && (eerste < 0 || i < eerste)) eerste = i;
        return eerste;
    }

    private static int Next(ReadOnlySpan<byte> s, int from)
    {
        var i = s[from..].IndexOf((byte)0xEF);
        return i < 0 ? -1 : from + i;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> s)
    {
        var i = 0;
        while (i < s.Length && Rune.DecodeFromUtf8(s[i..], out _, out var n) == OperationStatus.Done) i += n;
        return i;
    }

    /// <summary>Adds the line breaks and the last line's characters of bytes that leave the buffer.</summary>
    private void Count(ReadOnlySpan<byte> weg)
    {
        if (weg.Contains((byte)'\r'))
        {
            (_lines, _column) = Walk(weg, _lines, _column, _pos < _raw ? _buf[_pos] : (byte)0);
            return;
        }
        var laatste = weg.LastIndexOf((byte)'\n');
        if (laatste < 0)
        {
            _column += Chars(weg);
            return;
        }
        _lines += weg.Count((byte)'\n');
        _column = Chars(weg[(laatste + 1)..]);
    }

    private static int Chars(ReadOnlySpan<byte> s)
    {
        var n = 0;
        foreach (var b in s)
            if ((b & 0xC0) != 0x80) n++;
        return n;
    }

    private static (int Lines, int Column) Walk(ReadOnlySpan<byte> s, int lines, int column, byte after)
    {
        for (var k = 0; k < s.Length; k++)
        {
            var b = s[k];
            var next = k + 1 < s.Length ? s[k + 1] : after;
            if (b == '\n' || b == '\r' && next != '\n') (lines, column) = (lines + 1, 0);
            else if ((b & 0xC0) != 0x80) column++;
        }
        return (lines, column);
    }

    /// <summary>An X001 finding at a buffer index, with the line and position (1-based, in characters).</summary>
    private XmlScanException Error(int index, string reden)
    {
        index = Math.Clamp(index, 0, _raw);
        var (lines, column) = Walk(_buf.AsSpan(0, index), _lines, _column, index < _raw ? _buf[index] : (byte)0);
        return new XmlScanException(SafeXml.NotWellFormed(lines + 1, column + 1, reden));
    }
}
