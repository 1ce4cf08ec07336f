using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>The OCO invoice as a PDF for the gemeente (a <see cref="PdfTable"/> like the other exports): per line the melding
/// number, kind, delivery dates and number of contacts (OCO-6.1a); for a specification also what was left out under
/// OCO-6.1c. No resident's name.</summary>
public static class FactuurPdf
{
    private static readonly PdfTable.Layout Layout = new([70, 170, 90, 100, 60], Links: 50, Regelhoogte: 16, Tekstgrootte: 9, Titelgrootte: 15);
    private static readonly object?[] Kolommen = ["Melding", "Soort", "Eerste levering", "Laatste levering", "Contacten"];

    /// <summary>The specification of a gemeente and period as computed now (not stored).</summary>
    public static byte[] Write(FactuurService.Specificatie s)
    {
        var f = s.Factuur;
        return Write($"Factuurspecificatie cliëntondersteuning {s.Gemeente} {f.Van:dd-MM-yyyy} t/m {f.Tot:dd-MM-yyyy}",
            "Factuurspecificatie onafhankelijke cliëntondersteuning (OCO-6.1)",
            [$"Aanbieder: {s.Aanbieder}", $"Gemeente: {s.Gemeente}", $"Periode: {f.Van:dd-MM-yyyy} t/m {f.Tot:dd-MM-yyyy}",
                $"Geleverd: {f.Regels.Count} regels, {f.Contacten} contacten, {f.Inwoners} meldingen; alleen geregistreerde levering (OCO-6.1a)"],
            f.Regels.Select(r => Cells(s.Meldingnummers[r.MeldingId], r.Omschrijving, r.EersteLevering, r.LaatsteLevering, r.Aantal)),
            f.Geweigerd.Select(g => $"{s.Meldingnummers[g.MeldingId]}  {g.Datum:dd-MM-yyyy}").ToList());
    }

    /// <summary>A stored invoice with its number and status.</summary>
    public static byte[] Write(OcoFactuurService.Row row)
    {
        var f = row.Factuur;
        var status = f.IngediendOp is { } op ? $"ingediend {OcoScope.Show(op)}" : $"opgesteld {OcoScope.Show(f.OpgesteldOp)}, nog niet ingediend";
        return Write($"Factuur {f.Nummer} cliëntondersteuning {row.Gemeente} {f.Van:dd-MM-yyyy} t/m {f.Tot:dd-MM-yyyy}",
            $"Factuur {f.Nummer} onafhankelijke cliëntondersteuning (OCO-6.1)",
            [$"Aanbieder: {row.Aanbieder}", $"Gemeente: {row.Gemeente}", $"Periode: {f.Van:dd-MM-yyyy} t/m {f.Tot:dd-MM-yyyy}", $"Status: {status}",
                $"Geleverd: {f.Regels.Count} regels, {f.Regels.Sum(r => r.Aantal)} contacten, {f.Regels.Select(r => r.MeldingId).Distinct().Count()} meldingen; alleen geregistreerde levering (OCO-6.1a)"],
            f.Regels.Select(r => Cells(FactuurService.Meldingnummer(r.MeldingId), r.Omschrijving, r.EersteLevering, r.LaatsteLevering, r.Aantal)), []);
    }

    private static object?[] Cells(string melding, string soort, DateOnly eerste, DateOnly laatste, int aantal) =>
        [melding, soort, $"{eerste:dd-MM-yyyy}", $"{laatste:dd-MM-yyyy}", aantal];

    private static byte[] Write(string titel, string kop, IEnumerable<string> gegevens, IEnumerable<object?[]> regels, IReadOnlyList<string> geweigerd)
    {
        using var pdf = new PdfTable(titel, Layout);
        pdf.Heading(kop, 24);
        foreach (var g in gegevens)
            pdf.Row([g]);
        pdf.Gap(8);
        pdf.Row(Kolommen, vet: true);
        foreach (var r in regels)
            pdf.Row(r);
        if (geweigerd.Count == 0)
            return pdf.Save();
        pdf.Gap(8);
        pdf.Row(["Niet gefactureerd: ondersteuning ouder dan de contracttermijn (OCO-6.1c)"], vet: true);
        foreach (var g in geweigerd)
            pdf.Row([g]);
        return pdf.Save();
    }
}
