namespace Maatwerk.IWmo.Validatie;

/// <summary>A read-only, forward-only stream over bytes in memory (an array or a mapped file, <see cref="GemaptBestand"/>),
/// that reads nothing more once <see cref="Afgebroken"/> is set (the other part of a split validation no longer needs it).</summary>
internal sealed class GeheugenStream(ReadOnlyMemory<byte> bytes) : Stream
{
    private int _positie;
    public volatile bool Afgebroken;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (Afgebroken) return 0;
        var n = Math.Min(buffer.Length, bytes.Length - _positie);
        bytes.Span.Slice(_positie, n).CopyTo(buffer);
        _positie += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _positie; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
