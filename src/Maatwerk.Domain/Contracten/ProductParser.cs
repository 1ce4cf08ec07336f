using Maatwerk.Domain.Calendar;
using YamlDotNet.RepresentationModel;

namespace Maatwerk.Domain.Contracten;

internal static class ProductParser
{
    public static Product? Lees(YamlLezer lezer, YamlNode node)
    {
        if (lezer.AlsMap(node, "een product") is not { } map) return null;
        var code = lezer.Tekst(map, "code", "een product", verplicht: true);
        var wat = code is null ? "een product" : $"product '{code}'";
        lezer.AlleenVelden(map, wat, "code", "naam", "productcategorie", "eenheid", "iwmoEenheid", "tarieven", "indexatie",
            "kwalificatie", "noShow", "omvang", "bron");
        var naam = lezer.Tekst(map, "naam", wat, verplicht: true);
        var eenheid = lezer.Tekst(map, "eenheid", wat, verplicht: true);
        var tarieven = new List<Tarief>();
        foreach (var item in lezer.Reeks(map, "tarieven", wat))
        {
            if (lezer.AlsMap(item, $"een tarief van {wat}") is not { } t) continue;
            lezer.AlleenVelden(t, $"een tarief van {wat}", "vanaf", "bedrag", "bron", "bevroren", "schaduw");
            var vanaf = lezer.Datum(t, "vanaf", $"een tarief van {wat}", verplicht: true);
            var bedrag = lezer.Bedrag(t, "bedrag", $"een tarief van {wat}", verplicht: true);
            if (bedrag < 0) lezer.Fout(t, $"een tarief van {wat} mag niet negatief zijn.");
            var bevroren = lezer.JaNee(t, "bevroren", $"een tarief van {wat}") ?? false;
            var schaduw = lezer.Knoop(t, "schaduw") is null ? null : lezer.Bedrag(t, "schaduw", $"een tarief van {wat}");
            if (bevroren && schaduw is null) lezer.Fout(t, $"een bevroren tarief van {wat} noemt zijn schaduwtarief ('schaduw').");
            if (vanaf is { } v && bedrag is { } b) tarieven.Add(new Tarief(v, b, lezer.Tekst(t, "bron", wat), schaduw, bevroren));
        }
        if (code is null || naam is null || eenheid is null) return null;
        return new Product
        {
            Code = code,
            Naam = naam,
            Productcategorie = lezer.Tekst(map, "productcategorie", wat),
            Eenheid = eenheid,
            IWmoEenheid = lezer.Tekst(map, "iwmoEenheid", wat),
            Tarieven = tarieven,
            Indexatie = lezer.Knoop(map, "indexatie") is { } i ? LeesIndexatie(lezer, i, wat) : null,
            Kwalificatie = lezer.Tekst(map, "kwalificatie", wat),
            NoShow = lezer.Knoop(map, "noShow") is { } n ? LeesNoShow(lezer, n, wat) : null,
            VasteOmvang = lezer.Knoop(map, "omvang") is { } o ? LeesOmvang(lezer, o, wat) : null,
            Bron = lezer.Tekst(map, "bron", wat),
            Positie = lezer.Positie(node),
        };
    }

    private static VasteOmvang? LeesOmvang(YamlLezer lezer, YamlNode node, string product)
    {
        var wat = $"de omvang van {product}";
        if (lezer.AlsMap(node, wat) is not { } map) return null;
        lezer.AlleenVelden(map, wat, "volume", "frequentie", "bron");
        var volume = lezer.Getal(map, "volume", wat);
        var frequentie = lezer.Tekst(map, "frequentie", wat, verplicht: true);
        if (volume is not > 0) lezer.Fout(map, $"{wat}: volume moet een positief geheel getal zijn.");
        return volume is > 0 && frequentie is not null ? new VasteOmvang(volume.Value, frequentie, lezer.Tekst(map, "bron", wat)) : null;
    }

    private static Indexatie? LeesIndexatie(YamlLezer lezer, YamlNode node, string product)
    {
        var wat = $"de indexatie van {product}";
        if (lezer.AlsMap(node, wat) is not { } map) return null;
        lezer.AlleenVelden(map, wat, "methode", "maand", "dag", "eersteJaar", "bron", "lezing");
        var methode = lezer.Tekst(map, "methode", wat, verplicht: true);
        var maand = lezer.Getal(map, "maand", wat) ?? 1;
        var dag = lezer.Getal(map, "dag", wat) ?? 1;
        if (maand is < 1 or > 12 || dag < 1 || dag > 31) lezer.Fout(map, $"ongeldige dag/maand in {wat}.");
        return methode is null ? null : new Indexatie(methode, new DagInJaar(Math.Clamp(maand, 1, 12), Math.Clamp(dag, 1, 28)),
            lezer.Getal(map, "eersteJaar", wat), lezer.Tekst(map, "bron", wat), lezer.Tekst(map, "lezing", wat));
    }

    private static NoShowBeleid? LeesNoShow(YamlLezer lezer, YamlNode node, string product)
    {
        var wat = $"de no-show van {product}";
        if (lezer.AlsMap(node, wat) is not { } map) return null;
        lezer.AlleenVelden(map, wat, "toegestaan", "maxEenheden", "venster", "bron");
        var toegestaan = lezer.JaNee(map, "toegestaan", wat);
        if (toegestaan is null) lezer.Fout(map, $"verplicht veld 'toegestaan' ontbreekt in {wat}.");
        return new NoShowBeleid(toegestaan ?? false, lezer.Getal(map, "maxEenheden", wat), lezer.Tekst(map, "venster", wat), lezer.Tekst(map, "bron", wat));
    }
}
