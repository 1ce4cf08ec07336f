using Maatwerk.Domain.Berichten;
using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Domain.Verzoeken;
using Maatwerk.Infrastructure.Audit;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Data;

public sealed class MaatwerkDbContext(DbContextOptions<MaatwerkDbContext> options, ICurrentActor actor, TimeProvider clock)
    : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core data-protection keys (cookies, antiforgery) shared by every web instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organisatie> Organisaties => Set<Organisatie>();
    public DbSet<Gebruiker> Gebruikers => Set<Gebruiker>();
    public DbSet<Contract> Contracten => Set<Contract>();
    public DbSet<ProductcodeKoppeling> ProductcodeKoppelingen => Set<ProductcodeKoppeling>();
    public DbSet<Client> Clienten => Set<Client>();
    public DbSet<Toewijzing> Toewijzingen => Set<Toewijzing>();
    public DbSet<Domain.Beschikkingen.Beschikking> Beschikkingen => Set<Domain.Beschikkingen.Beschikking>();
    public DbSet<Bericht> Berichten => Set<Bericht>();
    public DbSet<Verzoek> Verzoeken => Set<Verzoek>();
    public DbSet<Ondersteuningsplan> Ondersteuningsplannen => Set<Ondersteuningsplan>();
    public DbSet<WarmeOverdracht> WarmeOverdrachten => Set<WarmeOverdracht>();
    public DbSet<Evaluatie> Evaluaties => Set<Evaluatie>();
    public DbSet<ContractGebeurtenis> Gebeurtenissen => Set<ContractGebeurtenis>();
    public DbSet<VastgelegdeVerplichting> Verplichtingen => Set<VastgelegdeVerplichting>();
    public DbSet<AuditEntry> AuditRegels => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        builder.Properties<string>().HaveMaxLength(200);
    }

    protected override void OnModelCreating(ModelBuilder model) => model.ApplyConfigurationsFromAssembly(typeof(MaatwerkDbContext).Assembly);

    /// <summary>Adds a read line to the audit trail (saved with the next SaveChanges, or at once when asked).</summary>
    public void LogRead(string entiteit, Guid id) => AuditRegels.Add(NewAudit(AuditAction.Lezen, entiteit, id.ToString()));

    public AuditEntry NewAudit(string actie, string entiteit, string entiteitId) => new()
    {
        Moment = clock.GetUtcNow(),
        GebruikerId = actor.GebruikerId,
        Gebruiker = actor.Email,
        OrganisatieId = actor.OrganisatieId,
        Actie = actie,
        Entiteit = entiteit,
        EntiteitId = entiteitId,
    };

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void BeforeSave()
    {
        var audits = new List<AuditEntry>();
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                    throw new InvalidOperationException("Het auditlog is alleen aan te vullen: regels wijzigen of verwijderen kan niet.");
                continue;
            }
            if (entry.Entity is not Entity entity)
                continue;
            if (entry.State == EntityState.Modified)
                entity.Versie = Guid.NewGuid();
            if (entry is { State: EntityState.Added, Entity: ContractGebeurtenis gebeurtenis })
            {
                gebeurtenis.GeregistreerdOp ??= clock.GetUtcNow();
                gebeurtenis.RecordOnderwerp();
            }
            if (entry.Entity is VastgelegdeVerplichting)
                continue; // computed by the engine from audited events; auditing each evaluation would bury the trail
            var actie = entry.State switch
            {
                EntityState.Added => AuditAction.Aanmaken,
                EntityState.Modified => AuditAction.Wijzigen,
                EntityState.Deleted => AuditAction.Verwijderen,
                _ => null,
            };
            if (actie is null)
                continue;
            var audit = NewAudit(actie, entry.Metadata.ClrType.Name, entity.Id.ToString());
            audit.Wijzigingen = OldValues.Describe(entry);
            audits.Add(audit);
        }
        AuditRegels.AddRange(audits);
    }
}
