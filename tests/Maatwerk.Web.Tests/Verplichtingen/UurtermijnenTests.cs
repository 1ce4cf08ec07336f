using System.Net;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Maatwerk.Web.Tests.Verplichtingen;

/// <summary>Hour-based deadlines are judged at the current moment, not at the end of the day: a data breach reported
/// yesterday at 10:00 must be reported to the gemeente within 24 hours (MR-59a, DEV-AIV7A.4), so at 09:30 today it is
/// open and from 10:00 on it is te laat — shown within a quarter of an hour by the sweep between nightly runs.</summary>
public sealed class UurtermijnenTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Termijn(string RegelId, string Status);
    private sealed record Incident(Guid Id, List<Termijn> Termijnen);

    [Fact]
    public async Task A_24_hour_term_is_open_before_its_hour_and_te_laat_after_it_DEV_AIV7A_4()
    {
        var contract = factory.WithDb(db =>
        {
            var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
            var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
            return db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id;
        });
        var aanbieder = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var gisteren = factory.Vandaag.AddDays(-1).ToString("yyyy-MM-dd"); // the clock stands at 09:30 Amsterdam
        // A data breach is registered in the incidentenregister (issue 14): discovered yesterday at 10:00, with the fields
        // DEV-AIV7A.4 requires (oorzaak, aard, maatregelen).
        var response = await aanbieder.PostAsJsonAsync("/api/incidenten", new
        {
            ContractId = contract, Soort = "datalek", Titel = "Dossier naar verkeerd adres gemaild", Omschrijving = "Zorgplan naar een andere cliënt gestuurd",
            VoorgevallenDatum = gisteren, VoorgevallenTijd = "09:00", OntdektDatum = gisteren, OntdektTijd = "10:00",
            Oorzaak = "Verkeerde adressuggestie", Aard = "Vertrouwelijkheid", Maatregelen = "Ontvanger gevraagd te verwijderen",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var lek = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];

        async Task<string> StatusAsync() => (await aanbieder.GetFromJsonAsync<Incident>($"/api/incidenten/{lek}"))!
            .Termijnen.Single(r => r.RegelId == "MR-59a").Status;

        (await StatusAsync()).Should().Be(nameof(VerplichtingStatus.Open), "at 09:30 the 24 hours have not passed");

        // 10:30. Advancing the clock also wakes the app's quarter-hourly sweep (DailyRecalculation), which may do the work
        // first; either way, after the sweep the obligation is te laat.
        factory.Tijd.Advance(TimeSpan.FromHours(1));
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<RecalculationRunner>().HourDeadlinesAsync();
        (await StatusAsync()).Should().Be(nameof(VerplichtingStatus.TeLaat));

        using (var scope = factory.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<RecalculationRunner>().HourDeadlinesAsync()).Should().Be(0, "nothing left to judge");
    }
}
