using System.Globalization;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Infrastructure.Verantwoording;

/// <summary>A production statement as Excel and as PDF (PdfSharp 6.2.4 with <see cref="PdfFonts"/>): contract, year, year
/// basis, per product the clients, units and amount, the total, and when and by whom it was generated and submitted.</summary>
public sealed class VerantwoordingExport(VerantwoordingService service)
{
    public sealed record Bestand(byte[] Inhoud, string Naam, string Type);

    public const string ExcelType = Werkblad.ExcelType;

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly string[] Kolommen = ["Categorie", "Product", "Omschrijving", "Eenheid", "Cliënten", "Volume", "Bedrag (€)"];

    private static object[] Cells(VerantwoordingService.Details d, VerantwoordingRegel r) =>
        [r.ProductCategorie, r.ProductCode, d.ProductNaam(r.ProductCode), Productieopstelling.EenheidNaam(r.Eenheid), r.Clienten, r.Volume, r.Bedrag / 100m];

    private static string Naam(VerantwoordingService.Details d, string ext) => $"productieverantwoording-{d.Verantwoording.Jaar}-{d.Aanbieder.Replace(' ', '-').ToLowerInvariant()}.{ext}";

    private static IEnumerable<string> Kop(VerantwoordingService.Details d)
    {
        var v = d.Verantwoording;
        yield return $"Contract: {d.Contract.Naam}";
        yield return $"Aanbieder: {d.Aanbieder} — opdrachtgever: {d.Opdrachtgever}";
        yield return $"Protocol: {d.Regels.ProtocolTekst}";
        yield return $"Jaar {v.Jaar} (jaar van de {(v.Jaarbasis == Verantwoordingsregels.Gefactureerd ? "facturatie, OCO-A9" : "levering")}); goedgekeurde regels, credits verrekend";
        yield return $"Opgesteld {Amsterdam.Local(v.OpgesteldOp).ToString("dd-MM-yyyy HH:mm", Nl)} door {v.OpgesteldDoor}"
            + (v.IngediendOp is { } op ? $"; ingediend {Amsterdam.Local(op).ToString("dd-MM-yyyy HH:mm", Nl)} door {v.IngediendDoor}" : "; concept, nog niet ingediend");
        if (v.OpenRegels > 0)
            yield return $"{v.OpenRegels} regel(s) nog in beoordeling bij de gemeente: niet meegeteld";
    }

    public async Task<Bestand?> ExcelAsync(Guid id, CancellationToken ct = default)
    {
        if (await service.GetAsync(id, ct) is not { } d)
            return null;
        var blad = new Werkblad();
        blad.Row("Productieverantwoording", d.Verantwoording.Jaar);
        foreach (var regel in Kop(d))
            blad.Row(regel);
        blad.Row();
        blad.Row(Kolommen);
        foreach (var r in d.Producten)
            blad.Row(Cells(d, r));
        blad.Row();
        blad.Row("Totaal", "", "", "", "", "", d.Verantwoording.Totaal / 100m);
        return new(blad.ToBytes($"Productie {d.Verantwoording.Jaar}"), Naam(d, "xlsx"), Werkblad.ExcelType);
    }

    public async Task<Bestand?> PdfAsync(Guid id, CancellationToken ct = default)
    {
        if (await service.GetAsync(id, ct) is not { } d)
            return null;
        using var pdf = new PdfTable($"Productieverantwoording {d.Verantwoording.Jaar} {d.Aanbieder}",
            new PdfTable.Layout([50, 50, 170, 60, 50, 60, 80], Regelhoogte: 13, Tekstgrootte: 9));
        pdf.Heading($"Productieverantwoording {d.Verantwoording.Jaar}");
        foreach (var regel in Kop(d))
            pdf.Row([regel]);
        pdf.Gap();
        pdf.Row(Kolommen, vet: true);
        foreach (var r in d.Producten)
            pdf.Row(Cells(d, r));
        pdf.Gap();
        pdf.Row(["Totaal", "", "", "", "", "", d.Verantwoording.Totaal / 100m], vet: true);
        return new(pdf.Save(), Naam(d, "pdf"), "application/pdf");
    }
}
