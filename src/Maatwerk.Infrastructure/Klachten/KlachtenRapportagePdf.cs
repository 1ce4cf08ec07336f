using System.Globalization;
using Maatwerk.Domain.Klachten;
using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Infrastructure.Klachten;

/// <summary>The complaints overview as a PDF: per gemeente the counts and, per complaint, the six items of DEV-Eis16-AR
/// (which complaint, handling term, how handled, how communicated and followed up, improvement measure).</summary>
public static class KlachtenRapportagePdf
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static byte[] Write(KlachtenRapportageService.Rapport rapport)
    {
        var r = rapport.Rapportage;
        var titel = rapport.IsKwartaal ? $"Klachtenoverzicht {r.Periode.Name}" : $"Klachtenrapportage {r.Periode.Name}";
        using var pdf = new PdfLines(titel, rapport.Aanbieder);
        string Dag(DateTimeOffset m) => Amsterdam.Local(m).ToString("d MMMM yyyy", Nl);
        pdf.Line(titel, pdf.Titel);
        pdf.Gap();
        pdf.Field("Aanbieder", rapport.Aanbieder);
        pdf.Field("Contract", rapport.Contract.Naam);
        pdf.Field("Periode", $"{r.Periode.Begin.ToString("d MMMM yyyy", Nl)} t/m {r.Periode.Einde.ToString("d MMMM yyyy", Nl)}");
        pdf.Field("Grondslag", rapport.Bron ?? (rapport.IsKwartaal ? "OCO-2.22b" : "DEV-Eis16-AR"));
        pdf.Field("Ontvangen", $"{r.Ontvangen} klacht(en) in deze periode");
        foreach (var g in r.Groepen)
        {
            pdf.Gap();
            pdf.Line(g.Gemeente, pdf.Vet);
            pdf.Paragraph($"Ontvangen: {g.Ontvangen} (waarvan direct opgelost: {g.DirectOpgelost}); afgehandeld: {g.Afgehandeld}; openstaand: {g.Openstaand}; voorgelegd aan de gemeente: {g.Geescaleerd}.");
            foreach (var i in g.Items)
            {
                var k = i.Klacht;
                pdf.Gap(4);
                pdf.Field("Klacht", $"{Dag(k.Ontvangen)}, {Klacht.Wijzen[k.Wijze].ToLowerInvariant()}: {k.Omschrijving}");
                pdf.Field("Afhandeltermijn", i.Doorlooptijd is { } d ? $"{d} dagen{(k.VerlengdTot is { } tot ? $" (verlengd tot {tot.ToString("d MMMM yyyy", Nl)} met toestemming van de cliënt)" : "")}" : "nog niet afgehandeld");
                pdf.Field("Afhandeling", k.Afhandeling);
                pdf.Field("Communicatie", $"{(k.BevestigdOp is { } b ? $"ontvangst bevestigd {Dag(b)}; " : "")}{k.Voortgangsberichten} voortgangsbericht(en){(k.GeescaleerdOp is { } e ? $"; voorgelegd aan de gemeente {Dag(e)}" : "")}{(k.TerugkoppelingGemeente is { } t ? $"; gemeente: {t}" : "")}");
                pdf.Field("Verbetermaatregel", k.Verbetermaatregel);
            }
        }
        return pdf.Save();
    }
}
