using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>The submitted periodic report OCO-4.7 (a)–(q) as a PDF for the gemeente: figures and record counts only.</summary>
public static class RapportagePdf
{
    private static readonly PdfTable.Layout Layout = new([60, 330], Links: 50, Regelhoogte: 16, Tekstgrootte: 9, Titelgrootte: 15);

    public static byte[] Write(RapportageService.Ingediend r)
    {
        using var pdf = new PdfTable($"Rapportage cliëntondersteuning {r.Gemeente} {r.Rapportage.Van:dd-MM-yyyy} t/m {r.Rapportage.Tot:dd-MM-yyyy}", Layout);
        pdf.Heading("Periodieke rapportage onafhankelijke cliëntondersteuning (OCO-4.7)", 24);
        pdf.Row([$"Aanbieder: {r.Aanbieder}"]);
        pdf.Row([$"Gemeente: {r.Gemeente}"]);
        pdf.Row([$"Periode: {r.Rapportage.Van:dd-MM-yyyy} t/m {r.Rapportage.Tot:dd-MM-yyyy}"]);
        pdf.Row([$"Ingediend: {OcoScope.Show(r.Rapportage.IngediendOp)} door {r.Rapportage.IngediendDoor}"]);
        pdf.Gap(8);
        pdf.Row(["Onderdeel", "Omschrijving", "Waarde"], vet: true);
        foreach (var c in r.Cijfers.Where(c => c.Onderdeel != "q"))
            pdf.Row([c.Onderdeel, c.Omschrijving.Length > 70 ? c.Omschrijving[..70] : c.Omschrijving, c.Waarde]);
        pdf.Gap(8);
        pdf.Row(["q. Trends en ontwikkelingen"], vet: true);
        foreach (var regel in Wrap(r.Rapportage.Trends ?? "—", 100))
            pdf.Row([regel]);
        return pdf.Save();
    }

    private static IEnumerable<string> Wrap(string tekst, int breedte)
    {
        foreach (var alinea in tekst.Split('\n'))
        {
            var regel = "";
            foreach (var woord in alinea.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (regel.Length + woord.Length + 1 > breedte)
                {
                    yield return regel;
                    regel = "";
                }
                regel = regel.Length == 0 ? woord : $"{regel} {woord}";
            }
            yield return regel;
        }
    }
}
