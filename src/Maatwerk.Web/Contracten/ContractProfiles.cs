using Maatwerk.Domain.Contracten;
using Maatwerk.Infrastructure.Contracten;

namespace Maatwerk.Web.Contracten;

public static class ContractProfiles
{
    /// <summary>Loads contracts/*.yaml (see ContractProfileStore.ZoekMap). A broken profile file is left out and
    /// logged with file, line and problem; the others stay usable. A profile that does not know an event the platform
    /// registers is a start-up error.</summary>
    public static ContractProfileCatalog Load(ILogger logger, string contentRoot)
    {
        var store = ContractProfileStore.LoadDefault(contentRoot);
        foreach (var fout in store.Fouten.Except(store.Inconsistenties))
            logger.LogError("Contractprofiel geweigerd: {Fout}", fout.ToString());
        // No silent drops: a profile that neither knows nor ignores an event the platform registers stops the start.
        if (store.Inconsistenties.Count > 0)
            throw new InvalidOperationException("De contractprofielen passen niet bij het platform:" + Environment.NewLine
                + string.Join(Environment.NewLine, store.Inconsistenties));
        return store.Catalogus;
    }
}
