using System.Text;
using Maatwerk.Domain.Berichten;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Berichten.Model;
using Microsoft.EntityFrameworkCore;
using Wmo323 = Maatwerk.IWmo.Berichten.Model.Wmo323;
using Wmo325 = Maatwerk.IWmo.Berichten.Model.Wmo325;

namespace Maatwerk.Infrastructure.Declaraties;

/// <summary>The WMO325 for a sent WMO323, line by line: each line of the aanbieder's declaration becomes toegekend,
/// afgewezen (with its retourcodes) or — for a granted credit's original — gecrediteerd. One entry point,
/// <see cref="ProcessAsync"/>, for every way a 325 arrives: as the RetourXml of the 323's Bericht (the platform answers at
/// sending; the gemeente's assessment, issue 12, may store another), or as a 325 Bericht the aanbieder uploaded or posted.
/// Processing the same 325 twice changes nothing; a 325 that does not fit its declaration changes nothing either and says
/// why, naming the field.</summary>
public sealed class DeclaratieRetourVerwerking(MaatwerkDbContext db, BerichtenService berichten, UnitOfWork unitOfWork, TimeProvider clock,
    HerindieningGebeurtenissen termijnen)
{
    public sealed record Result(SaveResult Save, bool Unchanged, string? DeclaratieNummer, int Toegekend, int Afgewezen)
    {
        public bool IsOk => Save.Status == SaveStatus.Ok;
    }

    /// <summary>Applies the 325 in <paramref name="bericht"/>: for a WMO323 Bericht its RetourXml, for a WMO325 Bericht its
    /// Xml. Runs in the caller's <see cref="UnitOfWork"/> when there is one, else in its own transaction.</summary>
    public async Task<Result> ProcessAsync(Bericht bericht, CancellationToken ct = default)
    {
        Result? uitkomst = null;
        var save = await unitOfWork.ExecuteAsync(async () =>
        {
            uitkomst = await ProcessInUnitAsync(bericht, ct);
            return uitkomst.Save;
        }, ct);
        return uitkomst is null ? new(save, false, null, 0, 0) : uitkomst with { Save = save };
    }

    private async Task<Result> ProcessInUnitAsync(Bericht bericht, CancellationToken ct)
    {
        static Result Fout(string veld, string melding) => new(SaveResult.Invalid(veld, melding), false, null, 0, 0);
        var xml = bericht.Soort switch
        {
            "WMO323" => bericht.RetourXml,
            "WMO325" => bericht.Xml,
            _ => null,
        };
        if (xml is null)
            return Fout("Bericht", $"{bericht.Soort} {bericht.Identificatie} bevat geen declaratie-antwoord (WMO325).");
        var (boom, validatie) = BerichtReader.Read(Encoding.UTF8.GetBytes(xml));
        if (boom is null || BerichtModel.From(boom) is not Wmo325.Bericht antwoord)
            return Fout("Bericht", "Het declaratie-antwoord is geen leesbaar WMO325-bericht: " + string.Join(" ", validatie.Fouten.Take(3).Select(f => f.ToString())));
        var nummer = antwoord.Header.DeclaratieIdentificatie.Identificatie;
        Declaratie? declaratie;
        if (bericht.Soort == "WMO323")
            declaratie = await db.Set<Declaratie>().FirstOrDefaultAsync(d => d.BerichtId == bericht.Id, ct);
        else
        {
            var aanbieder = bericht.OntvangerOrganisatieId
                ?? await db.Organisaties.Where(o => o.AgbCode == antwoord.Header.Ontvanger).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
            declaratie = await db.Set<Declaratie>().FirstOrDefaultAsync(d => d.AanbiederId == aanbieder && d.Nummer == nummer, ct);
        }
        if (declaratie is null)
            return Fout("Header.DeclaratieIdentificatie.Identificatie", $"Er is geen verzonden declaratie (WMO323) met identificatie {nummer} van uw organisatie; het retourbericht kan niet worden gekoppeld.");
        var gemeente = await db.Organisaties.FirstAsync(o => o.Id == declaratie.GemeenteId, ct);
        if (bericht.Soort == "WMO325" && antwoord.Header.Afzender != gemeente.Gemeentecode)
            return Fout("Header.Afzender", $"Het retourbericht komt van {antwoord.Header.Afzender}, maar declaratie {declaratie.Nummer} ging naar {gemeente.Naam} ({gemeente.Gemeentecode}).");

        var regels = await LinesAsync(declaratie, ct);
        var ids = regels.Select(r => r.Id).ToList();
        var gecorrigeerd = (await db.Set<Prestatie>()
            .Where(p => p.AanbiederId == declaratie.AanbiederId && p.CorrectieVan != null && ids.Contains(p.CorrectieVan.Value))
            .Select(p => p.CorrectieVan!.Value).ToListAsync(ct)).ToHashSet();
        var vorige = regels.Where(r => r.VorigReferentieNummer is not null).Select(r => r.VorigReferentieNummer!).ToList();
        var originelen = await db.Set<Prestatie>().Where(p => p.AanbiederId == declaratie.AanbiederId && vorige.Contains(p.ReferentieNummer))
            .ToDictionaryAsync(p => p.ReferentieNummer, ct);
        var uitkomst = DeclaratieAntwoordVerwerking.Apply(antwoord, declaratie.Nummer, regels, gecorrigeerd, r => originelen.GetValueOrDefault(r), clock.GetUtcNow());
        if (!uitkomst.IsValid)
            return new(SaveResult.Invalid(uitkomst.Errors), false, declaratie.Nummer, 0, 0);
        await db.SaveChangesAsync(ct);
        if (!uitkomst.Unchanged)
        {
            await termijnen.AfterRetourAsync(declaratie, regels, $"WMO325 {antwoord.Header.BerichtIdentificatie.Identificatie}", ct); // DEV-Art8.7, DEV-Art8.8b
            await db.SaveChangesAsync(ct);
        }
        return new(SaveResult.Ok(declaratie.Id), uitkomst.Unchanged, declaratie.Nummer, uitkomst.Toegekend, uitkomst.Afgewezen);
    }

    /// <summary>Whether the root element is a WMO325 (read no further than the root; no DTD).</summary>
    public static bool IsWmo325(byte[] xml)
    {
        try
        {
            using var r = System.Xml.XmlReader.Create(new MemoryStream(xml, writable: false), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null });
            return r.MoveToContent() == System.Xml.XmlNodeType.Element && r.NamespaceURI == BerichtCatalog.Wmo325.Namespace;
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }

    /// <summary>A 325 the aanbieder uploaded or posted: stored as a received Bericht and applied in one transaction, or
    /// neither. The same 325 again (same afzender and BerichtIdentificatie) is recognised and changes nothing.</summary>
    public async Task<Result> ReceiveAsync(byte[] xml, Organisatie ontvanger, string kanaal, CancellationToken ct = default)
    {
        var (boom, validatie) = BerichtReader.Read(xml);
        if (boom is null || BerichtModel.From(boom) is not Wmo325.Bericht antwoord)
            return new(SaveResult.Invalid("Bericht", "Het bestand is geen leesbaar declaratie-antwoord (WMO325)."), false, null, 0, 0);
        if (!validatie.IsGeldig)
            return new(SaveResult.Invalid(validatie.Fouten.Take(10).Select(f => new ValidationError(f.Pad, $"{f.Code}: {f.Melding}")).ToList()), false, null, 0, 0);
        var h = antwoord.Header;
        var eerder = await db.Berichten.FirstOrDefaultAsync(b => b.BerichtCode == BerichtCatalog.Wmo325.BerichtCode && b.Afzender == h.Afzender
            && b.Identificatie == h.BerichtIdentificatie.Identificatie && b.OntvangerOrganisatieId == ontvanger.Id, ct);
        if (eerder is not null)
            return new(SaveResult.Ok(eerder.Id), true, h.DeclaratieIdentificatie.Identificatie, 0, 0); // the same 325 again: nothing changes
        Result? uitkomst = null;
        var save = await unitOfWork.ExecuteAsync(async () =>
        {
            var receipt = await berichten.OntvangAsync(xml, ontvanger, kanaal, ct);
            if (!receipt.Gelukt || receipt.BerichtId is not { } id)
                return SaveResult.Invalid("Bericht", receipt.Melding ?? "Het declaratie-antwoord kon niet worden ontvangen.");
            uitkomst = await ProcessInUnitAsync(await db.Berichten.FirstAsync(b => b.Id == id, ct), ct);
            return uitkomst.Save;
        }, ct);
        return uitkomst is not null && save.Status == SaveStatus.Ok ? uitkomst : new(save, false, uitkomst?.DeclaratieNummer, 0, 0);
    }

    /// <summary>After a WMO323 is stored: keeps its lines and, when the gemeente's answer is already there (the platform's
    /// inbox answers at once), applies it. Call inside the sending unit, after the Declaratie and its Bericht are saved.</summary>
    public async Task<SaveResult> RecordSentAsync(Declaratie declaratie, Bericht bericht, CancellationToken ct = default)
    {
        await RecordAsync(declaratie, bericht, ct);
        await db.SaveChangesAsync(ct);
        if (bericht.RetourXml is not null)
            await ProcessInUnitAsync(bericht, ct); // an answer that does not fit leaves the lines ingediend; the sending stands
        return SaveResult.Ok(declaratie.Id);
    }

    /// <summary>The lines of a declaration: those recorded when it was sent, or — for a 323 sent before lines were kept —
    /// read from its XML now.</summary>
    private async Task<List<Prestatie>> LinesAsync(Declaratie declaratie, CancellationToken ct)
    {
        var regels = await db.Set<Prestatie>().Where(p => p.DeclaratieId == declaratie.Id).ToListAsync(ct);
        if (regels.Count > 0)
            return regels;
        var bericht = await db.Berichten.FirstAsync(b => b.Id == declaratie.BerichtId, ct);
        return await RecordAsync(declaratie, bericht, ct);
    }

    /// <summary>Keeps every Prestatie of a sent 323 by its ReferentieNummer, status ingediend. A line that waited for this
    /// message (a credit or new debit) is the same line: it gets the declaration and status ingediend.</summary>
    public async Task<List<Prestatie>> RecordAsync(Declaratie declaratie, Bericht bericht, CancellationToken ct = default)
    {
        var (boom, _) = BerichtReader.Read(Encoding.UTF8.GetBytes(bericht.Xml));
        if (boom is null || BerichtModel.From(boom) is not Wmo323.Bericht heen || heen.Declaratie is null)
            return [];
        var prestaties = heen.Declaratie.Clienten.Client.SelectMany(c => c.Prestaties.Prestatie.Select(p => (c.Bsn, p))).ToList();
        var refs = prestaties.Select(x => x.p.ProductReferentie.ReferentieNummer).ToList();
        var wachtend = await db.Set<Prestatie>().Where(p => p.AanbiederId == declaratie.AanbiederId && refs.Contains(p.ReferentieNummer)).ToDictionaryAsync(p => p.ReferentieNummer, ct);
        var nummers = prestaties.Select(x => x.p.ToewijzingNummer?.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var toewijzingen = await (from t in db.Toewijzingen
                                  join c in db.Contracten on t.ContractId equals c.Id
                                  where c.AanbiederId == declaratie.AanbiederId && nummers.Contains(t.ToewijzingNummer)
                                  select new { t.Id, t.ToewijzingNummer }).ToListAsync(ct);
        var regels = new List<Prestatie>();
        foreach (var (bsn, p) in prestaties)
        {
            var regel = wachtend.GetValueOrDefault(p.ProductReferentie.ReferentieNummer);
            if (regel is null)
            {
                var nummer = p.ToewijzingNummer?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
                regel = new Prestatie
                {
                    AanbiederId = declaratie.AanbiederId, GemeenteId = declaratie.GemeenteId, ReferentieNummer = p.ProductReferentie.ReferentieNummer,
                    VorigReferentieNummer = p.ProductReferentie.VorigReferentieNummer, ToewijzingNummer = nummer,
                    ToewijzingId = toewijzingen.FirstOrDefault(t => t.ToewijzingNummer == nummer)?.Id, Bsn = bsn, ProductCategorie = p.ProductCategorie,
                    ProductCode = p.ProductCode, Begindatum = p.ProductPeriode.Begindatum ?? default, Einddatum = p.ProductPeriode.Einddatum ?? default,
                    GeleverdVolume = p.GeleverdVolume ?? 0, Eenheid = p.Eenheid, ProductTarief = p.ProductTarief, Bedrag = p.IngediendBedrag.Bedrag ?? 0,
                    Credit = p.IngediendBedrag.DebetCredit == "C", AangemaaktDoor = declaratie.VerzondenDoor, AangemaaktOp = declaratie.VerzondenOp,
                };
                db.Add(regel);
            }
            (regel.DeclaratieId, regel.Status) = (declaratie.Id, PrestatieStatus.Ingediend);
            regels.Add(regel);
        }
        return regels;
    }
}
