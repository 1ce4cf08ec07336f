using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Infrastructure.Contracten;

/// <summary>Loads every profile file (*.yaml, *.yml) of a directory with the Domain parser and resolves them
/// into a <see cref="ProfielCatalogus"/>. Files are read here; parsing and validation stay in Domain.</summary>
public sealed class ContractProfileStore
{
    public const string OmgevingsVariabele = "MAATWERK_CONTRACTS";
    public const string MapNaam = "contracts";
    private const string Kenmerk = "iwmo-3.2.yaml";

    private ContractProfileStore(string map, ProfielCatalogus catalogus, IReadOnlyList<ProfielFout> fouten, IReadOnlyList<ProfielFout> inconsistenties)
    {
        Map = map;
        Catalogus = catalogus;
        Fouten = [.. fouten, .. inconsistenties];
        Inconsistenties = inconsistenties;
    }

    public string Map { get; }
    public ProfielCatalogus Catalogus { get; }
    /// <summary>Problems in files of the directory; broken profiles are left out of <see cref="Catalogus"/>.</summary>
    public IReadOnlyList<ProfielFout> Fouten { get; }
    /// <summary>Events the platform registers that a loaded profile neither knows nor ignores (no silent drops): the web
    /// app refuses to start with these.</summary>
    public IReadOnlyList<ProfielFout> Inconsistenties { get; }

    public static ContractProfileStore Laad(string map)
    {
        var fouten = new List<ProfielFout>();
        var profielen = new List<ContractProfiel>();
        foreach (var pad in ProfielBestanden(map))
        {
            var result = ProfielParser.Lees(File.ReadAllText(pad), Path.GetFileName(pad));
            fouten.AddRange(result.Fouten);
            if (result.Profiel is not null) profielen.Add(result.Profiel);
        }
        var (catalogus, catalogusFouten) = ProfielCatalogus.Bouw(profielen);
        fouten.AddRange(catalogusFouten);
        return new ContractProfileStore(map, catalogus, fouten, ProfielConsistentie.Controleer(catalogus, KetenGebeurtenis.Alle));
    }

    /// <summary>Finds and loads the profile directory (see <see cref="ZoekMap"/>).</summary>
    public static ContractProfileStore LaadStandaard(string? startMap = null) =>
        Laad(ZoekMap(startMap) ?? throw new DirectoryNotFoundException(
            $"Map '{MapNaam}' met contractprofielen niet gevonden (zet {OmgevingsVariabele} of start vanuit de repository)."));

    /// <summary>The profile directory: $MAATWERK_CONTRACTS; else 'contracts' next to the executable (copied at
    /// build time); else the first 'contracts' folder holding iwmo-3.2.yaml found upward from the start directory.</summary>
    public static string? ZoekMap(string? startMap = null)
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
    public static IReadOnlyList<ProfielFout> Controleer(string pad, string? profielMap)
    {
        var naam = Path.GetFileName(pad);
        if (!File.Exists(pad)) return [new ProfielFout(naam, 0, 0, $"bestand '{pad}' bestaat niet.")];
        var result = ProfielParser.Lees(File.ReadAllText(pad), naam);
        if (!result.Gelukt) return result.Fouten;
        var anderen = new List<ContractProfiel>();
        if (profielMap is not null)
        {
            var volledig = Path.GetFullPath(pad);
            foreach (var ander in ProfielBestanden(profielMap).Where(p => Path.GetFullPath(p) != volledig))
            {
                var r = ProfielParser.Lees(File.ReadAllText(ander), Path.GetFileName(ander));
                if (r.Profiel is { } p && p.Sleutel != result.Profiel!.Sleutel) anderen.Add(p);
            }
        }
        var (catalogus, fouten) = ProfielCatalogus.Bouw(anderen.Append(result.Profiel!));
        var eigen = catalogus.Zoek(result.Profiel!.Id, result.Profiel.Versie);
        return fouten.Where(f => f.Bestand == naam)
            .Concat(eigen is null ? [] : ProfielConsistentie.Controleer(eigen, KetenGebeurtenis.Alle))
            .ToList();
    }

    private static IEnumerable<string> ProfielBestanden(string map) =>
        Directory.EnumerateFiles(map, "*.yaml").Concat(Directory.EnumerateFiles(map, "*.yml")).Order(StringComparer.Ordinal);
}
