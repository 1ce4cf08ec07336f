using Maatwerk.Domain.Calendar;
using YamlDotNet.RepresentationModel;

namespace Maatwerk.Domain.Contracten;

internal static class TermijnParser
{
    public static readonly IReadOnlyDictionary<string, Tijdbasis> Eenheden = new Dictionary<string, Tijdbasis>
    {
        ["werkdagen"] = Tijdbasis.Werkdagen,
        ["kalenderdagen"] = Tijdbasis.Kalenderdagen,
        ["uren"] = Tijdbasis.Uren,
        ["werkuren"] = Tijdbasis.WerkUren,
        ["weken"] = Tijdbasis.Weken,
        ["maanden"] = Tijdbasis.Maanden,
        ["jaren"] = Tijdbasis.Jaren,
        ["vasteDatum"] = Tijdbasis.VasteDatum,
        ["venster"] = Tijdbasis.Venster,
        ["onverwijld"] = Tijdbasis.Onverwijld,
    };

    public static Termijn? Read(YamlReader lezer, YamlNode node, string wat)
    {
        if (lezer.AsMap(node, wat) is not { } map) return null;
        lezer.OnlyFields(map, wat, "aantal", "eenheid", "maand", "dag", "jaar", "voor", "van", "tot", "vanaf", "naarWerkdag", "kantooruren");
        var eenheid = lezer.Text(map, "eenheid", wat, verplicht: true);
        if (eenheid is null) return null;
        if (!Eenheden.TryGetValue(eenheid, out var basis))
        {
            lezer.Error(lezer.Node(map, "eenheid")!, $"onbekende eenheid '{eenheid}' in {wat}; kies uit: {string.Join(", ", Eenheden.Keys)}.");
            return null;
        }
        var aantal = lezer.Number(map, "aantal", wat);
        var needsAmount = basis is not (Tijdbasis.VasteDatum or Tijdbasis.Venster or Tijdbasis.Onverwijld);
        if (needsAmount && aantal is null && lezer.Node(map, "aantal") is null)
            lezer.Error(map, $"verplicht veld 'aantal' ontbreekt in {wat} (eenheid {eenheid}).");
        if (basis == Tijdbasis.WerkUren && aantal < 0)
            lezer.Error(map, $"werkuren kunnen niet negatief zijn in {wat}.");

        DagInJaar? datum = null, van = null;
        if (basis == Tijdbasis.VasteDatum) datum = Day(lezer, map, map, wat);
        if (basis == Tijdbasis.Venster)
        {
            van = lezer.Node(map, "van") is { } v && lezer.AsMap(v, $"'van' in {wat}") is { } vm ? Day(lezer, vm, vm, wat) : null;
            datum = lezer.Node(map, "tot") is { } t && lezer.AsMap(t, $"'tot' in {wat}") is { } tm ? Day(lezer, tm, tm, wat) : null;
            if (van is null || datum is null) lezer.Error(map, $"een venster in {wat} heeft 'van' en 'tot' nodig (elk met maand en dag).");
        }
        Termijn? vanaf = lezer.Node(map, "vanaf") is { } vf ? Read(lezer, vf, $"'vanaf' in {wat}") : null;
        var kantooruren = lezer.Node(map, "kantooruren") is { } ku ? ReadKantooruren(lezer, ku, wat) : null;
        if (kantooruren is not null && basis is not (Tijdbasis.Uren or Tijdbasis.WerkUren))
            lezer.Error(lezer.Node(map, "kantooruren")!, $"'kantooruren' in {wat} kan alleen bij eenheid uren of werkuren.");
        return new Termijn
        {
            Basis = basis,
            Aantal = aantal ?? 0,
            Datum = datum,
            VensterVan = van,
            JaarOffset = lezer.Number(map, "jaar", wat) ?? 0,
            Voor = lezer.YesNo(map, "voor", wat) ?? false,
            Vanaf = vanaf,
            NaarWerkdag = lezer.YesNo(map, "naarWerkdag", wat) ?? false,
            Kantooruren = kantooruren,
        };
    }

    private static Kantooruren? ReadKantooruren(YamlReader lezer, YamlNode node, string wat)
    {
        if (lezer.AsMap(node, $"'kantooruren' in {wat}") is not { } map) return null;
        lezer.OnlyFields(map, $"'kantooruren' in {wat}", "van", "tot");
        TimeOnly? Tijd(string key)
        {
            var text = lezer.Text(map, key, $"'kantooruren' in {wat}", verplicht: true);
            if (text is null) return null;
            if (TimeOnly.TryParseExact(text, "HH:mm", System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.None, out var t)) return t;
            lezer.Error(lezer.Node(map, key)!, $"'{key}' in 'kantooruren' van {wat} moet een tijd uu:mm zijn, niet '{text}'.");
            return null;
        }
        var van = Tijd("van");
        var tot = Tijd("tot");
        if (van is null || tot is null) return null;
        if (tot <= van) lezer.Error(map, $"'kantooruren' in {wat}: 'tot' moet na 'van' liggen.");
        return new Kantooruren(van.Value, tot.Value);
    }

    private static DagInJaar? Day(YamlReader lezer, YamlMappingNode map, YamlNode at, string wat)
    {
        var maand = lezer.Number(map, "maand", wat, verplicht: true);
        var dag = lezer.Number(map, "dag", wat, verplicht: true);
        if (maand is null || dag is null) return null;
        if (maand is < 1 or > 12 || dag < 1 || dag > DateTime.DaysInMonth(2024, maand.Value))
        {
            lezer.Error(at, $"dag {dag} van maand {maand} bestaat niet ({wat}).");
            return null;
        }
        return new DagInJaar(maand.Value, dag.Value);
    }
}
