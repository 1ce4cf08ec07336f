using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;

namespace Maatwerk.Infrastructure.Toewijzingen;

public static class KetenGebeurtenissen
{
    /// <summary>Stores a step of the chain as an event under the contract, if the contract's profile knows that kind
    /// of event (so the obligations engine sees it). A step dated today gets the current moment, else 09:00 that day.</summary>
    public static void Voeg(MaatwerkDbContext db, ProfielCatalogus catalogus, TimeProvider clock, string door, Toewijzing t, Contract contract,
        string soort, DateOnly datum, string? toelichting)
    {
        var profiel = catalogus.Zoek(contract.ProfielId, contract.ProfielVersie);
        if (profiel is null || !profiel.KentGebeurtenis(soort))
            return;
        var moment = datum == Amsterdam.Vandaag(clock) ? clock.GetUtcNow() : Amsterdam.BeginVan(datum).AddHours(9);
        db.Gebeurtenissen.Add(new ContractGebeurtenis
        {
            ContractId = contract.Id, ClientId = t.ClientId, ToewijzingId = t.Id, Soort = soort, Moment = moment, Spoed = t.Spoed,
            ProductCode = t.Productcode, Toelichting = toelichting is { Length: > 500 } lang ? lang[..500] : toelichting, GeregistreerdDoor = door,
        });
    }
}
