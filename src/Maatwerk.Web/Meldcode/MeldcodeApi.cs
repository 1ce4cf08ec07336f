using Maatwerk.Domain.Meldcode;
using Maatwerk.Infrastructure.Meldcode;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Meldcode;

/// <summary>/api/meldcode: trainings per staff member and the report of who delivers care without one (IB-52a), the case
/// register along the five steps (IB-52a/c) and its anonymised CSV export (IB-52c). Only the aanbieder's kwaliteit role.</summary>
public static class MeldcodeApi
{
    public static void MapMeldcodeApi(this IEndpointRouteBuilder api)
    {
        var groep = api.MapGroup("/meldcode").RequireAuthorization(MeldcodeModule.Policy);
        groep.MapGet("/trainingen", async (MeldcodeTrainingService s, CancellationToken ct) =>
            Results.Ok((await s.ListAsync(ct)).Select(r => new TrainingDto(r.Training.Id, r.Training.MedewerkerId, r.Medewerker, r.Training.Datum, r.Training.Soort, r.Training.Bewijs))));
        groep.MapPost("/trainingen", async (MeldcodeTrainingInput invoer, MeldcodeTrainingService s, CancellationToken ct) =>
            ApiResults.From(await s.RegisterAsync(invoer, ct), "/api/meldcode/trainingen", created: true));
        groep.MapGet("/zonder-training", async (MeldcodeTrainingService s, CancellationToken ct) =>
            Results.Ok((await s.ReportAsync(ct)).Select(r => new ZonderTrainingDto(r.Medewerker.Id, r.Medewerker.Naam, r.Medewerker.Functie, r.Laatste?.Datum, r.Probleem, r.Bronnen))));
        groep.MapGet("/casussen", async (MeldcodeCasusService s, CancellationToken ct) =>
            Results.Ok((await s.ListAsync(ct)).Select(r => CasusDto.From(r.Casus))));
        groep.MapPost("/casussen", async (MeldcodeCasusInput invoer, MeldcodeCasusService s, CancellationToken ct) =>
            ApiResults.From(await s.RegisterAsync(invoer, ct), "/api/meldcode/casussen", created: true));
        groep.MapGet("/casussen/{id:guid}", async (Guid id, MeldcodeCasusService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct) is { } c ? CasusDto.From(c) : null));
        groep.MapPut("/casussen/{id:guid}", async (Guid id, MeldcodeCasusInput invoer, MeldcodeCasusService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateAsync(id, invoer, ct), "/api/meldcode/casussen", created: false));
        groep.MapGet("/export", async (MeldcodeCasusService s, CancellationToken ct) =>
            Results.File(await MeldcodeCsv.WriteAsync(await s.ExportAsync(ct), ct), "text/csv; charset=utf-8", MeldcodeCsv.Bestandsnaam(s.Vandaag)))
            .WithDescription("Het geanonimiseerde casusregister (IB-52c) als CSV: alleen maand en jaar, de bereikte stap en het besluit over Veilig Thuis; " +
                "geen naam, BSN, adres, geboortedatum, cliënt-id of vrije tekst.");
    }

    public sealed record TrainingDto(Guid Id, Guid MedewerkerId, string Medewerker, DateOnly Datum, string Soort, string? Bewijs);

    public sealed record ZonderTrainingDto(Guid MedewerkerId, string Naam, string Functie, DateOnly? LaatsteTraining, string Probleem, IReadOnlyList<string> Bronnen);

    public sealed record StapDto(int Stap, string Naam, DateOnly? Datum, string? Notitie);

    public sealed record CasusDto(Guid Id, Guid Versie, Guid? ClientId, string Signalen, IReadOnlyList<StapDto> Stappen, int BereikteStap,
        bool? MeldenBijVeiligThuis, DateOnly? VeiligThuisGemeldOp, DateOnly? AfgeslotenOp)
    {
        public static CasusDto From(MeldcodeCasus c) => new(c.Id, c.Versie, c.ClientId, c.Signalen,
            c.Stappen.Select((s, i) => new StapDto(i + 1, MeldcodeCasus.Stapnamen[i], s.Datum, s.Notitie)).ToList(), c.BereikteStap,
            c.MeldenBijVeiligThuis, c.VeiligThuisGemeldOp, c.AfgeslotenOp);
    }
}

/// <summary>The anonymised export as a file, shared by the API and the page.</summary>
public static class MeldcodeCsv
{
    public static string Bestandsnaam(DateOnly vandaag) => $"meldcode-geanonimiseerd-{vandaag:yyyy-MM-dd}.csv";

    public static async Task<byte[]> WriteAsync(IReadOnlyList<MeldcodeExport.Row> rijen, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await MeldcodeExport.Csv.WriteAsync(stream, rijen.ToAsyncEnumerable(), ct);
        return stream.ToArray();
    }
}
