using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>What the OCO services share: which contracts are OCO contracts, which meldingen the user sees, and making the
/// stored events of a melding equal to what its registrations stand for (<see cref="MeldingGebeurtenissen"/>).</summary>
public static class OcoScope
{
    /// <summary>An OCO contract runs under the profile <c>oco</c> (or a version/variant of it, <c>oco-…</c>).</summary>
    public static IQueryable<Contract> OcoContracten(this DataScope scope) =>
        scope.Contracten().Where(c => c.ProfielId == "oco" || c.ProfielId.StartsWith("oco-"));

    /// <summary>OCO workers and coordinators of the provider register; nobody else sees a resident's question.</summary>
    public static bool MayRegisterOco(this DataScope scope) => scope.IsAanbieder && scope.Rol is Rol.Administratie or Rol.Begeleider;

    public static IQueryable<Melding> Meldingen(this DataScope scope, MaatwerkDbContext db)
    {
        if (!scope.MayRegisterOco())
            return db.Set<Melding>().Where(_ => false);
        var contracten = scope.OcoContracten().Select(c => c.Id);
        var org = scope.Organisatie.Id;
        return db.Set<Melding>().Where(m => m.AanbiederId == org && contracten.Contains(m.ContractId));
    }

    /// <summary>The OCO documents the user may see when <paramref name="magLezen"/>: a provider its own; a gemeente those of
    /// its own gemeenten under its contracts; nobody else any.</summary>
    public static IQueryable<T> InView<T>(this DataScope scope, MaatwerkDbContext db, bool magLezen) where T : class, IOcoStuk
    {
        if (!magLezen)
            return db.Set<T>().Where(_ => false);
        if (scope.IsAanbieder)
        {
            var org = scope.Organisatie.Id;
            return db.Set<T>().Where(s => s.AanbiederId == org);
        }
        var gemeenten = scope.GemeenteIds.ToList();
        var contracten = scope.Contracten().Select(c => c.Id);
        return db.Set<T>().Where(s => gemeenten.Contains(s.GemeenteId) && contracten.Contains(s.ContractId));
    }

    /// <summary>The gemeenten of an OCO contract: the opdrachtgever itself, or the members of its regio.</summary>
    public static async Task<List<Organisatie>> GemeentenAsync(MaatwerkDbContext db, IEnumerable<Contract> contracten, CancellationToken ct)
    {
        var opdrachtgevers = contracten.Select(c => c.OpdrachtgeverId).Distinct().ToList();
        return await db.Organisaties.Where(o => o.Soort == OrganisatieSoort.Gemeente
                && (opdrachtgevers.Contains(o.Id) || (o.RegioId != null && opdrachtgevers.Contains(o.RegioId.Value))))
            .OrderBy(o => o.Naam).ToListAsync(ct);
    }

    /// <summary>An organisation-wide event under the OCO contract (annual plan, report meeting, minutes), if the profile knows it;
    /// the enclosing <see cref="UnitOfWork"/> re-evaluates the contract's organisation-wide obligations.</summary>
    public static void AddEvent(MaatwerkDbContext db, ContractProfileCatalog catalogus, Contract contract, string soort, DateTimeOffset moment,
        string toelichting, string door)
    {
        if (catalogus.Find(contract.ProfielId, contract.ProfielVersie) is not { } profiel || !profiel.KnowsGebeurtenis(soort) || profiel.Ignores(soort))
            return;
        db.Gebeurtenissen.Add(new ContractGebeurtenis
        {
            ContractId = contract.Id, Soort = soort, Moment = moment, Toelichting = toelichting, GeregistreerdDoor = door,
        });
    }

    /// <summary>Optimistic concurrency on an OCO form: true when the user started from another version than the stored one
    /// (someone saved in between; nothing is changed). Otherwise the record gets a new version, so a concurrent save of the
    /// same record fails at the database and the <see cref="UnitOfWork"/> reports a conflict.</summary>
    public static bool IsStale(Entity record, Guid? versie)
    {
        if (versie is { } v && v != record.Versie)
            return true;
        record.Versie = Guid.NewGuid();
        return false;
    }

