using YamlDotNet.RepresentationModel;

namespace Maatwerk.Domain.Contracten;

/// <summary>Checks within one profile file. Checks that need the base profile live in <see cref="ContractProfileCatalog"/>.</summary>
internal static class ContractProfileValidator
{
    public static void ValidateFile(YamlReader lezer, YamlMappingNode root, ContractProfile profiel)
    {
        Duplicate(lezer, profiel.Regels.Select(r => (r.Id, r.Positie)), "regel-id");
        Duplicate(lezer, profiel.Producten.Select(p => (p.Code, p.Positie)), "productcode");
        var eventsNode = lezer.Node(root, "gebeurtenissen");
        foreach (var dup in profiel.Gebeurtenissen.GroupBy(g => g.Id).Where(g => g.Count() > 1))
            lezer.Error(eventsNode ?? root, $"gebeurtenis '{dup.Key}' is meer dan eens gedefinieerd.");

        foreach (var regel in profiel.Regels.Where(r => r.Type == RegelType.Termijn))
        {
            var lijn = regel.Positie?.Lijn ?? 1;
            if (regel.Gebeurtenissen.Count == 0)
                lezer.Fouten.Add(new(lezer.Bestand, lijn, 1, $"termijnregel '{regel.Id}' ({regel.Bron}) mist 'gebeurtenis': welke gebeurtenis start de termijn?"));
            if (regel.Termijn is null)
                lezer.Fouten.Add(new(lezer.Bestand, lijn, 1, $"termijnregel '{regel.Id}' ({regel.Bron}) mist 'termijn'."));
        }
        foreach (var regel in profiel.Regels.Where(r => r.Type == RegelType.Controle && r.Gebeurtenissen.Count > 0 && r.Termijn is null))
            lezer.Fouten.Add(new(lezer.Bestand, regel.Positie?.Lijn ?? 1, 1,
                $"controleregel '{regel.Id}' noemt een gebeurtenis maar geen termijn; maak er een termijnregel van of laat 'gebeurtenis' weg."));
    }

    private static void Duplicate(YamlReader lezer, IEnumerable<(string Key, SourcePosition? Positie)> items, string wat)
    {
        foreach (var group in items.GroupBy(i => i.Key).Where(g => g.Count() > 1))
        {
            var second = group.Skip(1).First().Positie;
            lezer.Fouten.Add(new(lezer.Bestand, second?.Lijn ?? 1, 1,
                $"{wat} '{group.Key}' komt meer dan eens voor (eerder op regel {group.First().Positie?.Lijn})."));
        }
    }
}
