using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>Events behind the demo toewijzingen and contracts, so that the obligations pages show open, met and late
/// obligations computed by the engine — never typed-in deadlines.</summary>
public static class DemoGebeurtenissen
{
    public static IEnumerable<ContractGebeurtenis> VoorToewijzing(Toewijzing t, Contract contract, Random random, DateOnly vandaag)
    {
        // Recorded when it happened; a planned end of indication became known with the toewijzing.
        ContractGebeurtenis Maak(string soort, DateOnly datum, int uur = 9, DateOnly? bekendOp = null) => new()
        {
            ContractId = contract.Id, ClientId = t.ClientId, ToewijzingId = t.Id, Soort = soort, Spoed = t.Spoed,
            ProductCode = t.Productcode, Moment = Amsterdam.NaarUtc(datum.ToDateTime(new TimeOnly(uur, 0))), GeregistreerdDoor = "demodata",
            GeregistreerdOp = Amsterdam.NaarUtc((bekendOp ?? datum).ToDateTime(new TimeOnly(uur, 0))),
        };
        var isOco = contract.ProfielId == "oco";
        yield return Maak(isOco ? "melding" : "toewijzing", t.Toewijzingsdatum);
        if (random.Next(3) > 0 && t.Toewijzingsdatum.AddDays(2) <= vandaag)
            yield return Maak("contact-client", t.Toewijzingsdatum.AddDays(random.Next(1, 6)), 14);
        if (t.Status == ToewijzingStatus.Afgewezen)
            yield return Maak("toewijzing-geweigerd", Min(t.Toewijzingsdatum.AddDays(2), vandaag), 11);
        if (t.StartdatumZorg is { } start)
        {
            yield return Maak("start-zorg", start);
            if (random.Next(2) == 0 && start.AddDays(30) <= vandaag)
                yield return Maak("plan-overeengekomen", start.AddDays(random.Next(10, 50)));
        }
        if (t.EinddatumZorg is { } einde)
            yield return Maak("einde-zorg", einde);
        if (t.Einddatum is { } eindeIndicatie)
            yield return Maak("einde-indicatie", eindeIndicatie, bekendOp: t.Toewijzingsdatum);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    public static IEnumerable<ContractGebeurtenis> VoorContract(Contract contract, Random random, DateOnly vandaag)
    {
        ContractGebeurtenis Maak(string soort, DateOnly datum, string? toelichting = null) => new()
        {
            ContractId = contract.Id, Soort = soort, Moment = Amsterdam.NaarUtc(datum.ToDateTime(new TimeOnly(10, 0))),
            GeregistreerdOp = Amsterdam.NaarUtc(datum.ToDateTime(new TimeOnly(10, 0))), Toelichting = toelichting, GeregistreerdDoor = "demodata",
        };
        var kwartaalEinde = new DateOnly(vandaag.Year, (vandaag.Month - 1) / 3 * 3 + 1, 1).AddDays(-1);
        for (var k = 0; k < 3; k++)
            yield return Maak("kwartaaleinde", kwartaalEinde.AddMonths(-3 * k));
        yield return Maak("jaareinde", new DateOnly(vandaag.Year - 1, 12, 31));
        yield return Maak("jaarbegin", new DateOnly(vandaag.Year, 1, 1));
        var klacht = vandaag.AddDays(-random.Next(5, 40));
        yield return Maak("klacht", klacht, "Klacht over wisselende begeleiders");
        if (random.Next(2) == 0)
            yield return Maak("klacht-ontvangstbevestiging", klacht.AddDays(random.Next(1, 10)));
        yield return Maak("indiensttreding", vandaag.AddDays(-random.Next(1, 60)), "Nieuwe begeleider");
    }
}
