using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Retour;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.Domain.Declaratiebeoordeling;

/// <summary>The gemeente's one WMO325 for a received WMO323 (IV087), built from the beoordelaar's decisions: only the
/// rejected Prestaties come back, each with its retour code, so that Σ rejected = submitted − granted (TR342); the
/// DeclaratieAntwoord carries 8001 when everything is granted, otherwise 0200 (IV087/IV088); the Header 0200. A code on
/// the Declaratie itself (TR333, 9333) rejects every line (IV087: TotaalToegekendBedrag 0). The iWmo library's
/// <see cref="RetourGenerator"/> writes the message: one 325 layout in the platform.</summary>
public static class Antwoordopbouw
{
    public sealed record Uitkomst(BerichtElement Bericht, long Ingediend, long Afgewezen, long Toegekend);

    /// <param name="heen">The 323 as received.</param>
    /// <param name="regels">Every line of the declaration, each decided (none <see cref="Beoordeling.Open"/>).</param>
    public static Uitkomst Build(byte[] heen, IReadOnlyList<OntvangenPrestatie> regels, string? declaratiecode, string identificatie, DateOnly dagtekening)
    {
        if (regels.Any(r => r.Beoordeling == Beoordeling.Open))
            throw new InvalidOperationException("Niet elke regel is beoordeeld.");
        var (boom, resultaat) = BerichtReader.Read(heen);
        if (boom is null)
            throw new InvalidOperationException("De declaratie is niet meer leesbaar: " + string.Join(" ", resultaat.Fouten.Take(3)));
        var bevindingen = regels.Where(r => r.Beoordeling == Beoordeling.Afgewezen)
            .Select(r => new Finding("BEOORDELING", r.Pad, r.Toelichting ?? "", ValidationLayer.Context, r.Retourcode ?? "0233"))
            .ToList();
        if (declaratiecode is not null)
            bevindingen.Add(new Finding("TR333", "/Bericht/Declaratie", "DeclaratieNummer is niet uniek.", ValidationLayer.Context, declaratiecode));
        var bericht = RetourGenerator.Create(boom, bevindingen, new RetourOptions { Identificatie = identificatie, Dagtekening = dagtekening });
        var ingediend = regels.Sum(r => r.BedragMetTeken);
        var afgewezen = regels.Where(r => r.Beoordeling == Beoordeling.Afgewezen).Sum(r => r.BedragMetTeken);
        return new Uitkomst(bericht, ingediend, afgewezen, ingediend - afgewezen);
    }
}
