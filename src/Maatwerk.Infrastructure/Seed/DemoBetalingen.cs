using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Organisaties;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>Demo records of the gemeente's payment decisions (issue 12): Deventer closed 2024 after verification
/// (DEV-Art8.8a), and an open set-off with Op Maat that the next payment batch to Op Maat settles (DEV-Art8.11).</summary>
internal static class DemoBetalingen
{
    /// <summary>The year Deventer closed in the demo (DEV-Art8.8a).</summary>
    public const int GeslotenJaar = 2024;

    public static IEnumerable<object> For(Organisatie deventer, Organisatie opMaat, DateTimeOffset nu) =>
    [
        new Jaarafsluiting { GemeenteId = deventer.Id, Jaar = GeslotenJaar, Toelichting = $"Verificatie {GeslotenJaar} afgerond; productieverantwoordingen ontvangen.", Door = "declaraties@deventer.demo", Op = nu.AddDays(-200) },
        new Declaratiebesluit
        {
            GemeenteId = deventer.Id, AanbiederId = opMaat.Id, Soort = BesluitSoort.Verrekening, Bedrag = 4250, Bron = "DEV-Art8.11", // Deventer TC-18b
            Reden = "Twee keer betaald voor begeleiding in augustus (regel 2608-0042); te verrekenen met de volgende betaling.", Door = "declaraties@deventer.demo", Op = nu.AddDays(-12),
        },
    ];
}
