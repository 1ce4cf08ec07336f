using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Meldcode;
using Maatwerk.Domain.Personeel;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Meldcode;

/// <summary>Meldcode training per staff member (IB-52a): the aanbieder's aandachtsfunctionaris (role kwaliteit) registers
/// trainings of people in the staff register and sees who delivers care without a valid training, with the clauses of the
/// aanbieder's contracts that ask it (profile rules <c>soort: meldcode</c>).</summary>
public sealed class MeldcodeTrainingService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ICurrentActor actor,
    UnitOfWork unitOfWork, TimeProvider clock)
{
    public DateOnly Vandaag => Amsterdam.Today(clock);

    /// <summary>Only the aanbieder's kwaliteit role (the aandachtsfunctionaris).</summary>
    public bool MagBeheren => scope.IsAanbieder && scope.Rol == Rol.Kwaliteit;

    private IQueryable<Medewerker> Medewerkers() => MagBeheren
        ? db.Set<Medewerker>().Where(m => m.AanbiederId == scope.Organisatie.Id)
        : db.Set<Medewerker>().Where(_ => false);

    private IQueryable<MeldcodeTraining> Trainingen() => MagBeheren
        ? db.Set<MeldcodeTraining>().Where(t => t.AanbiederId == scope.Organisatie.Id)
        : db.Set<MeldcodeTraining>().Where(_ => false);

    public sealed record Keuze(Guid Id, string Omschrijving);
    public sealed record TrainingRow(MeldcodeTraining Training, string Medewerker);

    /// <summary>The people of the aanbieder in service today, to register a training for.</summary>
    public async Task<List<Keuze>> MedewerkerKeuzesAsync(CancellationToken ct = default) =>
        (await Medewerkers().OrderBy(m => m.Naam).ToListAsync(ct)).Where(m => m.IsInDienst(Vandaag))
            .Select(m => new Keuze(m.Id, $"{m.Naam} — {m.Functie}")).ToList();

    /// <summary>The trainings registered, newest first (at most 1,000).</summary>
    public async Task<List<TrainingRow>> ListAsync(CancellationToken ct = default)
    {
        var namen = await Medewerkers().ToDictionaryAsync(m => m.Id, m => m.Naam, ct);
        return (await Trainingen().OrderByDescending(t => t.Datum).Take(1000).ToListAsync(ct))
            .Select(t => new TrainingRow(t, namen.GetValueOrDefault(t.MedewerkerId, ""))).ToList();
    }

    public async Task<SaveResult> RegisterAsync(MeldcodeTrainingInput invoer, CancellationToken ct = default)
    {
        if (!MagBeheren)
            return SaveResult.NotFound();
        var training = new MeldcodeTraining
        {
            AanbiederId = scope.Organisatie.Id, MedewerkerId = invoer.MedewerkerId, Datum = invoer.Datum, Soort = (invoer.Soort ?? "").Trim(),
            Bewijs = string.IsNullOrWhiteSpace(invoer.Bewijs) ? null : invoer.Bewijs.Trim(), GeregistreerdDoor = actor.Email, GeregistreerdOp = clock.GetUtcNow(),
        };
        var fouten = training.Validate(Vandaag).ToList();
        if (invoer.MedewerkerId != Guid.Empty && !await Medewerkers().AnyAsync(m => m.Id == invoer.MedewerkerId, ct))
            fouten.Add(new(nameof(MeldcodeTrainingInput.MedewerkerId), "Medewerker: kies een medewerker van uw organisatie."));
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        return await unitOfWork.ExecuteAsync(() =>
        {
            db.Add(training);
            return Task.FromResult(SaveResult.Ok(training.Id));
        }, ct);
    }

    /// <summary>The Meldcode training rules of the aanbieder's contracts (IB-52a under Voorne aan Zee).</summary>
    public async Task<List<MeldcodeEis>> EisenAsync(CancellationToken ct = default) =>
        (await scope.Contracten().ToListAsync(ct))
            .SelectMany(c => catalogus.Find(c.ProfielId, c.ProfielVersie) is { } p ? MeldcodeEis.From(p, c.Naam) : []).ToList();

    /// <summary>The report "medewerkers zonder (geldige) meldcode-training": everyone in service today who delivers a product.</summary>
    public async Task<IReadOnlyList<MeldcodeTrainingStatus>> ReportAsync(CancellationToken ct = default)
    {
        if (!MagBeheren)
            return [];
        var medewerkers = await Medewerkers().ToListAsync(ct);
        var trainingen = await Trainingen().ToListAsync(ct);
        return MeldcodeTrainingCheck.Report(medewerkers, trainingen, await EisenAsync(ct), Vandaag);
    }
}
