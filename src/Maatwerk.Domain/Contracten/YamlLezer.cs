using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Maatwerk.Domain.Contracten;

/// <summary>Reads typed values out of YAML nodes and collects Dutch errors with file and line.</summary>
internal sealed class YamlLezer(string bestand)
{
    public string Bestand { get; } = bestand;
    public List<ProfielFout> Fouten { get; } = [];

    public void Fout(YamlNode node, string melding) =>
        Fouten.Add(new ProfielFout(Bestand, (int)node.Start.Line, (int)node.Start.Column, melding));

    public Bronpositie Positie(YamlNode node) => new(Bestand, (int)node.Start.Line);

    public YamlMappingNode? AlsMap(YamlNode node, string wat)
    {
        if (node is YamlMappingNode map) return map;
        Fout(node, $"{wat} moet een verzameling velden (sleutel: waarde) zijn.");
        return null;
    }

    public void AlleenVelden(YamlMappingNode map, string wat, params string[] toegestaan)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!toegestaan.Contains(name))
                Fout(key, $"onbekend veld '{name}' in {wat}; toegestaan: {string.Join(", ", toegestaan)}.");
        }
    }

    public YamlNode? Knoop(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public string? Tekst(YamlMappingNode map, string key, string wat, bool verplicht = false)
    {
        var node = Knoop(map, key);
        if (node is null)
        {
            if (verplicht) Fout(map, $"verplicht veld '{key}' ontbreekt in {wat}.");
            return null;
        }
        if (node is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) return v.Trim();
        Fout(node, $"veld '{key}' in {wat} moet een niet-lege tekst zijn.");
        return null;
    }

    public int? Getal(YamlMappingNode map, string key, string wat, bool verplicht = false)
    {
        var text = Tekst(map, key, wat, verplicht);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        Fout(Knoop(map, key)!, $"veld '{key}' in {wat} moet een geheel getal zijn, niet '{text}'.");
        return null;
    }

    public decimal? Bedrag(YamlMappingNode map, string key, string wat, bool verplicht = false)
    {
        var text = Tekst(map, key, wat, verplicht);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)) return d;
        Fout(Knoop(map, key)!, $"veld '{key}' in {wat} moet een getal met punt als decimaalteken zijn, niet '{text}'.");
        return null;
    }

    public DateOnly? Datum(YamlMappingNode map, string key, string wat, bool verplicht = false)
    {
        var text = Tekst(map, key, wat, verplicht);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Fout(Knoop(map, key)!, $"veld '{key}' in {wat} moet een datum jjjj-mm-dd zijn, niet '{text}'.");
        return null;
    }

    public bool? JaNee(YamlMappingNode map, string key, string wat)
    {
        var text = Tekst(map, key, wat);
        if (text is null) return null;
        switch (text.ToLowerInvariant())
        {
            case "true" or "ja": return true;
            case "false" or "nee": return false;
            default:
                Fout(Knoop(map, key)!, $"veld '{key}' in {wat} moet true of false zijn, niet '{text}'.");
                return null;
        }
    }

    /// <summary>A list of texts; a single scalar counts as a one-item list.</summary>
    public IReadOnlyList<string> Lijst(YamlMappingNode map, string key, string wat)
    {
        var node = Knoop(map, key);
        switch (node)
        {
            case null: return [];
            case YamlScalarNode { Value: { } v } when !string.IsNullOrWhiteSpace(v): return [v.Trim()];
            case YamlSequenceNode seq:
                var items = new List<string>();
                foreach (var item in seq)
                {
                    if (item is YamlScalarNode { Value: { } s } && !string.IsNullOrWhiteSpace(s)) items.Add(s.Trim());
                    else Fout(item, $"elk element van '{key}' in {wat} moet een tekst zijn.");
                }
                return items;
            default:
                Fout(node, $"veld '{key}' in {wat} moet een tekst of een lijst van teksten zijn.");
                return [];
        }
    }

    public IEnumerable<YamlNode> Reeks(YamlMappingNode map, string key, string wat)
    {
        var node = Knoop(map, key);
        if (node is null) return [];
        if (node is YamlSequenceNode seq) return seq.Children;
        Fout(node, $"veld '{key}' in {wat} moet een lijst zijn (elementen beginnend met '-').");
        return [];
    }
}
