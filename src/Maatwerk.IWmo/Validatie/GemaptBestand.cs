using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace Maatwerk.IWmo.Validatie;

/// <summary>A file mapped into memory as <see cref="Memory{T}"/>, so both parts of a split validation read it
/// (<see cref="GesplitsteValidatie"/>) without first copying 80 MB into an array: the pages come from the page cache
/// while the parts read them.</summary>
internal sealed unsafe class GemaptBestand : MemoryManager<byte>
{
    private readonly MemoryMappedFile _bestand;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _begin;
    private readonly int _lengte;

    private GemaptBestand(FileStream stream)
    {
        _lengte = checked((int)stream.Length);
        _bestand = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        _view = _bestand.CreateViewAccessor(0, _lengte, MemoryMappedFileAccess.Read);
        byte* p = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref p);
        _begin = p + _view.PointerOffset;
    }

    public static GemaptBestand Open(FileStream stream) => new(stream);

    public override Span<byte> GetSpan() => new(_begin, _lengte);

    public override MemoryHandle Pin(int elementIndex = 0) => new(_begin + elementIndex);

    public override void Unpin() { }

    protected override void Dispose(bool disposing)
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _bestand.Dispose();
    }
}
