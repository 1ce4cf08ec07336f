using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Huisstijl;

/// <summary>Identity and look (issue 13): the header names the user's organisation, every demo account is its own
/// person, the theme is Maatwerk's own tokens (not a municipality's red), tables show short dates, lists say when they
/// are empty, and Verzoeken has demo data.</summary>
public sealed class HuisstijlTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Theory]
    [InlineData("consulent@deventer.demo", "Gemeente Deventer", "Fatima el Amrani")]
    [InlineData("consulent@voorneaanzee.demo", "Gemeente Voorne aan Zee", "Esther Kok")]
    [InlineData("administratie@delinde.demo", "Zorggroep De Linde", "Priya Ramdin")]
    [InlineData("administratie@opmaat.demo", "Begeleiding Op Maat B.V.", "Kevin Boateng")]
    public async Task The_header_names_the_organisation_and_the_person(string email, string organisatie, string naam)
    {
        var gebruiker = await factory.LoggedInAsync(email);
        var html = await gebruiker.GetStringAsync("/");
        html.Should().Contain($"data-testid=\"kop-organisatie\">{organisatie}</span>").And.Contain($"data-testid=\"gebruiker\">{naam} — ");
    }

    [Fact]
    public void Every_demo_account_is_a_different_person()
    {
        var namen = factory.WithDb(db => db.Gebruikers.Select(g => new { g.Email, g.Naam }).ToList())
            .Where(g => DemoData.Logins.Any(l => l.Email == g.Email)).ToList();
        namen.Should().HaveCount(DemoData.Logins.Count);
        namen.Select(g => g.Naam).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task The_theme_is_maatwerks_own_tokens_in_one_file()
    {
        var anoniem = factory.NewClient();
        var html = await anoniem.GetStringAsync("/Account/Inloggen");
        html.Should().Contain("class=\"utrecht-theme maatwerk-theme\"").And.Contain("/css/thema.css");
        var thema = await anoniem.GetStringAsync("/css/thema.css");
        thema.Should().Contain("--utrecht-page-footer-background-color: var(--maatwerk-color-primary-30)").And.NotContain("red-40");
    }

    [Fact]
    public async Task Tables_show_short_dates()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var html = await consulent.GetStringAsync("/Clienten");
        html.Should().MatchRegex(@"<td class=""utrecht-table__cell"">\d{2}-\d{2}-\d{4}</td>", "a birth date in the client list is dd-mm-jjjj");
    }

    [Theory]
    [InlineData("consulent@deventer.demo", "/Verzoeken?zoek=Zzyzx", "leeg-verzoeken")]
    [InlineData("consulent@deventer.demo", "/Clienten?zoek=Zzyzx", "leeg-clienten")]
    [InlineData("beheer@deventer.demo", "/Audit?zoek=Zzyzx", "leeg-audit")]
    [InlineData("consulent@deventer.demo", "/Toewijzingen?zoek=Zzyzx", "Geen toewijzingen")]
    [InlineData("consulent@deventer.demo", "/Berichten?zoek=Zzyzx", "Geen berichten")]
    public async Task An_empty_list_says_so(string email, string pad, string melding)
    {
        var gebruiker = await factory.LoggedInAsync(email);
        var html = await gebruiker.GetStringAsync(pad);
        html.Should().Contain(melding);
    }

    [Fact]
    public async Task Verzoeken_has_demo_data_in_every_state()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var html = await consulent.GetStringAsync("/Verzoeken");
        html.Should().Contain("data-testid=\"verzoeken\"").And.Contain("Wolters").And.Contain("Bouzid").And.Contain("Leeuwen");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        (await aanbieder.GetStringAsync("/Verzoeken")).Should().Contain("VZDEMO0001");
    }
}
