using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Validatie;
using Maatwerk.IWmo.Validatie.Regels;

namespace Maatwerk.IWmo.Verwerking;

/// <summary>Rules that need platform state: starts and stops must refer to an existing allocation (TR019), prestaties too
/// (TR338),
/// starts and stops follow each other (TR063, TR071, TR074, TR326, TR382, TR413, TR414, TR415), product codes are on the
/// gemeente's list (TR381) and prestaties must fit the allocation
/// (TR307, TR308, TR339, TR340, TR341).</summary>
internal sealed class ContextRegels(IBerichtContext context) : IBerichtVisitor
{
    public List<Finding> Fouten { get; } = [];

    public void Unit(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
    {
        if (eenheid.Naam != "Prestatie") return;
        var header = voorouders[0].Kind("Header");
        if (header is null) return;
        var nummer = eenheid.Text("ToewijzingNummer") ?? "";
        var t = context.FindToewijzing(header.Text("Ontvanger") ?? "", header.Text("Afzender") ?? "", nummer);
        if (t is null)
        {
            Add("TR338", eenheid, $"Prestatie verwijst naar toewijzing {nummer}, die niet bekend is.");
            return;
        }
        var p = Berichten.Declaratie.DeclaratiePrestatie.From(eenheid);
        if (p.ProductCode is { Length: > 0 } prestatieCode && context.IsProductcodeKnown(Gemeente(header), p.ProductCategorie, prestatieCode) == false)
            Add("TR381", eenheid, $"ProductCode {prestatieCode} staat niet op de productcodelijst van de gemeente bij categorie {p.ProductCategorie}.");
        if (p.Begindatum < t.Ingangsdatum || (t.Einddatum is { } e1 && p.Begindatum > e1))
            Add("TR307", eenheid, $"Begindatum van de prestatie ligt niet binnen de toewijzing {nummer}.");
        if (t.Einddatum is { } e && p.Einddatum > e)
            Add("TR308", eenheid, $"Einddatum van de prestatie ligt na de einddatum van toewijzing {nummer}.");
        if (t.ProductCategorie is { } cat && cat != p.ProductCategorie)
            Add("TR339", eenheid, $"ProductCategorie {p.ProductCategorie} wijkt af van de toewijzing ({cat}).");
        if (t.ProductCode is { } code && code != p.ProductCode)
            Add("TR340", eenheid, $"ProductCode {p.ProductCode} wijkt af van de toewijzing ({code}).");
        if (t.Eenheid is { } eh && eh != p.Eenheid)
            Add("TR341", eenheid, $"Eenheid {p.Eenheid} past niet bij de toewijzing ({eh}).");
    }

    public void Einde(BerichtElement bericht)
    {
        var soort = BerichtCatalog.ByNamespace(bericht.Namespace);
        var header = bericht.Kind("Header");
        if (header is not null && bericht.Kind("Client") is { } client)
            Productcodes(client, Gemeente(header));
        if (header is null || (soort != BerichtCatalog.Wmo305 && soort != BerichtCatalog.Wmo307)) return;
        foreach (var product in bericht.Find("Client/" + (soort == BerichtCatalog.Wmo305 ? "StartProducten" : "StopProducten"))?.Kinderen ?? [])
        {
            if (product.Text("ToewijzingNummer") is not { } nummer) continue;
            var t = context.FindToewijzing(header.Text("Ontvanger") ?? "", header.Text("Afzender") ?? "", nummer);
            if (t is null)
                Add("TR019", product, $"Er is geen toewijzing {nummer} bekend voor deze aanbieder.");
            else if (t.Levering is { } levering)
            {
                var verwijderen = product.Text("StatusAanlevering") == "3";
                if (soort == BerichtCatalog.Wmo305)
                {
                    if (verwijderen) RemoveStart(product, nummer, levering);
                    else Start(product, nummer, levering);
                }
                else
                {
                    if (verwijderen) RemoveStop(product, nummer, levering);
                    else Stop(product, nummer, levering);
                }
            }
        }
    }

    /// <summary>TR074/TR326: a start while delivery runs is either the same start again or one too many.</summary>
    private void Start(BerichtElement product, string nummer, LeveringState levering)
    {
        if (!levering.Loopt) return;
        var begin = product.Date("Begindatum");
        if (begin == levering.Begindatum)
            Add("TR074", product, $"De start per {begin:dd-MM-yyyy} van toewijzing {nummer} is al eerder ontvangen.");
        else
            Add("TR326", product, $"Toewijzing {nummer} heeft al een actuele start (per {levering.Begindatum:dd-MM-yyyy}); stop die eerst.");
    }

    /// <summary>TR063/TR071: a start can be withdrawn (StatusAanlevering 3) only if it is the current start, and not
    /// once a stop was sent for it.</summary>
    private void RemoveStart(BerichtElement product, string nummer, LeveringState levering)
    {
        var begin = product.Date("Begindatum");
        if (levering.Begindatum is null || begin != levering.Begindatum)
            Add("TR063", product, $"Er is geen start per {begin:dd-MM-yyyy} van toewijzing {nummer} ontvangen om te verwijderen.");
        else if (levering.RedenLaatsteStop is not null)
            Add("TR071", product, $"De start per {begin:dd-MM-yyyy} van toewijzing {nummer} kan niet worden verwijderd: er is al een stop voor verstuurd.");
    }

    /// <summary>TR063: a stop can be withdrawn only if one was received for the current start.</summary>
    private void RemoveStop(BerichtElement product, string nummer, LeveringState levering)
    {
        var begin = product.Date("Begindatum");
        if (levering.RedenLaatsteStop is null || begin != levering.Begindatum)
            Add("TR063", product, $"Er is geen stop voor de start per {begin:dd-MM-yyyy} van toewijzing {nummer} ontvangen om te verwijderen.");
    }

    /// <summary>TR382: a stop takes over the key of the current start; TR413–TR415: after a temporary stop (reden 20)
    /// only a definitive stop on the same or a later day, and nothing after a definitive stop.</summary>
    private void Stop(BerichtElement product, string nummer, LeveringState levering)
    {
        var begin = product.Date("Begindatum");
        if (levering.Begindatum is null || begin != levering.Begindatum)
        {
            Add("TR382", product, levering.Begindatum is null
                ? $"Voor toewijzing {nummer} is geen start ontvangen; een stop zonder start kan niet."
                : $"De Begindatum van de stop ({begin:dd-MM-yyyy}) wijkt af van de actuele start van toewijzing {nummer} ({levering.Begindatum:dd-MM-yyyy}).");
            return;
        }
        if (levering.RedenLaatsteStop is not { } eerdereReden) return;
        var reden = product.Text("RedenBeeindiging");
        if (eerdereReden != "20")
            Add("TR415", product, $"De levering van toewijzing {nummer} per {begin:dd-MM-yyyy} is al definitief gestopt.");
        else if (reden == "20")
            Add("TR413", product, $"De levering van toewijzing {nummer} is al tijdelijk gestopt (reden 20).");
        if (eerdereReden == "20" && product.Date("Einddatum") is { } einde && levering.EinddatumLaatsteStop is { } eerder && einde < eerder)
            Add("TR414", product, $"De Einddatum ligt vóór die van de eerdere stop ({eerder:dd-MM-yyyy}).");
    }

    /// <summary>TR381 (S329): every Product with a Code under the client must be on the gemeente's product code list.</summary>
    private void Productcodes(BerichtElement e, string gemeente)
    {
        foreach (var kind in e.Kinderen)
        {
            if (kind.Naam == "Product" && kind.Text("Code") is { } code && kind.Text("Categorie") is { } categorie)
            {
                if (context.IsProductcodeKnown(gemeente, categorie, code) == false)
                    Add("TR381", kind.Ouder ?? kind, $"ProductCode {code} staat niet op de productcodelijst van de gemeente bij categorie {categorie}.");
            }
            else
                Productcodes(kind, gemeente);
        }
    }

    /// <summary>The gemeente of a message: the sender of a 301/319, else the receiver (a gemeentecode has 4 digits, an AGB-code 8).</summary>
    private static string Gemeente(BerichtElement header) =>
        header.Text("Afzender") is { Length: 4 } afzender ? afzender : header.Text("Ontvanger") ?? "";

    /// <summary>Layer and retour code come from the rule's definition in <see cref="RegelCatalog"/>. These rules also
    /// see structurally invalid messages (whose findings are then dropped): an element in a place the definitions do
    /// not know becomes an internal finding instead of an exception.</summary>
    private void Add(string code, BerichtElement waar, string melding)
    {
        try
        {
            Fouten.Add(RegelCatalog.CreateFinding(code, waar, melding));
        }
        catch (InvalidOperationException ex)
        {
            Fouten.Add(new Finding("X900", waar.Pad, $"Interne fout bij de controle tegen de platformgegevens: {ex.Message}", ValidationLayer.Context));
        }
    }
}
