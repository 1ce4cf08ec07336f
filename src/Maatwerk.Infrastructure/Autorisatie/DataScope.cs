using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Data;

namespace Maatwerk.Infrastructure.Autorisatie;

/// <summary>
/// The one place that decides which organisation-owned records a signed-in user may see. Every page and API
/// endpoint reads clients, contracts, toewijzingen and users through these queries, never through the DbSets.
/// An aanbieder sees what its own contracts cover; a gemeente sees its own residents and the contracts it (or its
/// regio) concluded; a regio sees the contracts it concluded and the residents of its member gemeenten.
/// </summary>
public sealed class DataScope
{
    private readonly MaatwerkDbContext _db;

    public Organisatie Organisatie { get; }
    public Rol Rol { get; }

    /// <summary>Opdrachtgevers whose contracts are in view (own organisation, its regio or, for a regio, its members).</summary>
    public IReadOnlyList<Guid> OpdrachtgeverIds { get; }

    /// <summary>Gemeenten whose residents are in view (empty for an aanbieder).</summary>
    public IReadOnlyList<Guid> GemeenteIds { get; }

    private DataScope(MaatwerkDbContext db, Organisatie organisatie, Rol rol, IReadOnlyList<Guid> opdrachtgevers, IReadOnlyList<Guid> gemeenten)
    {
        _db = db;
        Organisatie = organisatie;
        Rol = rol;
        OpdrachtgeverIds = opdrachtgevers;
        GemeenteIds = gemeenten;
    }

    public bool IsAanbieder => Organisatie.Soort == OrganisatieSoort.Aanbieder;

    public static DataScope For(MaatwerkDbContext db, Organisatie organisatie, Rol rol)
    {
        switch (organisatie.Soort)
        {
            case OrganisatieSoort.Gemeente:
                var opdrachtgevers = organisatie.RegioId is { } regio ? new[] { organisatie.Id, regio } : [organisatie.Id];
                return new DataScope(db, organisatie, rol, opdrachtgevers, [organisatie.Id]);
            case OrganisatieSoort.Regio:
                var leden = db.Organisaties.Where(o => o.RegioId == organisatie.Id).Select(o => o.Id).ToList();
                return new DataScope(db, organisatie, rol, [organisatie.Id, .. leden], leden);
            default:
                return new DataScope(db, organisatie, rol, [], []);
        }
    }

    public IQueryable<Contract> Contracten() => IsAanbieder
        ? _db.Contracten.Where(c => c.AanbiederId == Organisatie.Id)
        : _db.Contracten.Where(c => OpdrachtgeverIds.Contains(c.OpdrachtgeverId));

    public IQueryable<Client> Clienten()
    {
        if (!IsAanbieder)
            return _db.Clienten.Where(c => GemeenteIds.Contains(c.GemeenteId));
        var eigenContracten = Contracten().Select(c => c.Id);
        var clientIds = _db.Toewijzingen.Where(t => eigenContracten.Contains(t.ContractId)).Select(t => t.ClientId);
        return _db.Clienten.Where(c => clientIds.Contains(c.Id));
    }

    public IQueryable<Toewijzing> Toewijzingen()
    {
        var contractIds = Contracten().Select(c => c.Id);
        var inView = _db.Toewijzingen.Where(t => contractIds.Contains(t.ContractId));
        if (IsAanbieder)
            return inView;
        var clientIds = Clienten().Select(c => c.Id);
        return inView.Where(t => clientIds.Contains(t.ClientId));
    }

    /// <summary>Organisations this user deals with: its own, its opdrachtgevers/regio members and the contracted aanbieders.</summary>
    public IQueryable<Organisatie> Organisaties()
    {
        var contracten = Contracten();
        var partners = contracten.Select(c => c.AanbiederId).Concat(contracten.Select(c => c.OpdrachtgeverId));
        var own = Organisatie.Id;
        var related = OpdrachtgeverIds.Concat(GemeenteIds).ToList();
        // A beheerder onboards new aanbieders before any contract exists; AGB data is public anyway.
        var alleAanbieders = Rol == Rol.Beheerder;
        return _db.Organisaties.Where(o => o.Id == own || related.Contains(o.Id) || partners.Contains(o.Id)
            || (alleAanbieders && o.Soort == OrganisatieSoort.Aanbieder));
    }

    /// <summary>Users whose accounts this user may manage: a beheerder manages its own organisation, its gemeenten
    /// and its contracted aanbieders; kwaliteit/beheer at an aanbieder manages its own organisation.</summary>
    public IQueryable<Gebruiker> ManageableGebruikers()
    {
        if (Rol == Rol.Kwaliteit)
            return _db.Gebruikers.Where(g => g.OrganisatieId == Organisatie.Id);
        if (Rol != Rol.Beheerder)
            return _db.Gebruikers.Where(_ => false);
        var contracten = Contracten();
        var orgIds = contracten.Select(c => c.AanbiederId).ToList().Concat(OpdrachtgeverIds).Concat(GemeenteIds).Append(Organisatie.Id).ToList();
        return _db.Gebruikers.Where(g => orgIds.Contains(g.OrganisatieId));
    }
}
