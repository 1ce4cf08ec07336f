using System.Net;
using Maatwerk.Web.Tests.Support;
using static Maatwerk.Web.Tests.Tijdregistraties.TijdTestData;

namespace Maatwerk.Web.Tests.Tijdregistraties;

/// <summary>DEV-B2-DeclTime over HTTP (plan flag, consent and plan goal make time without the client on PO declarable) and
/// DEV-Eis19-Group (a group above the guideline is stored with a warning).</summary>
public sealed class ZonderClientEnGroepWebTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Regel(Guid Id, Guid ToewijzingId, string Soort, bool Declarabel);
    private sealed record Week(List<Regel> Regels);
    private sealed record Resultaat(int Aangemaakt, List<Guid> Ids, List<string> Waarschuwingen);

    private object Plan(bool regie, DateOnly? toestemming) => new
    {
        Doelen = "1. Administratie op orde", Activiteiten = "Post en betalingen samen doornemen", Frequentie = "1 keer per week", Afschaling = "Na 6 maanden",
        RolNetwerk = "Zus helpt mee", OvereengekomenMet = "De cliënt", OvereengekomenOp = D(factory.Vandaag),
        RegieOvergenomen = regie, RegieToestemmingOp = toestemming is { } t ? D(t) : null,
    };

    [Fact]
    public async Task Time_without_the_client_on_PO_needs_the_plan_flag_consent_and_a_plan_goal()
    {
        var toewijzing = await factory.GestarteToewijzingAsync(0);
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var dag = factory.Vandaag.AddDays(-2);
        object Lijn(string? plandoel) => new { Regels = new[] { new { ToewijzingId = toewijzing, Datum = D(dag), Begintijd = "14:00", Minuten = 30, Soort = "Indirect", Plandoel = plandoel, Contactwijze = "Telefonisch" } } };

        var zonderPlan = await begeleider.PostAsJsonAsync("/api/tijd", Lijn("1. Administratie op orde"));
        zonderPlan.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zonderPlan.Content.ReadAsStringAsync()).Should().Contain("regels[0].Plandoel").And.Contain("regie overgenomen").And.Contain("DEV-B2-DeclTime");

        var plan = await administratie.PutAsJsonAsync($"/api/toewijzingen/{toewijzing}/plan", Plan(true, null));
        plan.StatusCode.Should().Be(HttpStatusCode.BadRequest, "regie overnemen vraagt de datum van de toestemming");
        (await plan.Content.ReadAsStringAsync()).Should().Contain("RegieToestemmingOp");
        (await administratie.PutAsJsonAsync($"/api/toewijzingen/{toewijzing}/plan", Plan(true, factory.Vandaag.AddDays(-10)))).StatusCode.Should().Be(HttpStatusCode.OK);
        var opgeslagen = await administratie.GetFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>($"/api/toewijzingen/{toewijzing}/plan");
        opgeslagen!["regieOvergenomen"].GetBoolean().Should().BeTrue();

        var met = await begeleider.PostAsJsonAsync("/api/tijd", Lijn("1. Administratie op orde"));
        met.StatusCode.Should().Be(HttpStatusCode.OK, await met.Content.ReadAsStringAsync());
        var zonderDoel = await begeleider.PostAsJsonAsync("/api/tijd", new { Regels = new[] { new { ToewijzingId = toewijzing, Datum = D(dag), Begintijd = "15:00", Minuten = 20, Soort = "Indirect" } } });
        zonderDoel.StatusCode.Should().Be(HttpStatusCode.OK);
        var metId = (await met.Content.ReadFromJsonAsync<Resultaat>())!.Ids[0];
        var zonderId = (await zonderDoel.Content.ReadFromJsonAsync<Resultaat>())!.Ids[0];
        var week = (await begeleider.GetFromJsonAsync<Week>($"/api/tijd?week={D(dag)}"))!.Regels.Where(r => r.ToewijzingId == toewijzing).ToList();
        week.Should().HaveCount(2);
        week.Single(r => r.Id == metId).Declarabel.Should().BeTrue("regie overgenomen, toestemming en plandoel (DEV-B2-DeclTime)");
        week.Single(r => r.Id == zonderId).Declarabel.Should().BeFalse("zonder plandoel: alleen directe tijd (DEV-Art8.3)");
    }

    [Fact]
    public async Task A_group_above_the_guideline_is_stored_with_a_warning()
    {
        var toewijzingen = new List<Guid>();
        for (var i = 1; i <= 7; i++)
            toewijzingen.Add(await factory.GestarteToewijzingAsync(i, product: "OAD-BP"));
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        var dag = D(factory.Vandaag.AddDays(-1));
        object Sessie(Guid t) => new { ToewijzingId = t, Datum = dag, Begintijd = "10:00", Minuten = 180 };

        var zes = await begeleider.PostAsJsonAsync("/api/tijd", new { Regels = toewijzingen.Take(6).Select(Sessie).ToArray() });
        zes.StatusCode.Should().Be(HttpStatusCode.OK, await zes.Content.ReadAsStringAsync());
        (await zes.Content.ReadFromJsonAsync<Resultaat>())!.Waarschuwingen.Should().BeEmpty("6 cliënten is de richtlijn voor OAD basis plus");

        // The seventh client on the page: registered, with the warning in the message.
        var post = await begeleider.PostFormAsync("/Tijdregistraties", new Dictionary<string, string>
        {
            ["Invoer.ToewijzingId"] = toewijzingen[6].ToString(), ["Invoer.Datum"] = dag, ["Invoer.Begintijd"] = "10:00", ["Invoer.Minuten"] = "180",
            ["Invoer.Contactwijze"] = "Persoonlijk", ["Invoer.Soort"] = "Direct",
        });
        post.StatusCode.Should().Be(HttpStatusCode.Redirect, await post.Content.ReadAsStringAsync());
        (await begeleider.GetStringAsync(post.Headers.Location!.ToString())).Should().Contain("7 cliënten in de groep").And.Contain("gemiddeld 6").And.Contain("DEV-Eis19-Group");
        factory.WithDb(db => db.Set<Domain.Tijdregistraties.Tijdregistratie>().Count(r => toewijzingen.Contains(r.ToewijzingId))).Should().Be(7);
    }
}