    public static DateTimeOffset Local(DateOnly datum, TimeOnly tijd) => Amsterdam.ToUtc(datum.ToDateTime(tijd));

    public static DateOnly Day(DateTimeOffset moment) => DateOnly.FromDateTime(Amsterdam.Local(moment));

    public static string Show(DateTimeOffset moment) => Amsterdam.Local(moment).ToString("dd-MM-yyyy HH:mm");

    /// <summary>Renames the domain's field names to those of the input record, so a message lands at its form field.</summary>
    public static IReadOnlyList<ValidationError> Rename(IEnumerable<ValidationError> errors, params (string Van, string Naar)[] namen) =>
        errors.Select(e => namen.FirstOrDefault(n => n.Van == e.Field) is { Naar: { } naar } ? e with { Field = naar } : e).ToList();

    /// <summary>Makes the stored events about this melding equal to the desired list: adds the missing, moves a changed
    /// moment, removes what no longer holds. Each event carries the melding's gemeente (there is no client to tell it), so its
    /// obligations do too and a gemeente of a regio contract sees only its own residents' questions. The enclosing <see cref="UnitOfWork"/> re-evaluates the melding's obligations.</summary>
    public static async Task SynchronizeAsync(MaatwerkDbContext db, ContractProfileCatalog catalogus, ICurrentActor actor, Melding melding, CancellationToken ct)
    {
        var contract = await db.Contracten.FirstAsync(c => c.Id == melding.ContractId, ct);
        var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie)
            ?? throw new InvalidOperationException($"Contractprofiel {contract.ProfielId}@{contract.ProfielVersie} van contract '{contract.Naam}' is niet geladen.");
        var contacten = await db.Set<Contactmoment>().Where(c => c.MeldingId == melding.Id).ToListAsync(ct);
        var afspraken = await db.Set<Afspraak>().Where(a => a.MeldingId == melding.Id).ToListAsync(ct);
        // Include what this unit added but has not saved yet.
        contacten.AddRange(db.ChangeTracker.Entries<Contactmoment>().Where(e => e.State == EntityState.Added && e.Entity.MeldingId == melding.Id).Select(e => e.Entity));
        afspraken.AddRange(db.ChangeTracker.Entries<Afspraak>().Where(e => e.State == EntityState.Added && e.Entity.MeldingId == melding.Id).Select(e => e.Entity));
        var gewenst = MeldingGebeurtenissen.For(melding, contacten.DistinctBy(c => c.Id), afspraken.DistinctBy(a => a.Id), d => Amsterdam.StartOf(d))
            .Where(g => !profiel.Ignores(g.Soort) && profiel.KnowsGebeurtenis(g.Soort)).ToList();
        // factuur-ingediend is registered by submitting an invoice, not derived from the melding: left alone here.
        var bestaand = await db.Gebeurtenissen.Where(g => g.OnderwerpSoort == Melding.Onderwerp && g.OnderwerpId == melding.Id && g.Soort != OcoFactuur.Ingediend)
            .ToListAsync(ct);
        foreach (var g in bestaand.Where(b => gewenst.All(w => w.Soort != b.Soort)))
            db.Gebeurtenissen.Remove(g);
        foreach (var w in gewenst)
        {
            if (bestaand.FirstOrDefault(b => b.Soort == w.Soort) is { } b)
            {
                if (b.Moment != w.Moment || b.Spoed != w.Spoed || b.GemeenteId != melding.GemeenteId)
                    (b.Moment, b.Spoed, b.GemeenteId) = (w.Moment, w.Spoed, melding.GemeenteId);
                continue;
            }
            db.Gebeurtenissen.Add(new ContractGebeurtenis
            {
                ContractId = melding.ContractId, GemeenteId = melding.GemeenteId, OnderwerpSoort = Melding.Onderwerp, OnderwerpId = melding.Id,
                Soort = w.Soort, Moment = w.Moment, Spoed = w.Spoed, GeregistreerdDoor = actor.Email,
            });
        }
    }
}
