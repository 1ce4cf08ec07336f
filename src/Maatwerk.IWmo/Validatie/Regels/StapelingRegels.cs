using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Schema.Generated;

namespace Maatwerk.IWmo.Validatie.Regels;

/// <summary>TR302 (301), TR386 (315), TR410 (317 NieuwProduct): the same product may occur more than once only with
/// periods that do not overlap. Without a product code the check is per category; without a category the product
/// may overlap nothing (except categories 11–14, which may always overlap). Deleted allocations (Einddatum =
/// Ingangsdatum with RedenWijziging 13 or 01) do not count.</summary>
internal sealed class StapelingRegels : RegelSet
{
    private static readonly HashSet<string> MagStapelen = ["11", "12", "13", "14"];

    private sealed record Regel(BerichtElement Element, string? Categorie, string? Code, DateOnly Begin, DateOnly? Eind);

    public override void Einde(BerichtElement bericht)
    {
        var (code, product, begin, eind) = bericht.Namespace switch
        {
            Wmo301Schema.Ns => ("TR302", "ToegewezenProduct", "Ingangsdatum", "Einddatum"),
            Wmo315Schema.Ns => ("TR386", "AangevraagdProduct", "ToewijzingIngangsdatum", "ToewijzingEinddatum"),
            Wmo317Schema.Ns => ("TR410", "NieuwProduct", "GewensteIngangsdatum", "Einddatum"),
            _ => default,
        };
        if (code is null) return;
        var regels = Descendants(bericht, product)
            .Where(p => !IsDeleted(p, begin, eind))
            .Select(p => new Regel(p, p.Text("Product/Categorie"), p.Text("Product/Code"), p.Date(begin) ?? default, p.Date(eind)))
            .ToList();
        for (var i = 0; i < regels.Count; i++)
            for (var j = 0; j < i; j++)
                if (Overlaps(regels[i], regels[j]) && Conflicts(regels[i], regels[j]))
                {
                    Finding(code, regels[i].Element, $"{product} overlapt in periode met {product} {j + 1} voor hetzelfde product{(regels[i].Code is null ? " (op niveau van categorie)" : "")}.");
                    break;
                }
    }

    private static bool IsDeleted(BerichtElement p, string begin, string eind) =>
        p.Text("RedenWijziging") is "13" or "01" && p.Date(begin) == p.Date(eind);

    private static bool Overlaps(Regel a, Regel b) =>
        a.Begin <= (b.Eind ?? DateOnly.MaxValue) && b.Begin <= (a.Eind ?? DateOnly.MaxValue);

    private static bool Conflicts(Regel a, Regel b)
    {
        if (MagStapelen.Contains(a.Categorie ?? "") || MagStapelen.Contains(b.Categorie ?? "")) return false;
        if (a.Categorie is null || b.Categorie is null) return true;
        if (a.Code is not null && b.Code is not null) return a.Code == b.Code;
        return a.Categorie == b.Categorie;
    }
}
