using System.Net;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Tests.Shared;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Toewijzingen;

/// <summary>The app at 23:30 UTC on a winter day: 00:30 the next day in Amsterdam.</summary>
public sealed class MidnightFactory : MaatwerkFactory
{
    /// <summary>Tuesday 10 November 2026 23:30 UTC = Wednesday 11 November 2026 00:30 in Amsterdam (CET, UTC+1).</summary>
    public static readonly DateTimeOffset Moment = new(2026, 11, 10, 23, 30, 0, TimeSpan.Zero);

    protected override DateTimeOffset Startmoment => Moment;
}

/// <summary>Just after midnight in Amsterdam the server's UTC date is still yesterday. The platform's own messages are
/// dated today in Amsterdam, and so must the receiving side's "systeemdatum" be (TR135: Dagtekening not after it), the
/// event and the obligations computed from it: one date everywhere.</summary>
public sealed class MidnightTests(MidnightFactory factory) : IClassFixture<MidnightFactory>
{
    private static readonly DateOnly Amsterdamse = new(2026, 11, 11);

    private (Guid Client, Guid Contract) DeventerLinde() => factory.WithDb(db =>
    {
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        return (db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Bsn).Skip(2).First().Id,
            db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id);
    });

    [Fact]
    public async Task At_half_past_midnight_in_Amsterdam_the_platforms_own_301_and_305_are_accepted_and_every_date_is_the_Amsterdam_date()
    {
        factory.Vandaag.Should().Be(Amsterdamse, "23:30 UTC in November is 00:30 the next day in Amsterdam");
        DateOnly.FromDateTime(factory.Tijd.GetUtcNow().UtcDateTime).Should().Be(Amsterdamse.AddDays(-1), "the UTC date is still the day before");

        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var (client, contract) = DeventerLinde();
        var beschikking = await consulent.BeschikkingAsync(client, new DateOnly(2026, 11, 11), new DateOnly(2027, 5, 10));
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = client, ContractId = contract, Productcode = "PO-B", Ingangsdatum = "2026-11-11", Einddatum = "2027-05-10",
            Volume = 120, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        (await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/Start", new { Datum = "2026-11-11" }))
            .StatusCode.Should().Be(HttpStatusCode.OK, "a start today (in Amsterdam) is not in the future");

        var (toewijzingsdatum, startdatum, berichten, gebeurtenissen) = factory.WithDb(db => (
            db.Toewijzingen.Single(t => t.Id == id).Toewijzingsdatum,
            db.Toewijzingen.Single(t => t.Id == id).StartdatumZorg,
            db.Berichten.Where(b => b.ToewijzingId == id).ToList(),
            db.Gebeurtenissen.Where(g => g.ToewijzingId == id).ToList()));
        toewijzingsdatum.Should().Be(Amsterdamse);
        startdatum.Should().Be(Amsterdamse);

        berichten.Select(b => b.Soort).Should().BeEquivalentTo(["WMO301", "WMO305"]);
        foreach (var b in berichten)
        {
            b.Retourcodes.Should().StartWith("0200", $"the receiver accepts the platform's own {b.Soort} (no TR135 or other date rule)");
            b.Geldig.Should().BeTrue();
            b.Dagtekening.Should().Be(Amsterdamse);
            b.Xml.Should().Contain("<iwmo:Dagtekening>2026-11-11</iwmo:Dagtekening>");
            b.RetourXml.Should().Contain("<iwmo:Dagtekening>2026-11-11</iwmo:Dagtekening>", "the retour is dated by the receiver's Amsterdam date too");
            OfficialXsd.Errors(b.Xml).Should().BeEmpty();
        }
        berichten.Single(b => b.Soort == "WMO301").Xml.Should().Contain("<wmo301:Toewijzingsdatum>2026-11-11</wmo301:Toewijzingsdatum>");

        var toewijzing = gebeurtenissen.Single(g => g.Soort == "toewijzing");
        DateOnly.FromDateTime(Amsterdam.Local(toewijzing.Moment)).Should().Be(Amsterdamse, "the event happened at 00:30 in Amsterdam");
        DateOnly.FromDateTime(Amsterdam.Local(gebeurtenissen.Single(g => g.Soort == "start-zorg").Moment)).Should().Be(Amsterdamse);

        // OP090 (retour within 3 working days) counts from the Amsterdam date: Wed 11 → Thu 12, Fri 13, Mon 16 November
        // (from the UTC date, Tue 10, it would be Fri 13).
        var verplichtingen = (await aanbieder.GetFromJsonAsync<List<Dictionary<string, object>>>($"/api/verplichtingen?toewijzing={id}"))!;
        verplichtingen.Single(v => v["regel"].ToString() == "OP090")["deadline"].ToString().Should().StartWith("2026-11-16");
        verplichtingen.Single(v => v["regel"].ToString() == "MR-05")["status"].ToString().Should().Be("Voldaan", "the start today meets the start term (DEV-Art4.4)");
    }
}
