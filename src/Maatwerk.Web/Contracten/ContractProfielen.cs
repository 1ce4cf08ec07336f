using Maatwerk.Domain.Contracten;
using Maatwerk.Infrastructure.Contracten;

namespace Maatwerk.Web.Contracten;

public static class ContractProfielen
{
    /// <summary>Loads contracts/*.yaml (see ContractProfileStore.ZoekMap). A broken profile file is left out and
    /// logged with file, line and problem; the others stay usable.</summary>
    public static ProfielCatalogus Laad(ILogger logger, string contentRoot)
    {
        var store = ContractProfileStore.LaadStandaard(contentRoot);
        foreach (var fout in store.Fouten)
            logger.LogError("Contractprofiel geweigerd: {Fout}", fout.ToString());
        return store.Catalogus;
    }
}
