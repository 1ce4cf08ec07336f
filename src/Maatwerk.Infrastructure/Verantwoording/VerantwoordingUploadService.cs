using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Verantwoording;

/// <summary>A production statement uploaded by an aanbieder that draws it up in its own system, in the national format
/// (xlsx or CSV with the columns of <see cref="LandelijkFormaat"/>; OCO-6.2a, DEV-Art22.1). Atomic (every bad cell is named,
/// nothing is saved on any error) and idempotent (the same file — same SHA-256 — again changes nothing). The result is a
/// concept <see cref="Productieverantwoording"/> (the file itself kept as its <see cref="VerantwoordingBestandSoort.LandelijkFormaat"/> file) like a drawn-up one: it is submitted, gets its controleverklaring and is
/// reconciled by the gemeente in the same way.</summary>
public sealed class VerantwoordingUploadService(MaatwerkDbContext db, DataScope scope, ICurrentActor actor, TimeProvider clock, UnitOfWork unitOfWork,
    ContractProfileCatalog catalogus, VerantwoordingGegevens gegevens, VerantwoordingService verantwoording)
{
    public const string Veld = "Bestand";
    public const int MaxBytes = 5 * 1024 * 1024;

    public sealed record UploadInput
    {
        public Guid ContractId { get; init; }
        public int Jaar { get; init; }
    }

    public Task<SaveResult> UploadAsync(UploadInput input, VerantwoordingService.Upload? bestand, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (!verantwoording.MagOpstellen)
                return SaveResult.NotFound();
            if (await scope.Contracten().AsNoTracking().FirstOrDefaultAsync(c => c.Id == input.ContractId, ct) is not { } contract)
                return SaveResult.Invalid("ContractId", "Kies een contract van uw organisatie.");
            var vandaag = Amsterdam.Today(clock);
            if (input.Jaar < contract.Ingangsdatum.Year || input.Jaar > vandaag.Year)
                return SaveResult.Invalid("Jaar", $"Kies een jaar van {contract.Ingangsdatum.Year} tot en met {vandaag.Year}: het contract liep toen.");
            if (bestand is null || bestand.Inhoud.Length == 0)
                return SaveResult.Invalid(Veld, "Kies het bestand met de productieverantwoording in het landelijke format (xlsx of CSV).");
            if (bestand.Inhoud.Length > MaxBytes)
                return SaveResult.Invalid(Veld, $"Het bestand is groter dan {MaxBytes / 1024 / 1024} MB.");
            var sha = Controleverklaring.Sha256(bestand.Inhoud);
            var bestaand = await db.Set<Productieverantwoording>().FirstOrDefaultAsync(v => v.ContractId == contract.Id && v.Jaar == input.Jaar, ct);
            if (bestaand is not null && bestaand.UploadSha256 == sha)
                return SaveResult.Ok(bestaand.Id);
            if (bestaand is { IsIngediend: true })
                return SaveResult.Invalid("Jaar", $"De productieverantwoording {input.Jaar} is al ingediend en kan niet worden vervangen.");
            if (LandelijkBestand.Cellen(bestand.Inhoud) is not { } cellen)
                return SaveResult.Invalid(Veld, "Het bestand is geen leesbaar Excel- (xlsx) of CSV-bestand (UTF-8).");
            var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie);
            var producten = await gegevens.ProductenAsync(contract, profiel, ct);
            var categorieen = profiel?.Producten.Select(p => p.Productcategorie).OfType<string>().ToHashSet() ?? [];
            bool Bekend(string categorie, string code) => code == ""
                ? categorieen.Contains(categorie)
                : producten.TryGetValue(code, out var p) && (p.Productcategorie is null || p.Productcategorie == categorie);
            var kvk = (await gegevens.OrganisatieAsync(contract.AanbiederId, ct))?.KvkNummer;
            var gelezen = LandelijkFormaatLezer.Lees(cellen, new(input.Jaar, await gegevens.GemeentenVanAsync(contract, ct), Bekend, kvk));
            if (gelezen.Fouten.Count > 0)
                return SaveResult.Invalid(gelezen.Fouten);

            var v = bestaand ?? new Productieverantwoording { AanbiederId = contract.AanbiederId, ContractId = contract.Id, OpdrachtgeverId = contract.OpdrachtgeverId, Jaar = input.Jaar };
            if (bestaand is null)
                db.Add(v);
            else
                await db.Set<VerantwoordingRegel>().Where(r => r.VerantwoordingId == v.Id).ExecuteDeleteAsync(ct);
            var jaarbasis = profiel is null ? Verantwoordingsregels.Levering : Verantwoordingsregels.From(profiel).Jaarbasis;
            (v.Jaarbasis, v.Totaal, v.OpenRegels, v.OpgesteldDoor, v.OpgesteldOp, v.UploadNaam, v.UploadSha256, v.Versie) =
                (jaarbasis, gelezen.Rijen.Sum(r => r.Bedrag), 0, actor.Email, clock.GetUtcNow(), Path.GetFileName(bestand.Naam), sha, Guid.NewGuid());
            await db.Set<VerantwoordingBestand>().Where(b => b.VerantwoordingId == v.Id && b.Soort == VerantwoordingBestandSoort.LandelijkFormaat).ExecuteDeleteAsync(ct);
            var kopie = new VerantwoordingBestand { VerantwoordingId = v.Id, Soort = VerantwoordingBestandSoort.LandelijkFormaat };
            kopie.Bewaar(bestand.Naam, bestand.Inhoud, actor.Email, v.OpgesteldOp);
            db.Add(kopie);
            db.AddRange(gelezen.Rijen.Select(r => new VerantwoordingRegel
            {
                VerantwoordingId = v.Id, Gemeentecode = r.Gemeente, Tarief = r.Tarief, ProductCategorie = r.ProductCategorie, ProductCode = r.ProductCode,
                Eenheid = r.Eenheid, Clienten = r.Clienten, Volume = r.Volume, Bedrag = r.Bedrag,
            }));
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(v.Id);
        }, ct);
}
