using System.Globalization;
using Maatwerk.Domain.Ervaringsonderzoek;
using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Infrastructure.Ervaringsonderzoek;

/// <summary>The summary for the contract meeting as a PDF (IB-47c): per aanbieder the counts, the share satisfied and the
/// remarks, and the survey rounds — no client names.</summary>
public static class ErvaringPdf
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static byte[] Write(int jaar, IReadOnlyList<Ervaringssamenvatting> samenvattingen, IReadOnlyList<ErvaringService.RondeRow> rondes, string auteur)
    {
        var titel = $"Cliëntervaringsonderzoek {jaar}";
        using var pdf = new PdfLines(titel, auteur);
        pdf.Line(titel, pdf.Titel);
        pdf.Paragraph("Samenvatting voor het contractoverleg (IB-47c); per cliënt minstens eenmaal per jaar (IB-47a).", pdf.Klein);
        foreach (var s in samenvattingen)
        {
            pdf.Gap();
            pdf.Line(s.Aanbieder, pdf.Vet);
            pdf.Field("Reacties", $"{s.Aantal} (digitaal {s.Digitaal}, op papier {s.Papier})");
            pdf.Field("Tevreden", s.PercentageTevreden is { } p ? $"{s.Tevreden} van {s.Aantal} ({p.ToString("0.#", Nl)}%); niet tevreden: {s.Ontevreden}" : "geen reacties");
            foreach (var (kop, teksten) in new[] { ("Toelichting tevredenheid", s.Toelichtingen), ("Wat ging goed, wat kan beter", s.GoedEnBeter), ("Opmerkingen", s.Opmerkingen) })
                foreach (var tekst in teksten)
                    pdf.Field(kop, tekst);
        }
        if (rondes.Count > 0)
        {
            pdf.Gap();
            pdf.Line("Onderzoeksrondes", pdf.Vet);
            foreach (var r in rondes)
            {
                var o = r.Ronde;
                pdf.Gap(4);
                pdf.Field("Onderzoek", $"{r.Aanbieder}, {Ervaringsronde.Doelgroepen[o.Doelgroep].ToLowerInvariant()}, {o.Van:dd-MM-yyyy} t/m {o.Tot:dd-MM-yyyy}, {o.Methode}, {o.Respondenten} respondenten");
                pdf.Field("Resultaten", o.Resultaten);
                pdf.Field("Verbetermaatregelen", o.Verbetermaatregelen);
                pdf.Field("Gedeeld met de gemeente", o.GedeeldMetGemeenteOp?.ToString("d MMMM yyyy", Nl) ?? "nog niet");
            }
        }
        return pdf.Save();
    }
}
