using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Verwerking;

/// <summary>Rules that need platform state: start/stop and prestaties must refer to an existing allocation (TR019),
/// and prestaties must fit it (TR307, TR308, TR339, TR340, TR341).</summary>
internal sealed class ContextRegels(IBerichtContext context) : IBerichtBezoeker
{
    public List<Fout> Fouten { get; } = [];

    public void Eenheid(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
    {
        if (eenheid.Naam != "Prestatie") return;
        var header = voorouders[0].Kind("Header");
        if (header is null) return;
        var nummer = eenheid.Tekst("ToewijzingNummer") ?? "";
        var t = context.ZoekToewijzing(header.Tekst("Ontvanger") ?? "", header.Tekst("Afzender") ?? "", nummer);
        if (t is null)
        {
            Voeg("TR019", eenheid, $"Prestatie verwijst naar toewijzing {nummer}, die niet bekend is.", "9019");
            return;
        }
        var p = Berichten.Declaratie.DeclaratiePrestatie.Van(eenheid);
        if (p.Begindatum < t.Ingangsdatum || (t.Einddatum is { } e1 && p.Begindatum > e1))
            Voeg("TR307", eenheid, $"Begindatum van de prestatie ligt niet binnen de toewijzing {nummer}.", "9307");
        if (t.Einddatum is { } e && p.Einddatum > e)
            Voeg("TR308", eenheid, $"Einddatum van de prestatie ligt na de einddatum van toewijzing {nummer}.", "9308");
        if (t.ProductCategorie is { } cat && cat != p.ProductCategorie)
            Voeg("TR339", eenheid, $"ProductCategorie {p.ProductCategorie} wijkt af van de toewijzing ({cat}).", "9339");
        if (t.ProductCode is { } code && code != p.ProductCode)
            Voeg("TR340", eenheid, $"ProductCode {p.ProductCode} wijkt af van de toewijzing ({code}).", "9340");
        if (t.Eenheid is { } eh && eh != p.Eenheid)
            Voeg("TR341", eenheid, $"Eenheid {p.Eenheid} past niet bij de toewijzing ({eh}).", "9341");
    }

    public void Einde(BerichtElement bericht)
    {
        var soort = BerichtCatalogus.OpNamespace(bericht.Namespace);
        var header = bericht.Kind("Header");
        if (header is null || (soort != BerichtCatalogus.Wmo305 && soort != BerichtCatalogus.Wmo307)) return;
        foreach (var product in bericht.Zoek("Client/" + (soort == BerichtCatalogus.Wmo305 ? "StartProducten" : "StopProducten"))?.Kinderen ?? [])
        {
            if (product.Tekst("ToewijzingNummer") is not { } nummer) continue;
            if (context.ZoekToewijzing(header.Tekst("Ontvanger") ?? "", header.Tekst("Afzender") ?? "", nummer) is null)
                Voeg("TR019", product, $"Er is geen toewijzing {nummer} bekend voor deze aanbieder.", "9019");
        }
    }

    private void Voeg(string code, BerichtElement waar, string melding, string retourcode) =>
        Fouten.Add(new Fout(code, waar.Pad, melding, ValidatieLaag.Context, retourcode));
}
