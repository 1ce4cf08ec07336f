using System.Net;
using Maatwerk.Web.Tests.Support;
using static Maatwerk.Web.Tests.Declaraties.Declareren;

namespace Maatwerk.Web.Tests.Declaraties;

/// <summary>TR322 over sent declarations: what Op Maat declared to Deventer for September counts when October is
/// prepared, so the pre-flight refuses a line that takes the toewijzing over its total (retour 9322).</summary>
public sealed class DeclaratieCumulatiefTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public async Task What_September_declared_counts_towards_the_total_of_the_toewijzing_TR322()
    {
        // 60 minutes per week from 1 September to 31 October 2026: weeks 36–44, 540 minutes in total (IV077).
        var (id, nummer) = await factory.ToewijzingAsync("0150", "75750202", "consulent@deventer.demo", "administratie@opmaat.demo", "PO-B",
            new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31), 0, 60, "01", "2");
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        await factory.RegisterAsync(opMaat, id, "administratie@opmaat.demo", ("2026-09-08", "10:00", 150), ("2026-09-22", "10:00", 150));
        var deventer = factory.Gemeente("0150");
        var september = await opMaat.VoorbereidingAsync(deventer, "2026-09-01");
        september.Regels.Should().ContainSingle(r => r.ToewijzingNummer == nummer).Which.GeleverdVolume.Should().Be(300);
        var verzenden = await opMaat.PostAsJsonAsync("/api/declaraties", new { Maand = "2026-09-01", GemeenteId = deventer });
        verzenden.StatusCode.Should().Be(HttpStatusCode.Created, await verzenden.Content.ReadAsStringAsync());

        await factory.RegisterAsync(opMaat, id, "administratie@opmaat.demo", ("2026-10-06", "10:00", 120), ("2026-10-13", "10:00", 121));
        var oktober = await opMaat.VoorbereidingAsync(deventer, "2026-10-01");
        oktober.Regels.Should().NotContain(r => r.ToewijzingNummer == nummer);
        oktober.Bezwaren.Should().ContainSingle(b => b.Toewijzing == nummer && b.Code == "TR322" && b.Blokkeert).Which.Melding.Should()
            .Contain("300 minuten eerder gedeclareerd").And.Contain("241 minuten").And.Contain("541 minuten").And.Contain("540 minuten");
        var pagina = await opMaat.GetStringAsync($"/Declaraties?Maand=2026-10&Gemeente={deventer}");
        pagina.Should().Contain("TR322").And.Contain("9322");
    }
}
