using System.Text;
using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Common;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using static Maatwerk.Infrastructure.Clientondersteuning.OcoScope;

namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>Trajectories of a melding (OCO-3.6 start, expected duration, planned and actual end; OCO-3.9 closing reason
/// with a handover export) and the referrals made (OCO-4.7 b). Changes go through <see cref="MeldingService"/>'s unit, so
/// the melding's events stay in step.</summary>
public sealed class TrajectService(MaatwerkDbContext db, MeldingService meldingen, TimeProvider clock)
{
    private DateOnly Vandaag => Amsterdam.Today(clock);

    /// <summary>Opens the melding's trajectory; an empty planned end is start + expected duration.</summary>
    public Task<SaveResult> StartAsync(Guid id, TrajectInput invoer, CancellationToken ct = default) => meldingen.ChangeAsync(id, invoer.Versie, async melding =>
    {
        if (await db.Set<Traject>().AnyAsync(t => t.MeldingId == id, ct))
            return [new ValidationError(nameof(TrajectInput.Startdatum), "Deze melding heeft al een traject.")];
        var traject = new Traject
        {
            MeldingId = id, Startdatum = invoer.Startdatum, VerwachteDuurWeken = invoer.VerwachteDuurWeken,
            GeplandeEinddatum = invoer.GeplandeEinddatum ?? (invoer.Startdatum == default ? default : invoer.Startdatum.AddDays(7 * invoer.VerwachteDuurWeken)),
            Medewerker = melding.Medewerker, GeregistreerdDoor = melding.Medewerker, GeregistreerdOp = clock.GetUtcNow(),
        };
        var fouten = traject.Validate(Day(melding.OntvangenOp), Vandaag);
        if (fouten.Count == 0)
            db.Add(traject);
        return fouten;
    }, ct);

    /// <summary>Closes the trajectory. "Geholpen" with the end date counts as help obtained (OCO-2.7) when none was recorded.</summary>
    public Task<SaveResult> CloseAsync(Guid id, AfsluitInput invoer, CancellationToken ct = default) => meldingen.ChangeAsync(id, invoer.Versie, async melding =>
    {
        if (await db.Set<Traject>().FirstOrDefaultAsync(t => t.MeldingId == id, ct) is not { } traject)
            return [new ValidationError(nameof(AfsluitInput.Einddatum), "Deze melding heeft geen traject.")];
        var fouten = traject.Close(invoer.Einddatum, invoer.Afsluitreden, invoer.Toelichting, invoer.Geholpen, invoer.PassendeOndersteuning, Vandaag).ToList();
        if (invoer.Tevredenheid is { } t && t is < 1 or > 10)
            fouten.Add(new(nameof(AfsluitInput.Tevredenheid), "De tevredenheid is een cijfer van 1 tot en met 10."));
        if (fouten.Count > 0)
            return fouten;
        melding.Tevredenheid = invoer.Tevredenheid ?? melding.Tevredenheid;
        if (invoer.Geholpen && melding.HulpVerkregenOp is null)
            melding.HulpVerkregenOp = invoer.Einddatum;
        return [];
    }, ct);

    public Task<SaveResult> AddVerwijzingAsync(Guid id, VerwijzingInput invoer, CancellationToken ct = default) => meldingen.ChangeAsync(id, invoer.Versie, melding =>
    {
        var verwijzing = new Verwijzing
        {
            MeldingId = id, Naar = invoer.Naar?.Trim() ?? "", Datum = invoer.Datum,
            Toelichting = string.IsNullOrWhiteSpace(invoer.Toelichting) ? null : invoer.Toelichting.Trim(), GeregistreerdDoor = melding.Medewerker,
        };
        var fouten = verwijzing.Validate(Day(melding.OntvangenOp), Vandaag);
        if (fouten.Count == 0)
            db.Add(verwijzing);
        return Task.FromResult(fouten);
    }, ct);

    /// <summary>The handover export of OCO-3.9 (and OCO-1.6 e): what the next client supporter needs, as plain text; the read
    /// is audited. Null when the melding is not in view.</summary>
    public async Task<string?> OverdrachtAsync(Guid id, CancellationToken ct = default)
    {
        if (await meldingen.GetAsync(id, ct) is not { } d)
            return null;
        var m = d.Melding;
        var s = new StringBuilder();
        s.AppendLine("OVERDRACHT CLIËNTONDERSTEUNING (OCO-3.9)");
        s.AppendLine($"Gemaakt op: {Show(clock.GetUtcNow())} door {m.Medewerker}");
        s.AppendLine();
        s.AppendLine($"Inwoner: {m.Naam}{(m.Bsn is { } bsn ? $" (BSN {bsn})" : "")}");
        if (m.Contactgegevens is { } c) s.AppendLine($"Contactgegevens: {c}");
        s.AppendLine($"Gemeente: {d.Gemeente}");
        s.AppendLine($"Melding ontvangen: {Show(m.OntvangenOp)} via {Melding.Kanalen[m.Kanaal]}{(m.Verwijzer is { } v ? $", verwezen door {v}" : "")}");
        s.AppendLine($"Levensdomeinen: {string.Join(", ", m.LevensdomeinCodes.Select(l => Melding.Levensdomeinen.GetValueOrDefault(l, l)))}");
        if (m.Vraag is { } vraag) s.AppendLine($"Vraag: {vraag}");
        if (d.Traject is { } t)
        {
            s.AppendLine();
            s.AppendLine($"Traject: gestart {t.Startdatum:dd-MM-yyyy}, verwachte duur {t.VerwachteDuurWeken} weken, gepland einde {t.GeplandeEinddatum:dd-MM-yyyy}"
                + (t.Einddatum is { } e ? $", beëindigd {e:dd-MM-yyyy} ({Traject.Redenen[t.Afsluitreden!.Value]})" : ", loopt"));
        }
        s.AppendLine();
        s.AppendLine("Contacten:");
        foreach (var k in d.Contacten)
            s.AppendLine($"- {Show(k.Moment)}: {Contactmoment.Soorten[k.Soort]}, {Contactmoment.Activiteiten[k.Activiteit].Naam}{(k.Toelichting is { } tl ? $" — {tl}" : "")}");
        s.AppendLine("Afspraken:");
        foreach (var a in d.Afspraken)
            s.AppendLine($"- {Show(a.GeplandOp)}: {a.Status}{(a.VerzetReden is { } r ? $" (verzet: {r})" : "")}");
        s.AppendLine("Verwijzingen:");
        foreach (var w in d.Verwijzingen)
            s.AppendLine($"- {w.Datum:dd-MM-yyyy}: {w.Naar}");
        return s.ToString();
    }
}
