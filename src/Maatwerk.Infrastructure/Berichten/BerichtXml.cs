using System.Data;
using Maatwerk.Domain.Berichten;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Maatwerk.Infrastructure.Berichten;

/// <summary>The XML of a Bericht as UTF-8 for a reader that streams it, opened as often as the reader needs (the header
/// first, then the whole message). A Bericht whose XML is in memory (just added, or loaded whole) reads its string; a stored
/// Bericht loaded without it (<see cref="LoadWithoutXmlAsync"/>) has its column read from the database, in the caller's
/// transaction, as the UTF-8 bytes the database sends: no .NET string of the message (twice its size in UTF-16), no second
/// copy in the driver (bench/README.md, "Session 25").
/// <para>The bytes are held in blocks of 1 MB until <see cref="Dispose"/>, not streamed from the open
/// result: on PostgreSQL the receipt writes its lines by COPY on the same connection while it reads the message, and a
/// connection has one command at a time.</para></summary>
public sealed class BerichtXml : IDisposable
{
    private const int Blokgrootte = 1 << 20;
    private readonly string? _tekst;
    private readonly List<byte[]> _blokken = [];
    private long _lengte;

    private BerichtXml(string? tekst) => _tekst = tekst;

    public static async Task<BerichtXml> OpenAsync(MaatwerkDbContext db, Bericht bericht, CancellationToken ct = default)
    {
        if (bericht.Xml.Length > 0 || db.Entry(bericht).State is EntityState.Added or EntityState.Detached)
            return new BerichtXml(bericht.Xml);
        var xml = new BerichtXml(null);
        try
        {
            await xml.ReadColumnAsync(db, bericht.Id, ct);
        }
        catch
        {
            xml.Dispose();
            throw;
        }
        return xml;
    }

    /// <summary>A stored Bericht, tracked, with every column but its XML (left empty; <see cref="OpenAsync"/> reads it from
    /// the database). Only the columns a change sets are written back, so the stored XML stays as it is.</summary>
    public static async Task<Bericht?> LoadWithoutXmlAsync(MaatwerkDbContext db, Guid id, CancellationToken ct = default)
    {
        var bericht = await db.Berichten.AsNoTracking().Where(b => b.Id == id).Select(b => new Bericht
        {
            Id = b.Id, Versie = b.Versie, Soort = b.Soort, BerichtCode = b.BerichtCode, Identificatie = b.Identificatie, Dagtekening = b.Dagtekening,
            Afzender = b.Afzender, Ontvanger = b.Ontvanger, AfzenderOrganisatieId = b.AfzenderOrganisatieId, OntvangerOrganisatieId = b.OntvangerOrganisatieId,
            ToewijzingId = b.ToewijzingId, ClientId = b.ClientId, Ontvangen = b.Ontvangen, Geldig = b.Geldig, RetourSoort = b.RetourSoort,
            RetourXml = b.RetourXml, Retourcodes = b.Retourcodes, Kanaal = b.Kanaal,
        }).FirstOrDefaultAsync(ct);
        if (bericht is null)
            return null;
        return db.Berichten.Local.FirstOrDefault(b => b.Id == id) ?? db.Berichten.Attach(bericht).Entity;
    }

    /// <summary>A new stream over the message from its first byte.</summary>
    public Stream Open() => _tekst is not null ? new Utf8TekstStream(_tekst) : new Blokkenstream(_blokken, _lengte);

    public void Dispose()
    {
        _blokken.Clear();
        _lengte = 0;
    }

    private async Task ReadColumnAsync(MaatwerkDbContext db, Guid id, CancellationToken ct)
    {
        // EF builds the command (the Guid as each provider stores it); the reader takes the column's bytes as they arrive.
        await using var opdracht = db.Berichten.Where(b => b.Id == id).Select(b => b.Xml).CreateDbCommand();
        opdracht.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var lezer = await opdracht.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, ct);
            if (!await lezer.ReadAsync(ct))
                throw new InvalidOperationException($"Bericht {id} is niet (meer) opgeslagen.");
            await using var bron = lezer.GetStream(0);
            while (true)
            {
                var blok = new byte[Blokgrootte];
                var gevuld = 0;
                int gelezen;
                while (gevuld < Blokgrootte && (gelezen = await bron.ReadAsync(blok.AsMemory(gevuld, Blokgrootte - gevuld), ct)) > 0)
                    gevuld += gelezen;
                if (gevuld == 0)
                    return;
                _blokken.Add(blok);
                _lengte += gevuld;
                if (gevuld < Blokgrootte)
                    return;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Reads the blocks in order; every block but the last is full.</summary>
    private sealed class Blokkenstream(List<byte[]> blokken, long lengte) : Stream
    {
        private long _positie;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => lengte;
        public override long Position { get => _positie; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var over = (int)Math.Min(buffer.Length, lengte - _positie);
            if (over <= 0)
                return 0;
            var blok = blokken[(int)(_positie / Blokgrootte)];
            var begin = (int)(_positie % Blokgrootte);
            var n = Math.Min(over, Blokgrootte - begin);
            blok.AsSpan(begin, n).CopyTo(buffer);
            _positie += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
