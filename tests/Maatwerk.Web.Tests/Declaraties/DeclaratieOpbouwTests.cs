using System.Net;
using Maatwerk.Tests.Shared;
using Maatwerk.Web.Tests.Support;
using static Maatwerk.Web.Tests.Declaraties.Declareren;

namespace Maatwerk.Web.Tests.Declaraties;

/// <summary>What goes into De Linde's October 2026 WMO323 for Deventer, as the administratie sees it in the pre-flight:
/// two lines when the tariff changes (TR418), etmalen (14) and trajecten (82), volume over the toewijzing (TR321), and
/// the no-show unit on the no-show toewijzing (DEV-Art8.4) — each message valid under the official XSD.</summary>
public sealed class DeclaratieOpbouwTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private const string Deventer = "0150", Linde = "75750101", Consulent = "consulent@deventer.demo", Administratie = "administratie@delinde.demo",
        Begeleider = "begeleider@delinde.demo";

    private Task<(Guid Id, string Nummer)> ToewijzingAsync(string product, int client, int? volume, string? eenheid, string? frequentie,
        DateOnly? ingang = null, DateOnly? einde = null) =>
        factory.ToewijzingAsync(Deventer, Linde, Consulent, Administratie, product, ingang ?? new DateOnly(2026, 9, 1), einde ?? new DateOnly(2027, 8, 31),
            client, volume, eenheid, frequentie);

    private async Task<Voorbereiding> OktoberAsync(HttpClient administratie)
    {
        var v = await administratie.VoorbereidingAsync(factory.Gemeente(Deventer), "2026-10-01");
        v.BerichtFouten.Should().BeEmpty();
        if (v.Regels.Count > 0)
            OfficialXsd.Errors(await administratie.GetStringAsync($"/api/declaraties/xml?maand=2026-10-01&gemeenteId={factory.Gemeente(Deventer)}")).Should().BeEmpty();
        return v;
    }

    [Fact]
    public async Task A_tariff_entered_from_15_October_splits_the_month_into_two_lines_TR418()
    {
        var (id, nummer) = await ToewijzingAsync("PO-L", 0, 600, "01", "2");
        var administratie = await factory.LoggedInAsync(Administratie);
        await factory.RegisterAsync(administratie, id, Begeleider, ("2026-10-05", "07:00", 60), ("2026-10-20", "07:00", 60));
        var manager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var contract = factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == id).ContractId);
        (await manager.PostAsJsonAsync("/api/tarieven", new { ContractId = contract, Productcode = "PO-L", Vanaf = "2026-10-15", Bedrag = 58.20, Bron = "Tarieventabel 2026-II" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var v = await OktoberAsync(administratie);
        v.Regels.Where(r => r.ToewijzingNummer == nummer).Select(r => (r.Begindatum.Day, r.Einddatum.Day, r.GeleverdVolume, r.ProductTarief, r.IngediendBedrag))
            .Should().Equal((1, 14, 60L, 94L, 5640L), (15, 31, 60L, 97L, 5820L));
        v.Bezwaren.Should().ContainSingle(b => b.Toewijzing == nummer && b.Code == "TR418" && !b.Blokkeert).Which.Melding.Should().Contain("58,20");
        (await administratie.GetStringAsync($"/Declaraties?Maand=2026-10&Gemeente={factory.Gemeente(Deventer)}")).Should().Contain("€ 56,40").And.Contain("€ 58,20");
    }

    [Fact]
    public async Task Respijtopvang_is_declared_in_etmalen_and_a_completed_traject_once_AMB_28_AMB_54()
    {
        var (ro, roNummer) = await ToewijzingAsync("RO", 1, 3, "14", "4");
        var (traject, trajectNummer) = await ToewijzingAsync("AD-VV", 2, null, null, null, einde: new DateOnly(2026, 10, 20));
        var administratie = await factory.LoggedInAsync(Administratie);
        // Friday 9 October 14:00 to Monday 12 October 10:00: 68 hours, 2 complete etmalen.
        await factory.RegisterAsync(administratie, ro, Begeleider,
            ("2026-10-09", "14:00", 600), ("2026-10-10", "00:00", 1440), ("2026-10-11", "00:00", 1440), ("2026-10-12", "00:00", 600));
        await factory.RegisterAsync(administratie, traject, Begeleider, ("2026-09-15", "10:00", 90), ("2026-10-06", "10:00", 60));

        var september = await administratie.VoorbereidingAsync(factory.Gemeente(Deventer), "2026-09-01");
        september.Regels.Should().NotContain(r => r.ToewijzingNummer == trajectNummer);
        september.Bezwaren.Should().Contain(b => b.Toewijzing == trajectNummer && b.Code == "AMB-54" && !b.Blokkeert);

        var v = await OktoberAsync(administratie);
        var etmalen = v.Regels.Single(r => r.ToewijzingNummer == roNummer);
        (etmalen.GeleverdVolume, etmalen.Eenheid, etmalen.ProductTarief, etmalen.IngediendBedrag).Should().Be((2L, "14", 14760L, 29520L));
        var afgerond = v.Regels.Single(r => r.ToewijzingNummer == trajectNummer);
        (afgerond.GeleverdVolume, afgerond.Eenheid, afgerond.IngediendBedrag, afgerond.Einddatum).Should().Be((1L, "82", 70380L, new DateOnly(2026, 10, 20)));
        v.Bezwaren.Should().NotContain(b => b.Code == "TR341");
        (await administratie.GetStringAsync($"/Declaraties?Maand=2026-10&Gemeente={factory.Gemeente(Deventer)}")).Should().Contain("2 etmalen").And.Contain("1 traject");
    }

    [Fact]
    public async Task More_than_the_weekly_volume_allows_is_blocked_naming_toewijzing_period_and_numbers_TR321()
    {
        var (id, nummer) = await ToewijzingAsync("PO-B", 3, 60, "01", "2");
        var administratie = await factory.LoggedInAsync(Administratie);
        await factory.RegisterAsync(administratie, id, Begeleider, ("2026-10-05", "19:30", 200), ("2026-10-19", "19:30", 101));
        var v = await OktoberAsync(administratie);
        v.Regels.Should().NotContain(r => r.ToewijzingNummer == nummer);
        v.Bezwaren.Should().ContainSingle(b => b.Toewijzing == nummer && b.Code == "TR321" && b.Blokkeert).Which.Melding.Should()
            .Contain("PO-B").And.Contain("oktober 2026").And.Contain("301 minuten").And.Contain("300 minuten").And.Contain("5 kalenderweken");
    }

    [Fact]
    public async Task A_no_show_is_declared_on_the_no_show_toewijzing_once_Toegang_has_registered_it_DEV_Art8_4()
    {
        var (po, poNummer) = await ToewijzingAsync("PO-B", 4, 600, "01", "2");
        var administratie = await factory.LoggedInAsync(Administratie);
        await factory.RegisterAsync(administratie, po, Begeleider, ("2026-10-06", "19:30", 60));
        // Cancelled two hours ahead: a no-show (DEV-B2-NoShow); a second one that month is not declarable (DEV-Eis28-b).
        foreach (var dag in new[] { "2026-10-13", "2026-10-20" })
            (await administratie.PostAsJsonAsync("/api/afwezigheid", new { ToewijzingId = po, GeplandDatum = dag, GeplandTijd = "11:00", AfgemeldDatum = dag, AfgemeldTijd = "09:00" }))
                .StatusCode.Should().Be(HttpStatusCode.Created);

        var zonder = await OktoberAsync(administratie);
        zonder.Bezwaren.Should().ContainSingle(b => b.Toewijzing == poNummer && b.Code == "DEV-Eis28-b" && b.Blokkeert).Which.Melding.Should()
            .Contain("13-10-2026").And.Contain("'NS'").And.Contain("Toegang");
        zonder.Regels.Should().ContainSingle(r => r.ToewijzingNummer == poNummer);

        var (_, nsNummer) = await ToewijzingAsync("NS", 4, 60, "01", "4", ingang: new DateOnly(2026, 10, 1), einde: new DateOnly(2026, 12, 31));
        var v = await OktoberAsync(administratie);
        var noShow = v.Regels.Single(r => r.ToewijzingNummer == nsNummer);
        (noShow.GeleverdVolume, noShow.Eenheid, noShow.ProductTarief, noShow.IngediendBedrag, noShow.NoShowVan).Should().Be((60L, "01", 104L, 6240L, poNummer));
        v.Bezwaren.Should().NotContain(b => b.Code == "DEV-Eis28-b");
    }
}
