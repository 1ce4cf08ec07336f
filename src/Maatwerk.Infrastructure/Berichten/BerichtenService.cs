using System.Text;
using Maatwerk.Domain.Berichten;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Codelijsten;
using Maatwerk.IWmo.Validatie;
using Maatwerk.IWmo.Verwerking;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Berichten;

/// <summary>Inbox and outbox: sends the platform's own messages from one organisation to another (the receiving side
/// answers with the retourbericht at once), receives uploaded or API-posted messages for the signed-in organisation,
/// and lists what an organisation sent and received.</summary>
public sealed class BerichtenService(MaatwerkDbContext db, TimeProvider clock, Domain.Contracten.ContractProfileCatalog? catalogus = null)
{
    /// <summary>Upper limit for one uploaded message; larger files are refused before parsing.</summary>
    public const int MaximaleGrootte = 50 * 1024 * 1024;

    public sealed record Receipt(bool Gelukt, byte[]? Retour, string? Melding, ValidationResult? Validatie, bool IsHerhaling, Guid? BerichtId);

    public static string NewIdentificatie() => Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString();

    /// <summary>Stores a message the platform produced, runs the receiver's checks and stores its answer.</summary>
    public Bericht Send(BerichtElement bericht, Organisatie afzender, Organisatie ontvanger, Guid? toewijzingId, Guid? clientId)
    {
        var xml = BerichtWriter.ToBytes(bericht);
        var resultaat = Processor().Process(xml);
        var opgeslagen = New(xml, resultaat, "platform");
        opgeslagen.AfzenderOrganisatieId = afzender.Id;
        opgeslagen.OntvangerOrganisatieId = ontvanger.Id;
        opgeslagen.ToewijzingId = toewijzingId;
        opgeslagen.ClientId = clientId;
        db.Berichten.Add(opgeslagen);
        return opgeslagen;
    }

    /// <summary>Receives a message (upload, import or API) for <paramref name="ontvanger"/>: it must be addressed to
    /// that organisation. A second delivery of the same message gets the first answer and is not stored again.</summary>
    public async Task<Receipt> OntvangAsync(byte[] xml, Organisatie ontvanger, string kanaal, CancellationToken ct = default)
    {
        if (xml.Length > MaximaleGrootte)
            return new(false, null, $"Het bestand is groter dan {MaximaleGrootte / 1024 / 1024} MB.", null, false, null);
        var resultaat = Processor().Process(xml);
        var header = resultaat.Validatie.Header;
        if (header is null || resultaat.Validatie.Soort is null)
            return new(false, null, resultaat.Melding ?? "Het bestand is geen leesbaar iWmo-bericht.", resultaat.Validatie, false, null);
        var eigenCode = ontvanger.Gemeentecode ?? ontvanger.AgbCode;
        var gemeenten = ontvanger.Soort == OrganisatieSoort.Regio
            ? await db.Organisaties.Where(o => o.RegioId == ontvanger.Id).Select(o => o.Gemeentecode).ToListAsync(ct)
            : [];
        if (header.Ontvanger != eigenCode && !gemeenten.Contains(header.Ontvanger))
            return new(false, null, $"Dit bericht is gericht aan {header.Ontvanger}, niet aan uw organisatie ({eigenCode ?? "zonder code"}).", resultaat.Validatie, false, null);
        if (resultaat.IsHerhaling)
            return new(true, resultaat.Retour, resultaat.Melding, resultaat.Validatie, true, null);
        // Known but not answered yet (a WMO323 in the gemeente's checks, issue 12): the same delivery, no second copy.
        if (await db.Berichten.Where(b => b.Afzender == header.Afzender && b.BerichtCode == header.BerichtCode && b.Identificatie == header.Identificatie)
                .Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct) is { } bekend)
            return new(true, null, "Dit bericht is al eerder ontvangen en wordt nog beoordeeld; het antwoord volgt.", resultaat.Validatie, true, bekend);
        var opgeslagen = New(xml, resultaat, kanaal);
        opgeslagen.OntvangerOrganisatieId = ontvanger.Id;
        opgeslagen.AfzenderOrganisatieId = await db.Organisaties
            .Where(o => o.Gemeentecode == header.Afzender || o.AgbCode == header.Afzender).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        db.Berichten.Add(opgeslagen);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same message arrived twice at once: the unique key (afzender, BerichtCode, identificatie) let only
            // the first be stored; this delivery gets that first answer (TR056).
            db.ChangeTracker.Clear();
            var eerste = new DbBerichtContext(db).PreviousAntwoord(new Maatwerk.IWmo.Verwerking.BerichtKey(opgeslagen.Afzender, opgeslagen.BerichtCode, opgeslagen.Identificatie));
            return new(true, eerste, "Dit bericht is tegelijk al eens ontvangen; het eerste antwoord wordt gegeven.", resultaat.Validatie, true, null);
        }
        return new(true, resultaat.Retour, resultaat.Melding, resultaat.Validatie, false, opgeslagen.Id);
    }

    /// <summary>The answer a stored message has now: null while a WMO323 is in the gemeente's checks (issue 12).</summary>
    public async Task<byte[]?> RetourAsync(Guid berichtId, CancellationToken ct = default) =>
        await db.Berichten.Where(b => b.Id == berichtId).Select(b => b.RetourXml).FirstOrDefaultAsync(ct) is { } xml ? Encoding.UTF8.GetBytes(xml) : null;

    /// <summary>The receiving side's checks. Its "systeemdatum" (TR135: Dagtekening not in the future) is today in
    /// Amsterdam, the date the platform puts on its own messages, whatever the server's time zone: at 00:30 in Amsterdam
    /// (23:30 UTC) a 301 dated today must not be "in the future". The date goes in the options, and the clock the library
    /// reads local time from is the same clock with Amsterdam as its zone.</summary>
    private BerichtProcessor Processor() =>
        new(new DbBerichtContext(db, catalogus), clock); // the library takes today in Europe/Amsterdam from this clock (Systeemdatum)

    private Bericht New(byte[] xml, ProcessingResult resultaat, string kanaal)
    {
        var v = resultaat.Validatie;
        var h = v.Header!;
        return new Bericht
        {
            Soort = v.Soort!.Naam, BerichtCode = h.BerichtCode, Identificatie = Short(h.Identificatie, 12), Dagtekening = h.Dagtekening ?? default,
            Afzender = Short(h.Afzender, 8), Ontvanger = Short(h.Ontvanger, 8), Xml = Encoding.UTF8.GetString(xml), Ontvangen = clock.GetUtcNow(),
            Geldig = v.IsGeldig, RetourSoort = v.Soort.Retour?.Naam, RetourXml = resultaat.Retour is null ? null : Encoding.UTF8.GetString(resultaat.Retour),
            Retourcodes = Summary(v), Kanaal = kanaal,
        };
    }

    /// <summary>The retour codes in words, e.g. "0200 Bericht is geaccepteerd" or each finding with its code and place.</summary>
    public static string Summary(ValidationResult v)
    {
        var tekst = v.IsGeldig
            ? $"0200 {Codelijst.RetourcodeOmschrijving("0200")}"
            : string.Join("\n", v.Fouten.Select(f => $"{f.Retourcode} {Codelijst.RetourcodeOmschrijving(f.Retourcode)} — {f.Code} {f.Pad}: {f.Melding}"));
        return Short(tekst, 2000);
    }

    private static string Short(string? s, int max) => s is null ? "" : s.Length <= max ? s : s[..max];
}
