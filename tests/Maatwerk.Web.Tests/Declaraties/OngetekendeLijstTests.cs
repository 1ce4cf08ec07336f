using System.Net;
using Maatwerk.Web.Tests.Support;
using Maatwerk.Web.Tests.Tijdregistraties;
using static Maatwerk.Web.Tests.Tijdregistraties.TijdTestData;

namespace Maatwerk.Web.Tests.Declaraties;

/// <summary>The pre-flight warns when the month's declaration holds direct units from a period of the registration
/// list that nobody signed (DEV-Eis3-REG, MR-10): one warning per unsigned period, none for a signed one, and it does
/// not block sending.</summary>
public sealed class OngetekendeLijstTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Bezwaar(string Toewijzing, string Code, string Melding, bool Blokkeert);
    private sealed record Voorbereiding(List<Bezwaar> Bezwaren);

    [Fact]
    public async Task Units_from_an_unsigned_period_warn_and_a_signed_period_does_not_DEV_Eis3_REG()
    {
        // Started 60 days before the pinned day (10-11-2026): period 1 is 11-09 – 08-10, period 2 is 09-10 – 05-11.
        var toewijzing = await factory.GestarteToewijzingAsync(7, startOp: 60);
        var nummer = factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == toewijzing).ToewijzingNummer);
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var tijd = await begeleider.PostAsJsonAsync("/api/tijd", new
        {
            Regels = new[]
            {
                new { ToewijzingId = toewijzing, Datum = "2026-10-05", Begintijd = "10:00", Minuten = 60, Soort = "Direct" },
                new { ToewijzingId = toewijzing, Datum = "2026-10-20", Begintijd = "10:00", Minuten = 45, Soort = "Direct" },
            },
        });
        tijd.StatusCode.Should().Be(HttpStatusCode.OK, await tijd.Content.ReadAsStringAsync());
        var getekend = await administratie.PostAsJsonAsync($"/api/tijd/registratielijst/{toewijzing}/1/ondertekening",
            new { Door = "Client", Naam = "J. Jansen", Datum = "2026-10-08", Wijze = "OpPapier" });
        getekend.IsSuccessStatusCode.Should().BeTrue(await getekend.Content.ReadAsStringAsync());

        var deventer = factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "0150").Id);
        var v = (await administratie.GetFromJsonAsync<Voorbereiding>($"/api/declaraties/voorbereiding?maand=2026-10-01&gemeenteId={deventer}"))!;
        var waarschuwing = v.Bezwaren.Where(b => b.Toewijzing == nummer && b.Code == "DEV-Eis3-REG").Should().ContainSingle().Subject;
        waarschuwing.Blokkeert.Should().BeFalse();
        waarschuwing.Melding.Should().Contain("periode 2 (09-10-2026 t/m 05-11-2026)").And.Contain("45 minuten").And.Contain("niet getekend");
    }
}
