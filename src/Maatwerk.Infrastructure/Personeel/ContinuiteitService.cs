using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Personeel;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Personeel;

/// <summary>A follow-up step after a change of the fixed worker, as the aanbieder records it: which step (an event the
/// contract's continuity rules are met by, e.g. <c>client-gebeld</c>) and when (date and time, Amsterdam).</summary>
public sealed record VervolgstapInput
{
    public string Soort { get; init; } = "";
    public DateOnly Datum { get; init; }
    public TimeOnly Tijd { get; init; }
    public string? Toelichting { get; init; }
}

/// <summary>Continuity when a client's fixed worker changes (issue 14; BSD-44a–d, IB-15c). A change registers the contract's
/// absence event about the toewijzing (<c>uitval-medewerker</c> under Gooi en Vechtstreek, <c>langdurige-afwezigheid</c> under
/// Voorne aan Zee) and, since the new fixed worker is the replacement, <c>vervanging-geregeld</c>; the profile's rules make
/// the terms (phone within 24 hours, letter within 10 working days …) and the aanbieder records each further step here.</summary>
public sealed class ContinuiteitService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ICurrentActor actor,
    UnitOfWork unitOfWork, TimeProvider clock)
{
    public bool MagBeheren => scope.IsAanbieder && scope.Rol is Rol.Kwaliteit or Rol.Administratie;

    /// <summary>Registers the continuity events of a change of the fixed worker (inside the caller's unit of work). Nothing
    /// when the contract has no rule about it (Deventer, OCO: the profile does not know the events).</summary>
    internal async Task RegisterWisselingAsync(Toewijzing toewijzing, VasteMedewerker vorige, VasteMedewerker nieuw, CancellationToken ct)
    {
        if (!Continuiteit.IsWisseling(vorige, nieuw))
            return;
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        if (catalogus.Find(contract.ProfielId, contract.ProfielVersie) is not { } profiel)
            return;
        var namen = await db.Set<Medewerker>().Where(m => m.Id == vorige.MedewerkerId || m.Id == nieuw.MedewerkerId).ToDictionaryAsync(m => m.Id, m => m.Naam, ct);
        var toelichting = $"Vaste medewerker {namen.GetValueOrDefault(vorige.MedewerkerId)} vervangen door {namen.GetValueOrDefault(nieuw.MedewerkerId)} " +
            $"vanaf {nieuw.Vanaf:dd-MM-yyyy}" + (nieuw.Reden is { } reden ? $": {reden}" : "");
        var nu = clock.GetUtcNow();
        var geregistreerd = Continuiteit.Wisseling.Select(soort => Add(toewijzing, contract, profiel, soort, nu, toelichting)).OfType<ContractGebeurtenis>().ToList();
        if (geregistreerd.Count > 0)
            Add(toewijzing, contract, profiel, PersoneelGebeurtenis.VervangingGeregeld, nu, toelichting);
    }

    private ContractGebeurtenis? Add(Toewijzing toewijzing, Contract contract, ContractProfile profiel, string soort, DateTimeOffset moment, string? toelichting)
    {
        var gebeurtenis = OnderwerpGebeurtenissen.Add(db, profiel, contract, new Onderwerp("toewijzing", toewijzing.Id.ToString()), toewijzing.ClientId,
            soort, moment, toelichting, actor.Email);
        if (gebeurtenis is not null)
            gebeurtenis.ToewijzingId = toewijzing.Id;
        return gebeurtenis;
    }

    /// <summary>The follow-up steps the toewijzing's contract asks for after a change of the fixed worker (empty if none).</summary>
    public async Task<IReadOnlyList<Vervolgstap>> VervolgstappenAsync(Guid toewijzingId, CancellationToken ct = default)
    {
        if (!MagBeheren || await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct) is not { } toewijzing)
            return [];
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        return catalogus.Find(contract.ProfielId, contract.ProfielVersie) is { } profiel ? Continuiteit.Vervolgstappen(profiel) : [];
    }

    /// <summary>Records a follow-up step (e.g. the client phoned, BSD-44c), which meets the obligation the change started.</summary>
    public async Task<SaveResult> RecordStapAsync(Guid toewijzingId, VervolgstapInput invoer, CancellationToken ct = default)
    {
        if (!MagBeheren || await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct) is not { } toewijzing)
            return SaveResult.NotFound();
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        var profiel = catalogus.Require(contract);
        var stappen = Continuiteit.Vervolgstappen(profiel);
        var moment = Amsterdam.ToUtc(invoer.Datum.ToDateTime(invoer.Tijd));
        var fouten = new Validator()
            .Check(nameof(VervolgstapInput.Soort), stappen.Any(s => s.Soort == invoer.Soort),
                stappen.Count == 0 ? "Het contract van deze toewijzing vraagt geen vervolgstappen na een wisseling van de vaste medewerker."
                    : $"Kies een vervolgstap van het contract: {string.Join("; ", stappen)}.")
            .Check(nameof(VervolgstapInput.Datum), invoer.Datum != default, "Datum is verplicht.")
            .Check(nameof(VervolgstapInput.Datum), invoer.Datum == default || moment <= clock.GetUtcNow(), "De vervolgstap ligt in de toekomst.")
            .Optional(nameof(VervolgstapInput.Toelichting), "Toelichting", invoer.Toelichting, 500)
            .Errors.ToList();
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        var wisselingen = Continuiteit.Wisseling.ToList();
        var wisseling = await db.Gebeurtenissen.Where(g => g.ToewijzingId == toewijzing.Id && wisselingen.Contains(g.Soort))
            .OrderByDescending(g => g.Moment).Select(g => (DateTimeOffset?)g.Moment).FirstOrDefaultAsync(ct);
        if (wisseling is null)
            return SaveResult.Invalid(nameof(VervolgstapInput.Soort), "Voor deze toewijzing is geen wisseling van de vaste medewerker vastgelegd.");
        if (moment < wisseling)
            return SaveResult.Invalid(nameof(VervolgstapInput.Tijd),
                $"De vervolgstap ligt vóór de laatste wisseling van de vaste medewerker ({Amsterdam.Local(wisseling.Value):dd-MM-yyyy HH:mm}); een stap daarvóór telt niet als vervolg.");
        return await unitOfWork.ExecuteAsync(() =>
        {
            var gebeurtenis = Add(toewijzing, contract, profiel, invoer.Soort, moment, string.IsNullOrWhiteSpace(invoer.Toelichting) ? null : invoer.Toelichting.Trim());
            return Task.FromResult(SaveResult.Ok(gebeurtenis?.Id ?? toewijzing.Id));
        }, ct);
    }
}
