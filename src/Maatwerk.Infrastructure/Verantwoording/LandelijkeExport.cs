using System.Text;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Common.Lijsten;

namespace Maatwerk.Infrastructure.Verantwoording;

/// <summary>A production statement in the national format (<see cref="LandelijkFormaat"/>, OCO-6.2a, DEV-Art22.1) as Excel
/// (OpenXml via <see cref="Werkblad"/>) and as CSV (';', UTF-8 with BOM, as Dutch Excel opens it): the header block, a row
/// per gemeente × product, subtotals per gemeente, the total (= the statement's total) and the signature block.</summary>
public sealed class LandelijkeExport(VerantwoordingService service, VerantwoordingGegevens gegevens)
{
    public async Task<VerantwoordingExport.Bestand?> ExcelAsync(Guid id, CancellationToken ct = default)
    {
        var (rijen, naam) = await RijenAsync(id, ct);
        if (rijen is null)
            return null;
        var blad = new Werkblad();
        foreach (var rij in rijen)
            blad.Row(rij);
        return new(blad.ToBytes("Productieverantwoording"), naam + ".xlsx", Werkblad.ExcelType);
    }

    public async Task<VerantwoordingExport.Bestand?> CsvAsync(Guid id, CancellationToken ct = default)
    {
        var (rijen, naam) = await RijenAsync(id, ct);
        if (rijen is null)
            return null;
        return new(Csv(rijen), naam + ".csv", "text/csv; charset=utf-8");
    }

    /// <summary>The national format as CSV: ';', decimal comma, UTF-8 with BOM (also what the demo upload is made of).</summary>
    public static byte[] Csv(IEnumerable<object[]> rijen)
    {
        var tekst = new StringBuilder();
        foreach (var rij in rijen)
            tekst.Append(string.Join(';', rij.Select(c => CsvExport<object>.Veld(CsvExport<object>.Tekst(c))))).Append("\r\n");
        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(tekst.ToString())).ToArray();
    }

    private async Task<(List<object[]>? Rijen, string Naam)> RijenAsync(Guid id, CancellationToken ct)
    {
        if (await service.GetAsync(id, ct) is not { } d)
            return (null, "");
        var v = d.Verantwoording;
        var aanbieder = await gegevens.OrganisatieAsync(v.AanbiederId, ct);
        var gemeenten = await gegevens.GemeentenVanAsync(d.Contract, ct);
        var producten = await gegevens.ProductenAsync(d.Contract, d.Profiel, ct);
        var kop = new LandelijkFormaat.Kop(d.Aanbieder, aanbieder?.AgbCode, aanbieder?.KvkNummer, v.Jaar, d.Regels.ProtocolTekst, d.Contract.Naam,
            DateOnly.FromDateTime(Amsterdam.Local(v.OpgesteldOp)));
        var regels = d.Producten.Select(p => new LandelijkFormaat.Regel(p.Gemeentecode,
            gemeenten.GetValueOrDefault(p.Gemeentecode) ?? (p.Gemeentecode == "" ? $"{d.Opdrachtgever} (niet gesplitst)" : ""),
            p.ProductCategorie, p.ProductCode, producten.GetValueOrDefault(p.ProductCode)?.Naam ?? "", p.Eenheid, p.Tarief, p.Volume, p.Clienten, p.Bedrag));
        var naam = $"productieverantwoording-landelijk-{v.Jaar}-{d.Aanbieder.Replace(' ', '-').ToLowerInvariant()}";
        return (LandelijkFormaat.Rijen(kop, regels), naam);
    }
}
