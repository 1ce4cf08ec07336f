using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Infrastructure.Contracten;

/// <summary>Loads every profile file (*.yaml, *.yml) of a directory with the Domain parser and resolves them
/// into a <see cref="ContractProfileCatalog"/>. Files are read here; parsing and validation stay in Domain.</summary>
public sealed class ContractProfileStore
{
    public const string OmgevingsVariabele = "MAATWERK_CONTRACTS";
    public const string MapNaam = "contracts";
    private const string Kenmerk = "iwmo-3.2.yaml";

    private ContractProfileStore(string map, ContractProfileCatalog catalogus, IReadOnlyList<ContractProfileError> fouten, IReadOnlyList<ContractProfileError> inconsistenties)
    {
        Map = map;
        Catalogus = catalogus;
        Fouten = [.. fouten, .. inconsistenties];
        Inconsistenties = inconsistenties;
    }

    public string Map { get; }
    public ContractProfileCatalog Catalogus { get; }
    /// <summary>Problems in files of the directory; broken profiles are left out of <see cref="Catalogus"/>.</summary>
    public IReadOnlyList<ContractProfileError> Fouten { get; }
    /// <summary>Events the platform registers that a loaded profile neither knows nor ignores (no silent drops): the web
    /// app refuses to start with these.</summary>
    public IReadOnlyList<ContractProfileError> Inconsistenties { get; }

    public static ContractProfileStore Load(string map)
    {
        var fouten = new List<ContractProfileError>();
        var profielen = new List<ContractProfile>();
        foreach (var pad in ProfileFiles(map))
        {
            var result = ContractProfileParser.Read(File.ReadAllText(pad), Path.GetFileName(pad));
            fouten.AddRange(result.Fouten);
            if (result.Profiel is not null) profielen.Add(result.Profiel);
        }
        var (catalogus, catalogusFouten) = ContractProfileCatalog.Build(profielen);
        fouten.AddRange(catalogusFouten);
        return new ContractProfileStore(map, catalogus, fouten, ContractProfileConsistency.Validate(catalogus, KetenGebeurtenis.Alle));
    }

    /// <summary>Finds and loads the profile directory (see <see cref="FindFolder"/>).</summary>
    public static ContractProfileStore LoadDefault(string? startMap = null) =>
        Load(FindFolder(startMap) ?? throw new DirectoryNotFoundException(
            $"Map '{MapNaam}' met contractprofielen niet gevonden (zet {OmgevingsVariabele} of start vanuit de repository)."));

    /// <summary>The profile directory: $MAATWERK_CONTRACTS; else 'contracts' next to the executable (copied at
    /// build time); else the first 'contracts' folder holding iwmo-3.2.yaml found upward from the start directory.</summary>
    public static string? FindFolder(string? startMap = null)
    {
        if (Environment.GetEnvironmentVariable(OmgevingsVariabele) is { Length: > 0 } env && Directory.Exists(env)) return env;
        var naastExe = Path.Combine(AppContext.BaseDirectory, MapNaam);
        if (File.Exists(Path.Combine(naastExe, Kenmerk))) return naastExe;
        for (var dir = new DirectoryInfo(startMap ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var kandidaat = Path.Combine(dir.FullName, MapNaam);
            if (File.Exists(Path.Combine(kandidaat, Kenmerk))) return kandidaat;
        }
        return null;
    }

    /// <summary>Checks one file: parse, then resolve against the profiles of <paramref name="profielMap"/> (for its
    /// base profile). Returns all problems; empty means the file is valid.</summary>
    public static IReadOnlyList<ContractProfileError> Validate(string pad, string? profielMap)
    {
        var naam = Path.GetFileName(pad);
        if (!File.Exists(pad)) return [new ContractProfileError(naam, 0, 0, $"bestand '{pad}' bestaat niet.")];
        var result = ContractProfileParser.Read(File.ReadAllText(pad), naam);
        if (!result.Gelukt) return result.Fouten;
        var anderen = new List<ContractProfile>();
        if (profielMap is not null)
        {
            var volledig = Path.GetFullPath(pad);
            foreach (var ander in ProfileFiles(profielMap).Where(p => Path.GetFullPath(p) != volledig))
            {
                var r = ContractProfileParser.Read(File.ReadAllText(ander), Path.GetFileName(ander));
                if (r.Profiel is { } p && p.Sleutel != result.Profiel!.Sleutel) anderen.Add(p);
            }
        }
        var (catalogus, fouten) = ContractProfileCatalog.Build(anderen.Append(result.Profiel!));
        var eigen = catalogus.Find(result.Profiel!.Id, result.Profiel.Versie);
        return fouten.Where(f => f.Bestand == naam)
            .Concat(eigen is null ? [] : ContractProfileConsistency.Validate(eigen, KetenGebeurtenis.Alle))
            .ToList();
    }

    private static IEnumerable<string> ProfileFiles(string map) =>
        Directory.EnumerateFiles(map, "*.yaml").Concat(Directory.EnumerateFiles(map, "*.yml")).Order(StringComparer.Ordinal);
}
