using System.Text;

namespace Maatwerk.Infrastructure.Berichten;

/// <summary>Reads a string as UTF-8 bytes, encoding a few kilobytes at a time: a stored Bericht's XML (up to the API's
/// 50 MB, a generated 323 of 84 MB) goes to the streaming validator without a second, whole UTF-8 copy of the message.</summary>
public sealed class Utf8TekstStream(string tekst) : Stream
{
    private const int Tekens = 16 * 1024;
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private int _positie;
    private long _gelezen;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _gelezen; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Four bytes at most per char (a surrogate pair is two chars for four bytes); the encoder keeps a split pair.
        if (buffer.Length < 4)
            throw new ArgumentException("Een buffer van minstens 4 bytes is nodig.", nameof(buffer));
        if (_positie >= tekst.Length)
            return 0;
        var bron = tekst.AsSpan(_positie, Math.Min(Tekens, tekst.Length - _positie));
        _encoder.Convert(bron, buffer, flush: _positie + bron.Length >= tekst.Length, out var gebruikt, out var geschreven, out _);
        _positie += gebruikt;
        _gelezen += geschreven;
        return geschreven;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
