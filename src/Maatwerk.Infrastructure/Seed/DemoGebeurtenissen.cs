using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>Events behind the demo toewijzingen and contracts, so that the obligations pages show open, met and late
/// obligations computed by the engine — never typed-in deadlines.</summary>
public static class DemoGebeurtenissen
{
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    public static IEnumerable<ContractGebeurtenis> ForContract(Contract contract, Random random, DateOnly vandaag)
    {
        ContractGebeurtenis Maak(string soort, DateOnly datum, string? toelichting = null) => new()
        {
            ContractId = contract.Id, Soort = soort, Moment = Amsterdam.ToUtc(datum.ToDateTime(new TimeOnly(10, 0))),
            GeregistreerdOp = Amsterdam.ToUtc(datum.ToDateTime(new TimeOnly(10, 0))), Toelichting = toelichting, GeregistreerdDoor = "demodata",
        };
        var kwartaalEinde = new DateOnly(vandaag.Year, (vandaag.Month - 1) / 3 * 3 + 1, 1).AddDays(-1);
        for (var k = 0; k < 3; k++)
            yield return Maak("kwartaaleinde", kwartaalEinde.AddMonths(-3 * k));
        // The end of last year about its period subject, as the nightly run registers it: the annual deadlines (productieverantwoording
        // DEV-Art22.2a/b, IB-44, OCO-6.1b/6.2b) are met by evidence about the same year.
        var jaareinde = Maak("jaareinde", new DateOnly(vandaag.Year - 1, 12, 31));
        (jaareinde.OnderwerpSoort, jaareinde.OnderwerpId) = (Periode.OnderwerpSoort, Periode.Containing(Periode.Jaar, new DateOnly(vandaag.Year - 1, 1, 1)).SubjectId(contract.Id));
        yield return jaareinde;
        yield return Maak("jaarbegin", new DateOnly(vandaag.Year, 1, 1));
        var klacht = vandaag.AddDays(-random.Next(5, 40));
        yield return Maak("klacht", klacht, "Klacht over wisselende begeleiders");
        if (random.Next(2) == 0)
            yield return Maak("klacht-ontvangstbevestiging", klacht.AddDays(random.Next(1, 10)));
        yield return Maak("indiensttreding", vandaag.AddDays(-random.Next(1, 60)), "Nieuwe begeleider");
    }
}
