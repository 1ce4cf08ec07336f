using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;

namespace Maatwerk.Infrastructure.Toewijzingen;

public static class KetenGebeurtenissen
{
    /// <summary>Stores a step of the chain as an event under the contract, so the obligations engine sees it. A profile
    /// that ignores the event (profile: negeren) stores nothing; one that does not know it is a programming error — the
    /// start-up check (<see cref="ContractProfileConsistency"/>) makes sure every profile knows or ignores what the platform
    /// registers. A step dated today gets the current moment, else 09:00 that day, unless a moment is given.</summary>
    public static ContractGebeurtenis? Add(MaatwerkDbContext db, ContractProfileCatalog catalogus, TimeProvider clock, string door, Toewijzing t, Contract contract,
        string soort, DateOnly datum, string? toelichting, DateTimeOffset? moment = null)
    {
        var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie)
            ?? throw new InvalidOperationException($"Contractprofiel {contract.ProfielId}@{contract.ProfielVersie} van contract '{contract.Naam}' is niet geladen.");
        if (profiel.Ignores(soort))
            return null;
        if (!profiel.KnowsGebeurtenis(soort))
            throw new InvalidOperationException($"Contractprofiel {profiel.Sleutel} ({profiel.Bestand}) kent de gebeurtenis '{soort}' niet en negeert haar ook niet.");
        var gebeurtenis = new ContractGebeurtenis
        {
            ContractId = contract.Id, ClientId = t.ClientId, ToewijzingId = t.Id, OnderwerpSoort = "toewijzing", OnderwerpId = t.Id,
            Soort = soort, Moment = moment ?? (datum == Amsterdam.Today(clock) ? clock.GetUtcNow() : Amsterdam.StartOf(datum).AddHours(9)),
            AlleenDatum = moment is null && datum != Amsterdam.Today(clock),
            Spoed = t.Spoed, ProductCode = t.Productcode, Toelichting = toelichting is { Length: > 500 } lang ? lang[..500] : toelichting,
            GeregistreerdDoor = door,
        };
        db.Gebeurtenissen.Add(gebeurtenis);
        return gebeurtenis;
    }
}
