using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Organisatiebewijzen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;

namespace Maatwerk.Infrastructure.Organisatiebewijzen;

/// <summary>The events of a newly registered evidence record under every contract of the aanbieder whose profile knows
/// them (the service and the demo data share this): an insurance or certificate is the subject of its own expiry
/// (<c>…-verloopt</c> at its last valid day) and renews the latest earlier record of its kind that ends before it
/// (<c>…-verlengd</c> about that record); a VOG rechtspersoon is the organisation-wide <c>vog-rp-afgegeven</c>.</summary>
public static class OrganisatiebewijsGebeurtenissen
{
    public static void Add(MaatwerkDbContext db, IReadOnlyList<(Contract Contract, ContractProfile Profiel)> contracten, Organisatiebewijs bewijs,
        IEnumerable<Organisatiebewijs> eerdere, DateOnly vandaag, string door)
    {
        var toelichting = $"{bewijs.Soort.DisplayName()} ({bewijs.Uitgever}{(bewijs.Nummer is { } n ? ", " + n : "")})";
        if (bewijs.Soort == Bewijssoort.VogRechtspersoon)
        {
            Add(db, contracten, null, OrganisatiebewijsGebeurtenis.VogRpAfgegeven, bewijs.GeldigVanaf, toelichting, door, bewijs.GeregistreerdOp);
            return;
        }
        Add(db, contracten, bewijs.Id, OrganisatiebewijsGebeurtenis.Verloopt(bewijs.Soort)!, bewijs.GeldigTot!.Value, toelichting, door, bewijs.GeregistreerdOp);
        if (eerdere.Where(v => v.Soort == bewijs.Soort && v.Id != bewijs.Id && v.GeldigTot < bewijs.GeldigTot).OrderByDescending(v => v.GeldigTot).FirstOrDefault() is { } oud)
            Add(db, contracten, oud.Id, OrganisatiebewijsGebeurtenis.Verlengd(bewijs.Soort)!,
                OrganisatiebewijsGebeurtenis.VerlengdOp(bewijs, vandaag, DateOnly.FromDateTime(Amsterdam.Local(oud.GeregistreerdOp))), toelichting, door, bewijs.GeregistreerdOp);
    }

    private static void Add(MaatwerkDbContext db, IEnumerable<(Contract Contract, ContractProfile Profiel)> contracten, Guid? onderwerp, string soort,
        DateOnly datum, string toelichting, string door, DateTimeOffset geregistreerd)
    {
        foreach (var (contract, profiel) in contracten.Where(c => c.Profiel.KnowsGebeurtenis(soort) && !c.Profiel.Ignores(soort)))
            db.Gebeurtenissen.Add(new ContractGebeurtenis
            {
                ContractId = contract.Id, Soort = soort, Moment = Amsterdam.StartOf(datum), Toelichting = toelichting, GeregistreerdDoor = door,
                GeregistreerdOp = geregistreerd, OnderwerpSoort = onderwerp is null ? null : OrganisatiebewijsGebeurtenis.Onderwerp, OnderwerpId = onderwerp,
            });
    }
}
