using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Data;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>Adds an event about one subject of a feature (a complaint, an incident …) under its contract, for the unit of
/// work to re-evaluate that subject's obligations. A profile that ignores the event stores nothing; one that does not know
/// it stores nothing either (the contract has no rule about it), so a feature can offer every step and the contract decides
/// which count.</summary>
public static class OnderwerpGebeurtenissen
{
    public static ContractGebeurtenis? Add(MaatwerkDbContext db, ContractProfile profiel, Contract contract, Onderwerp onderwerp, Guid? clientId,
        string soort, DateTimeOffset moment, string? toelichting, string door)
    {
        if (profiel.Ignores(soort) || !profiel.KnowsGebeurtenis(soort))
            return null;
        var gebeurtenis = new ContractGebeurtenis
        {
            ContractId = contract.Id, ClientId = clientId, OnderwerpSoort = onderwerp.Soort, OnderwerpId = Guid.Parse(onderwerp.Id), Soort = soort,
            Moment = moment, Toelichting = toelichting is { Length: > 500 } lang ? lang[..500] : toelichting, GeregistreerdDoor = door,
        };
        db.Gebeurtenissen.Add(gebeurtenis);
        return gebeurtenis;
    }
}
