using System.Net;
using System.Text.RegularExpressions;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Clienten;

/// <summary>Issue 13: the client-first dossier — one header on the client and toewijzing pages, all toewijzingen and one
/// timeline across them — and the toewijzing as a guided flow with real moments and wording for the viewer.</summary>
public sealed partial class DossierTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private (Guid Client, string Bsn, string Naam, Guid Toewijzing, Guid Verzonden) Demo() => factory.WithDb(db =>
    {
        // De Linde's toewijzingen from Deventer (the gemeente of the consulent below), in a fixed order on every database.
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        var contracten = db.Contracten.Where(c => c.AanbiederId == linde && c.OpdrachtgeverId == deventer).Select(c => c.Id).ToList();
        var toewijzingen = db.Toewijzingen.Where(t => contracten.Contains(t.ContractId)).OrderBy(t => t.Id).ToList();
        var gestart = toewijzingen.First(t => t.Status == ToewijzingStatus.Gestart);
        var client = db.Clienten.Single(c => c.Id == gestart.ClientId);
        var verzonden = toewijzingen.First(t => t.Status == ToewijzingStatus.Verzonden);
        return (client.Id, client.Bsn, client.Achternaam, gestart.Id, verzonden.Id);
    });

    [Fact]
    public async Task The_client_and_toewijzing_pages_share_one_header_with_the_bsn_partly_masked()
    {
        var (client, bsn, naam, toewijzing, _) = Demo();
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        foreach (var pagina in new[] { await aanbieder.GetStringAsync($"/Clienten/Details/{client}"), await aanbieder.GetStringAsync($"/Toewijzingen/Details/{toewijzing}") })
        {
            pagina.Should().Contain("data-testid=\"dossierkop\"").And.Contain(naam).And.Contain($"***.**.{bsn[^3..]}")
                .And.Contain("data-testid=\"gemeente\">Gemeente").And.Contain("data-testid=\"telefoon\"").And.Contain("data-testid=\"geboortedatum\"");
            pagina.Should().NotContain(bsn, "the full BSN is not shown");
        }
    }

    [Fact]
    public async Task The_client_page_shows_all_toewijzingen_one_timeline_plan_evaluations_and_messages()
    {
        var (client, _, _, toewijzing, _) = Demo();
        var pagina = await (await factory.LoggedInAsync("administratie@delinde.demo")).GetStringAsync($"/Clienten/Details/{client}");
        pagina.Should().Contain("<h2 class=\"utrecht-heading-2\">Tijdlijn</h2>").And.Contain("data-testid=\"gebeurtenissen\"")
            .And.Contain("Ondersteuningsplan").And.Contain("Evaluaties").And.Contain("iWmo-berichten")
            .And.Contain($"/Toewijzingen/Details/{toewijzing}");
        TijdPattern().IsMatch(pagina).Should().BeFalse("a step entered as a date shows no made-up 09:00 time");
    }

    [Fact]
    public async Task Another_organisation_gets_no_dossier()
    {
        var (client, _, _, toewijzing, _) = Demo();
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await opMaat.GetAsync($"/Clienten/Details/{client}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await opMaat.GetAsync($"/Toewijzingen/Details/{toewijzing}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_sent_toewijzing_offers_acceptance_as_the_next_step_and_keeps_the_others_behind_a_disclosure()
    {
        var (_, _, _, _, verzonden) = Demo();
        var pagina = await (await factory.LoggedInAsync("administratie@delinde.demo")).GetStringAsync($"/Toewijzingen/Details/{verzonden}");
        var volgende = pagina[pagina.IndexOf("data-testid=\"volgende-stap\"", StringComparison.Ordinal)..pagina.IndexOf("data-testid=\"andere-stappen\"", StringComparison.Ordinal)];
        Regex.Matches(volgende, "<form ").Count.Should().Be(1);
        volgende.Should().Contain("data-stap=\"Accepteren\"");
        var andere = pagina[pagina.IndexOf("data-testid=\"andere-stappen\"", StringComparison.Ordinal)..pagina.IndexOf("</details>", pagina.IndexOf("data-testid=\"andere-stappen\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        andere.Should().Contain("data-stap=\"WeigeringAanvragen\"").And.Contain("data-stap=\"Start\"");
        Regex.Matches(pagina, "Lezing: ").Count.Should().BeLessThanOrEqualTo(Regex.Matches(pagina, "<summary>Hoe is dit berekend\\?</summary>").Count,
            "readings stay behind a disclosure");
    }

    [Fact]
    public async Task The_gemeente_reads_that_it_sent_the_toewijzing_and_planned_items_stand_apart()
    {
        var (_, _, _, toewijzing, _) = Demo();
        var pagina = await (await factory.LoggedInAsync("consulent@deventer.demo")).GetStringAsync($"/Toewijzingen/Details/{toewijzing}");
        pagina.Should().NotContain("Toewijzing ontvangen").And.Contain("Toewijzing verzonden aan de aanbieder (WMO301)");
        var aanbieder = await (await factory.LoggedInAsync("administratie@delinde.demo")).GetStringAsync($"/Toewijzingen/Details/{toewijzing}");
        aanbieder.Should().Contain("Toewijzing ontvangen (WMO301)");
        var gebeurd = aanbieder[aanbieder.IndexOf("data-testid=\"gebeurtenissen\"", StringComparison.Ordinal)..];
        gebeurd = gebeurd[..gebeurd.IndexOf("</ol>", StringComparison.Ordinal)];
        var vandaag = factory.Vandaag;
        foreach (Match m in DatumPattern().Matches(gebeurd))
            DateOnly.Parse(m.Groups[1].Value).Should().BeOnOrBefore(vandaag, "what happened lies in the past; planned items stand apart");
    }

    [GeneratedRegex("\\b09:00(:00)?\\b")]
    private static partial Regex TijdPattern();

    [GeneratedRegex("<time datetime=\"(\\d{4}-\\d{2}-\\d{2})")]
    private static partial Regex DatumPattern();
}
