using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Tests.Contracten;

/// <summary>The profile files of the repository's contracts/ folder, parsed and resolved once.</summary>
internal static class RepoProfiles
{
    private static readonly Lazy<string> LazyMap = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var kandidaat = Path.Combine(dir.FullName, "contracts");
            if (File.Exists(Path.Combine(kandidaat, "iwmo-3.2.yaml"))) return kandidaat;
        }
        throw new DirectoryNotFoundException("contracts/ niet gevonden boven " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<ContractProfileCatalog> LazyCatalogus = new(() =>
        ContractProfileCatalog.BuildOrFail(Directory.GetFiles(Map, "*.yaml").Order(StringComparer.Ordinal)
            .Select(p => ContractProfileParser.Parse(File.ReadAllText(p), Path.GetFileName(p)))));

    public static string Map => LazyMap.Value;
    public static ContractProfileCatalog Catalogus => LazyCatalogus.Value;

    public static ContractProfile Profiel(string id) => Catalogus.Find(id) ?? throw new KeyNotFoundException(id);

    public static readonly string[] Ids = ["iwmo-3.2", "deventer-wmo-2023", "voorne-aan-zee-ib", "gooi-vechtstreek-bsd", "oco"];
}
