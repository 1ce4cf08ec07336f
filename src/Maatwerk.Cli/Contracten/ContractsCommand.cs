using Maatwerk.Domain.Contracten;
using Maatwerk.Infrastructure.Contracten;

namespace Maatwerk.Cli.Contracten;

public static class ContractsCommand
{
    public static int List(TextWriter uit, TextWriter fout, ContractProfileStore? store = null)
    {
        try
        {
            store ??= ContractProfileStore.LoadDefault();
        }
        catch (DirectoryNotFoundException e)
        {
            fout.WriteLine(e.Message);
            return 2;
        }
        uit.WriteLine($"Contractprofielen in {store.Map}:");
        foreach (var p in store.Catalogus.Profielen)
        {
            var termijn = p.Regels.Count(r => r.Type == RegelType.Termijn);
            var controle = p.Regels.Count(r => r.Type == RegelType.Controle);
            var basis = p.Basis is null ? "" : $" (basis {p.Basis}@{p.BasisVersie})";
            uit.WriteLine($"{p.Id}@{p.Versie}{basis} — {p.Naam}: {termijn} termijnregels, {controle} controleregels [{p.Bestand}]");
        }
        foreach (var f in store.Fouten) fout.WriteLine(f);
        return store.Fouten.Count == 0 ? 0 : 1;
    }

    public static int Check(string pad, TextWriter uit)
    {
        var map = ContractProfileStore.FindFolder(Path.GetDirectoryName(Path.GetFullPath(pad)));
        var fouten = ContractProfileStore.Validate(pad, map);
        if (fouten.Count == 0)
        {
            uit.WriteLine($"{Path.GetFileName(pad)}: geldig contractprofiel.");
            return 0;
        }
        foreach (var f in fouten) uit.WriteLine(f);
        return 1;
    }
}
