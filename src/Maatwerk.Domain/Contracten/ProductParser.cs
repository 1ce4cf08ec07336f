using Maatwerk.Domain.Calendar;
using YamlDotNet.RepresentationModel;

namespace Maatwerk.Domain.Contracten;

internal static class ProductParser
{
    public static Product? Read(YamlReader lezer, YamlNode node)
    {
        if (lezer.AsMap(node, "een product") is not { } map) return null;
        var code = lezer.Text(map, "code", "een product", verplicht: true);
        var wat = code is null ? "een product" : $"product '{code}'";
        lezer.OnlyFields(map, wat, "code", "naam", "productcategorie", "eenheid", "iwmoEenheid", "tarieven", "indexatie",
            "kwalificatie", "noShow", "omvang", "bron");
        var naam = lezer.Text(map, "naam", wat, verplicht: true);
        var eenheid = lezer.Text(map, "eenheid", wat, verplicht: true);
        var tarieven = new List<Tarief>();
        foreach (var item in lezer.Sequence(map, "tarieven", wat))
        {
            if (lezer.AsMap(item, $"een tarief van {wat}") is not { } t) continue;
            lezer.OnlyFields(t, $"een tarief van {wat}", "vanaf", "bedrag", "bron", "bevroren", "schaduw");
            var vanaf = lezer.Date(t, "vanaf", $"een tarief van {wat}", verplicht: true);
            var bedrag = lezer.Amount(t, "bedrag", $"een tarief van {wat}", verplicht: true);
            if (bedrag < 0) lezer.Error(t, $"een tarief van {wat} mag niet negatief zijn.");
            var bevroren = lezer.YesNo(t, "bevroren", $"een tarief van {wat}") ?? false;
            var schaduw = lezer.Node(t, "schaduw") is null ? null : lezer.Amount(t, "schaduw", $"een tarief van {wat}");
            if (bevroren && schaduw is null) lezer.Error(t, $"een bevroren tarief van {wat} noemt zijn schaduwtarief ('schaduw').");
            if (vanaf is { } v && bedrag is { } b) tarieven.Add(new Tarief(v, b, lezer.Text(t, "bron", wat), schaduw, bevroren));
        }
        if (code is null || naam is null || eenheid is null) return null;
        return new Product
        {
            Code = code,
            Naam = naam,
            Productcategorie = lezer.Text(map, "productcategorie", wat),
            Eenheid = eenheid,
            IWmoEenheid = lezer.Text(map, "iwmoEenheid", wat),
            Tarieven = tarieven,
            Indexatie = lezer.Node(map, "indexatie") is { } i ? ReadIndexatie(lezer, i, wat) : null,
            Kwalificatie = lezer.Text(map, "kwalificatie", wat),
            NoShow = lezer.Node(map, "noShow") is { } n ? ReadNoShow(lezer, n, wat) : null,
            VasteOmvang = lezer.Node(map, "omvang") is { } o ? ReadOmvang(lezer, o, wat) : null,
            Bron = lezer.Text(map, "bron", wat),
            Positie = lezer.Position(node),
        };
    }

    private static VasteOmvang? ReadOmvang(YamlReader lezer, YamlNode node, string product)
    {
        var wat = $"de omvang van {product}";
        if (lezer.AsMap(node, wat) is not { } map) return null;
        lezer.OnlyFields(map, wat, "volume", "frequentie", "bron");
        var volume = lezer.Number(map, "volume", wat);
        var frequentie = lezer.Text(map, "frequentie", wat, verplicht: true);
        if (volume is not > 0) lezer.Error(map, $"{wat}: volume moet een positief geheel getal zijn.");
        return volume is > 0 && frequentie is not null ? new VasteOmvang(volume.Value, frequentie, lezer.Text(map, "bron", wat)) : null;
    }

    private static Indexatie? ReadIndexatie(YamlReader lezer, YamlNode node, string product)
    {
        var wat = $"de indexatie van {product}";
        if (lezer.AsMap(node, wat) is not { } map) return null;
        lezer.OnlyFields(map, wat, "methode", "maand", "dag", "eersteJaar", "bron", "lezing");
        var methode = lezer.Text(map, "methode", wat, verplicht: true);
        var maand = lezer.Number(map, "maand", wat) ?? 1;
        var dag = lezer.Number(map, "dag", wat) ?? 1;
        if (maand is < 1 or > 12 || dag < 1 || dag > 31) lezer.Error(map, $"ongeldige dag/maand in {wat}.");
        return methode is null ? null : new Indexatie(methode, new DagInJaar(Math.Clamp(maand, 1, 12), Math.Clamp(dag, 1, 28)),
            lezer.Number(map, "eersteJaar", wat), lezer.Text(map, "bron", wat), lezer.Text(map, "lezing", wat));
    }

    private static NoShowBeleid? ReadNoShow(YamlReader lezer, YamlNode node, string product)
    {
        var wat = $"de no-show van {product}";
        if (lezer.AsMap(node, wat) is not { } map) return null;
        lezer.OnlyFields(map, wat, "toegestaan", "maxEenheden", "venster", "bron");
        var toegestaan = lezer.YesNo(map, "toegestaan", wat);
        if (toegestaan is null) lezer.Error(map, $"verplicht veld 'toegestaan' ontbreekt in {wat}.");
        return new NoShowBeleid(toegestaan ?? false, lezer.Number(map, "maxEenheden", wat), lezer.Text(map, "venster", wat), lezer.Text(map, "bron", wat));
    }
}
