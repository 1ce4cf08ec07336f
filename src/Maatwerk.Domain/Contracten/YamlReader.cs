using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Maatwerk.Domain.Contracten;

/// <summary>Reads typed values out of YAML nodes and collects Dutch errors with file and line.</summary>
internal sealed class YamlReader(string bestand)
{
    public string Bestand { get; } = bestand;
    public List<ContractProfileError> Fouten { get; } = [];

    public void Error(YamlNode node, string melding) =>
        Fouten.Add(new ContractProfileError(Bestand, (int)node.Start.Line, (int)node.Start.Column, melding));

    public SourcePosition Position(YamlNode node) => new(Bestand, (int)node.Start.Line);

    public YamlMappingNode? AsMap(YamlNode node, string wat)
    {
        if (node is YamlMappingNode map) return map;
        Error(node, $"{wat} moet een verzameling velden (sleutel: waarde) zijn.");
        return null;
    }

    public void OnlyFields(YamlMappingNode map, string wat, params string[] toegestaan)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!toegestaan.Contains(name))
                Error(key, $"onbekend veld '{name}' in {wat}; toegestaan: {string.Join(", ", toegestaan)}.");
        }
    }

    public YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public string? Text(YamlMappingNode map, string key, string wat, bool verplicht = false)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (verplicht) Error(map, $"verplicht veld '{key}' ontbreekt in {wat}.");
            return null;
        }
        if (node is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) return v.Trim();
        Error(node, $"veld '{key}' in {wat} moet een niet-lege tekst zijn.");
        return null;
    }

    public int? Number(YamlMappingNode map, string key, string wat, bool verplicht = false)
    {
        var text = Text(map, key, wat, verplicht);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        Error(Node(map, key)!, $"veld '{key}' in {wat} moet een geheel getal zijn, niet '{text}'.");
        return null;
    }

    public decimal? Amount(YamlMappingNode map, string key, string wat, bool verplicht = false)
    {
        var text = Text(map, key, wat, verplicht);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)) return d;
        Error(Node(map, key)!, $"veld '{key}' in {wat} moet een getal met punt als decimaalteken zijn, niet '{text}'.");
        return null;
    }

    public DateOnly? Date(YamlMappingNode map, string key, string wat, bool verplicht = false)
    {
        var text = Text(map, key, wat, verplicht);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Error(Node(map, key)!, $"veld '{key}' in {wat} moet een datum jjjj-mm-dd zijn, niet '{text}'.");
        return null;
    }

    public bool? YesNo(YamlMappingNode map, string key, string wat)
    {
        var text = Text(map, key, wat);
        if (text is null) return null;
        switch (text.ToLowerInvariant())
        {
            case "true" or "ja": return true;
            case "false" or "nee": return false;
            default:
                Error(Node(map, key)!, $"veld '{key}' in {wat} moet true of false zijn, niet '{text}'.");
                return null;
        }
    }

    /// <summary>A list of texts; a single scalar counts as a one-item list.</summary>
    public IReadOnlyList<string> List(YamlMappingNode map, string key, string wat)
    {
        var node = Node(map, key);
        switch (node)
        {
            case null: return [];
            case YamlScalarNode { Value: { } v } when !string.IsNullOrWhiteSpace(v): return [v.Trim()];
            case YamlSequenceNode seq:
                var items = new List<string>();
                foreach (var item in seq)
                {
                    if (item is YamlScalarNode { Value: { } s } && !string.IsNullOrWhiteSpace(s)) items.Add(s.Trim());
                    else Error(item, $"elk element van '{key}' in {wat} moet een tekst zijn.");
                }
                return items;
            default:
                Error(node, $"veld '{key}' in {wat} moet een tekst of een lijst van teksten zijn.");
                return [];
        }
    }

    public IEnumerable<YamlNode> Sequence(YamlMappingNode map, string key, string wat)
    {
        var node = Node(map, key);
        if (node is null) return [];
        if (node is YamlSequenceNode seq) return seq.Children;
        Error(node, $"veld '{key}' in {wat} moet een lijst zijn (elementen beginnend met '-').");
        return [];
    }
}
