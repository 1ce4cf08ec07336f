using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Tijdregistraties;

/// <summary>Time registration over HTTP on the real app: the begeleider registers on the week page, a planning system
/// sends batches to /api/tijd (atomic, line-level messages, idempotent on its reference), the administratie corrects,
/// every change is audited (IB-59) and another provider sees nothing.</summary>
public sealed class TijdregistratieTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Week(DateOnly Maandag, int MinutenDirect, int MinutenIndirect, int MinutenDeclarabel, List<Regel> Regels);
    private sealed record Regel(Guid Id, Guid Versie, Guid ToewijzingId, string Client, string? Productcode, string Medewerker, DateOnly Datum,
        TimeOnly Begintijd, int Minuten, string Contactwijze, string Soort, bool Declarabel, string? ExterneReferentie);
    private sealed record Bulk(int Aangemaakt, int Bijgewerkt, List<Guid> Ids);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    private Guid Gebruiker(string email) => factory.WithDb(db => db.Gebruikers.Single(g => g.Email == email).Id);

    private Task<Guid> GestarteToewijzingAsync(int clientNummer, int startOp = 20, string product = "PO-B") =>
        factory.GestarteToewijzingAsync(clientNummer, startOp, product);

    [Fact]
    public async Task The_begeleider_registers_a_week_on_the_page_and_sees_direct_indirect_and_declarable_time()
    {
        var toewijzing = await GestarteToewijzingAsync(0);
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        var maandag = factory.Vandaag.AddDays(-1); // Monday 9 November 2026
        var pagina = await begeleider.GetStringAsync("/Tijdregistraties");
        pagina.Should().Contain("Tijd registreren").And.Contain(toewijzing.ToString(), "de gestarte toewijzing staat in de keuzelijst");

        var velden = new Dictionary<string, string>
        {
            ["Invoer.ToewijzingId"] = toewijzing.ToString(), ["Invoer.Datum"] = D(maandag), ["Invoer.Begintijd"] = "09:00",
            ["Invoer.Minuten"] = "90", ["Invoer.Contactwijze"] = "Persoonlijk", ["Invoer.Soort"] = "Direct",
        };
        var post = await begeleider.PostFormAsync("/Tijdregistraties", velden);
        post.StatusCode.Should().Be(HttpStatusCode.Redirect, await post.Content.ReadAsStringAsync());
        (await begeleider.PostFormAsync("/Tijdregistraties", new Dictionary<string, string>(velden)
        {
            ["Invoer.Begintijd"] = "11:00", ["Invoer.Minuten"] = "30", ["Invoer.Soort"] = "Indirect", ["Invoer.Contactwijze"] = "Telefonisch",
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var week = await begeleider.GetStringAsync($"/Tijdregistraties?Dag={D(maandag)}");
        week.Should().Contain("09:00–10:30").And.Contain("11:00–11:30").And.Contain("niet declarabel").And.Contain("data-testid=\"weektotaal\"");
        var api = await begeleider.GetFromJsonAsync<Week>($"/api/tijd?week={D(maandag)}");
        api!.Maandag.Should().Be(maandag);
        api.Regels.Should().OnlyContain(r => r.Medewerker == "Thomas Jansen", "een begeleider ziet alleen de eigen tijd");
        var deze = api.Regels.Where(r => r.ToewijzingId == toewijzing).ToList();
        deze.Should().HaveCount(2);
        deze.Single(r => r.Soort == "Direct").Declarabel.Should().BeTrue();
        deze.Single(r => r.Soort == "Indirect").Declarabel.Should().BeFalse("alleen directe tijd is declarabel onder Deventer (DEV-Art8.3)");
        api.MinutenDeclarabel.Should().Be(api.MinutenDirect);
        api = new Week(api.Maandag, 0, 0, 0, deze);

        // IB-59: the creation is in the audit trail, with who did it.
        var ids = api.Regels.Select(r => r.Id.ToString()).ToList();
        factory.WithDb(db => db.AuditRegels.Count(a => a.Entiteit == "Tijdregistratie" && ids.Contains(a.EntiteitId) && a.Actie == "aanmaken" && a.Gebruiker == "begeleider@delinde.demo"))
            .Should().Be(2);
    }

    [Fact]
    public async Task A_refused_registration_shows_the_rule_on_the_field_and_stores_nothing()
    {
        var toewijzing = await GestarteToewijzingAsync(1, startOp: 5);
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        var voor = factory.WithDb(db => db.Set<Domain.Tijdregistraties.Tijdregistratie>().Count());
        var response = await begeleider.PostFormAsync("/Tijdregistraties", new Dictionary<string, string>
        {
            ["Invoer.ToewijzingId"] = toewijzing.ToString(), ["Invoer.Datum"] = D(factory.Vandaag.AddDays(-6)), ["Invoer.Begintijd"] = "09:00",
            ["Invoer.Minuten"] = "60", ["Invoer.Contactwijze"] = "Persoonlijk", ["Invoer.Soort"] = "Direct",
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("data-veld-fout=\"Invoer.Datum\"").And.Contain("vóór de start van de zorg").And.Contain("WMO305");
        factory.WithDb(db => db.Set<Domain.Tijdregistraties.Tijdregistratie>().Count()).Should().Be(voor);
    }

    [Fact]
    public async Task A_batch_is_atomic_with_line_level_messages_and_idempotent_on_the_external_reference()
    {
        var eerste = await GestarteToewijzingAsync(2);
        var tweede = await GestarteToewijzingAsync(3, product: "PO-L");
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var thomas = Gebruiker("begeleider@delinde.demo");
        var dag = factory.Vandaag.AddDays(-2);
        object Lijn(Guid toewijzing, string begin, int minuten, string referentie, DateOnly? datum = null) => new
        {
            ToewijzingId = toewijzing, MedewerkerId = thomas, Datum = D(datum ?? dag), Begintijd = begin, Minuten = minuten,
            Contactwijze = "Persoonlijk", Soort = "Direct", ExterneReferentie = referentie,
        };

        // Line 1 is before the start, line 2 overlaps line 0 of the same worker on PO (DEV-B4-PO-Indiv): nothing is stored.
        var fout = await administratie.PostAsJsonAsync("/api/tijd", new
        {
            Regels = new[] { Lijn(eerste, "09:00", 60, "PLAN-1"), Lijn(eerste, "13:00", 60, "PLAN-2", factory.Vandaag.AddDays(-40)), Lijn(tweede, "09:30", 45, "PLAN-3") },
        });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await fout.Content.ReadAsStringAsync();
        body.Should().Contain("regels[1].Datum").And.Contain("vóór de start").And.Contain("regels[2].Begintijd").And.Contain("DEV-B4-PO-Indiv");
        factory.WithDb(db => db.Set<Domain.Tijdregistraties.Tijdregistratie>().Count(r => r.ExterneReferentie != null && r.ExterneReferentie.StartsWith("PLAN-"))).Should().Be(0);

        var goed = await administratie.PostAsJsonAsync("/api/tijd", new
        {
            Regels = new[] { Lijn(eerste, "09:00", 60, "PLAN-1"), Lijn(tweede, "10:00", 45, "PLAN-3") },
        });
        goed.StatusCode.Should().Be(HttpStatusCode.OK, await goed.Content.ReadAsStringAsync());
        (await goed.Content.ReadFromJsonAsync<Bulk>())!.Aangemaakt.Should().Be(2);

        // The same references again correct the registrations instead of doubling them.
        var opnieuw = await administratie.PostAsJsonAsync("/api/tijd", new { Regels = new[] { Lijn(eerste, "09:00", 75, "PLAN-1"), Lijn(tweede, "10:15", 45, "PLAN-3") } });
        opnieuw.StatusCode.Should().Be(HttpStatusCode.OK, await opnieuw.Content.ReadAsStringAsync());
        var resultaat = (await opnieuw.Content.ReadFromJsonAsync<Bulk>())!;
        (resultaat.Aangemaakt, resultaat.Bijgewerkt).Should().Be((0, 2));
        var opgeslagen = factory.WithDb(db => db.Set<Domain.Tijdregistraties.Tijdregistratie>().Where(r => r.ExterneReferentie == "PLAN-1" || r.ExterneReferentie == "PLAN-3")
            .OrderBy(r => r.ExterneReferentie).Select(r => new { r.Minuten, r.Begintijd, r.Herkomst, r.GewijzigdDoor }).ToList());
        opgeslagen.Should().HaveCount(2);
        opgeslagen[0].Minuten.Should().Be(75);
        opgeslagen[1].Begintijd.Should().Be(new TimeOnly(10, 15));
        opgeslagen.Should().OnlyContain(r => r.Herkomst == Domain.Tijdregistraties.Herkomst.Api && r.GewijzigdDoor == "administratie@delinde.demo");
        factory.WithDb(db => db.AuditRegels.Count(a => a.Entiteit == "Tijdregistratie" && a.Actie == "wijzigen" && resultaat.Ids.Select(i => i.ToString()).Contains(a.EntiteitId)))
            .Should().Be(2, "elke wijziging staat in de audittrail (IB-59)");
    }

    [Fact]
    public async Task A_begeleider_registers_only_own_time_and_the_administratie_corrects_with_optimistic_concurrency()
    {
        var toewijzing = await GestarteToewijzingAsync(4);
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var collega = Gebruiker("administratie@delinde.demo");
        var dag = D(factory.Vandaag.AddDays(-3));

        var voorAnder = await begeleider.PostAsJsonAsync("/api/tijd", new { Regels = new[] { new { ToewijzingId = toewijzing, MedewerkerId = collega, Datum = dag, Begintijd = "08:00", Minuten = 30 } } });
        voorAnder.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await voorAnder.Content.ReadAsStringAsync()).Should().Contain("regels[0].MedewerkerId").And.Contain("alleen eigen tijd");

        var eigen = await begeleider.PostAsJsonAsync("/api/tijd", new { Regels = new[] { new { ToewijzingId = toewijzing, Datum = dag, Begintijd = "08:00", Minuten = 30, Contactwijze = "Elektronisch" } } });
        eigen.StatusCode.Should().Be(HttpStatusCode.OK, await eigen.Content.ReadAsStringAsync());
        var id = (await eigen.Content.ReadFromJsonAsync<Bulk>())!.Ids.Single();
        var regel = (await administratie.GetFromJsonAsync<Regel>($"/api/tijd/{id}"))!;
        regel.Contactwijze.Should().Be("Elektronisch");

        var correctie = new { ToewijzingId = toewijzing, MedewerkerId = Gebruiker("begeleider@delinde.demo"), Datum = dag, Begintijd = "08:00", Minuten = 45, Versie = regel.Versie };
        (await administratie.PutAsJsonAsync($"/api/tijd/{id}", correctie)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await administratie.PutAsJsonAsync($"/api/tijd/{id}", correctie)).StatusCode.Should().Be(HttpStatusCode.Conflict, "de versie is intussen gewijzigd");
        (await begeleider.GetFromJsonAsync<Regel>($"/api/tijd/{id}"))!.Minuten.Should().Be(45);

        var bewerken = await administratie.GetStringAsync($"/Tijdregistraties/Bewerken/{id}");
        bewerken.Should().Contain("administratie@delinde.demo").And.Contain("audittrail");
        bewerken.Should().Contain("Aangemaakt door begeleider@delinde.demo").And.Contain("Gewijzigd door administratie@delinde.demo");
        var nieuweVersie = (await administratie.GetFromJsonAsync<Regel>($"/api/tijd/{id}"))!.Versie;
        (await administratie.DeleteAsync($"/api/tijd/{id}?versie={nieuweVersie}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await begeleider.GetAsync($"/api/tijd/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        factory.WithDb(db => db.AuditRegels.Where(a => a.EntiteitId == id.ToString()).Select(a => a.Actie).ToList())
            .Should().Contain(["aanmaken", "wijzigen", "verwijderen"]);
    }

    [Fact]
    public async Task Another_provider_sees_nothing_and_cannot_register_on_the_toewijzing()
    {
        var toewijzing = await GestarteToewijzingAsync(5);
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        var dag = D(factory.Vandaag.AddDays(-1));
        var eigen = await begeleider.PostAsJsonAsync("/api/tijd", new { Regels = new[] { new { ToewijzingId = toewijzing, Datum = dag, Begintijd = "15:00", Minuten = 60 } } });
        var id = (await eigen.Content.ReadFromJsonAsync<Bulk>())!.Ids.Single();

        var ander = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await ander.GetAsync($"/api/tijd/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ander.PutAsJsonAsync($"/api/tijd/{id}", new { ToewijzingId = toewijzing, Datum = dag, Begintijd = "15:00", Minuten = 10 })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ander.GetStringAsync($"/api/tijd?week={dag}")).Should().NotContain(id.ToString());
        (await ander.GetAsync($"/Tijdregistraties/Bewerken/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var poging = await ander.PostAsJsonAsync("/api/tijd", new { Regels = new[] { new { ToewijzingId = toewijzing, Datum = dag, Begintijd = "17:00", Minuten = 60 } } });
        poging.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await poging.Content.ReadAsStringAsync()).Should().Contain("regels[0].ToewijzingId").And.Contain("toewijzing van uw organisatie");
    }

    [Fact]
    public async Task Posted_platform_fields_are_ignored()
    {
        var toewijzing = await GestarteToewijzingAsync(6);
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        var vreemd = Guid.NewGuid();
        var response = await begeleider.PostAsJsonAsync("/api/tijd", new
        {
            Regels = new[] { new { ToewijzingId = toewijzing, Datum = D(factory.Vandaag), Begintijd = "07:00", Minuten = 20, Id = vreemd, ClientId = vreemd, AanbiederId = vreemd, MedewerkerNaam = "Iemand anders", Herkomst = "Platform", GeregistreerdDoor = "x" } },
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Bulk>())!.Ids.Single();
        id.Should().NotBe(vreemd);
        var opgeslagen = factory.WithDb(db => db.Set<Domain.Tijdregistraties.Tijdregistratie>().Single(r => r.Id == id));
        opgeslagen.ClientId.Should().NotBe(vreemd);
        opgeslagen.MedewerkerNaam.Should().Be("Thomas Jansen");
        opgeslagen.GeregistreerdDoor.Should().Be("begeleider@delinde.demo");
        opgeslagen.Herkomst.Should().Be(Domain.Tijdregistraties.Herkomst.Api);
    }

    [Fact]
    public async Task A_correction_and_a_deletion_keep_the_old_values_in_the_audit_trail_IB_59()
    {
        var toewijzing = await GestarteToewijzingAsync(7);
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var thomas = Gebruiker("begeleider@delinde.demo");
        var dag = D(factory.Vandaag.AddDays(-4));
        var nieuw = await administratie.PostAsJsonAsync("/api/tijd", new { Regels = new[] { new { ToewijzingId = toewijzing, MedewerkerId = thomas, Datum = dag, Begintijd = "13:00", Minuten = 60, Toelichting = "Gesprek" } } });
        var id = (await nieuw.Content.ReadFromJsonAsync<Bulk>())!.Ids.Single();
        var versie = (await administratie.GetFromJsonAsync<Regel>($"/api/tijd/{id}"))!.Versie;
        (await administratie.PutAsJsonAsync($"/api/tijd/{id}", new { ToewijzingId = toewijzing, MedewerkerId = thomas, Datum = dag, Begintijd = "13:15", Minuten = 45, Toelichting = "Gesprek", Versie = versie }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var wijziging = factory.WithDb(db => db.AuditRegels.Single(a => a.EntiteitId == id.ToString() && a.Actie == "wijzigen").Wijzigingen);
        wijziging.Should().Contain("Begintijd: 13:00 → 13:15").And.Contain("Minuten: 60 → 45").And.NotContain("Toelichting").And.NotContain("Versie");
        (await administratie.GetStringAsync($"/Tijdregistraties/Bewerken/{id}")).Should().Contain("Minuten: 60 → 45", "de geschiedenis op de correctiepagina toont de oude waarden");

        versie = (await administratie.GetFromJsonAsync<Regel>($"/api/tijd/{id}"))!.Versie;
        (await administratie.DeleteAsync($"/api/tijd/{id}?versie={versie}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var verwijdering = factory.WithDb(db => db.AuditRegels.Single(a => a.EntiteitId == id.ToString() && a.Actie == "verwijderen").Wijzigingen);
        verwijdering.Should().StartWith("Was: ").And.Contain($"Datum: {factory.Vandaag.AddDays(-4):dd-MM-yyyy}").And.Contain("Begintijd: 13:15")
            .And.Contain("Minuten: 45").And.Contain("MedewerkerNaam: Thomas Jansen").And.Contain("Toelichting: Gesprek");
        factory.WithDb(db => db.AuditRegels.Single(a => a.EntiteitId == id.ToString() && a.Actie == "aanmaken").Wijzigingen).Should().BeNull();
    }
}
