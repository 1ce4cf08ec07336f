using System.Net;
using System.Net.Http.Json;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verplichtingen;

/// <summary>The engine at scale (issue 9): a step is atomic and re-evaluates only its own toewijzing, numbers never
/// collide, the nightly run applies a lapsed right's consequence, runs once and resumes after a crash.</summary>
public sealed class EngineAtScaleTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private (Guid Client, Guid Contract) DeventerLinde(int skip = 7) => factory.WithDb(db =>
    {
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        return (db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Bsn).Skip(skip).First().Id,
            db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id);
    });

    private DateOnly Vandaag => factory.Vandaag;

    private async Task<HttpResponseMessage> IssueAsync(HttpClient consulent, Guid client, Guid contract, Guid beschikking) =>
        await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = client, ContractId = contract, Productcode = "PO-B", Ingangsdatum = Vandaag.ToString("yyyy-MM-dd"),
            Einddatum = Vandaag.AddMonths(6).ToString("yyyy-MM-dd"), Volume = 120, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
        });

    [Fact]
    public async Task Two_consulents_issuing_at_the_same_moment_get_distinct_numbers_and_nothing_is_lost()
    {
        var (client, contract) = DeventerLinde();
        var eerste = await factory.LoggedInAsync("consulent@deventer.demo");
        var tweede = await factory.LoggedInAsync("consulent@deventer.demo");
        var beschikking = await eerste.BeschikkingAsync(client, Vandaag, Vandaag.AddMonths(6));
        var voor = factory.WithDb(db => db.Toewijzingen.Count());
        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => IssueAsync(i % 2 == 0 ? eerste : tweede, client, contract, beschikking)));
        antwoorden.Should().OnlyContain(a => a.StatusCode == HttpStatusCode.Created);
        var nieuw = factory.WithDb(db => db.Toewijzingen.Where(t => t.BeschikkingId == beschikking).Select(t => new { t.Id, t.ToewijzingNummer }).ToList());
        nieuw.Select(t => t.ToewijzingNummer).Should().HaveCount(8).And.OnlyHaveUniqueItems();
        factory.WithDb(db => db.Toewijzingen.Count()).Should().Be(voor + 8);
        var ids = nieuw.Select(t => (Guid?)t.Id).ToList();
        factory.WithDb(db => db.Berichten.Count(b => b.Soort == "WMO301" && ids.Contains(b.ToewijzingId))).Should().Be(8, "each toewijzing sent its own 301");
    }

    [Fact]
    public async Task DEV_Art4_3_the_nightly_run_deems_an_unrefused_toewijzing_accepted_and_shows_it_on_the_timeline()
    {
        var (client, contract) = DeventerLinde(8);
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var beschikking = await consulent.BeschikkingAsync(client, Vandaag, Vandaag.AddMonths(6));
        var response = await IssueAsync(consulent, client, contract, beschikking);
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        Status(id, "MR-01").Should().Be(VerplichtingStatus.Open);
        Status(id, "OP090").Should().Be(VerplichtingStatus.Voldaan, "the platform answered the 301 with its 302 at once (OP090)");

        using (var scope = factory.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<RecalculationRunner>().ExecuteAsync(RecalculationRunner.Nacht, Vandaag.AddDays(10)))
                .Uitgevoerd.Should().BeTrue();

        Status(id, "MR-01").Should().Be(VerplichtingStatus.Verlopen, "a right is not 'te laat'");
        factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == id).Status).Should().Be(ToewijzingStatus.Geaccepteerd);
        var gevolg = factory.WithDb(db => db.Gebeurtenissen.Single(g => g.ToewijzingId == id && g.Soort == KetenGebeurtenis.AanvaardVanRechtswege));
        gevolg.Toelichting.Should().Contain("DEV-Art4.3");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        (await aanbieder.GetStringAsync($"/Toewijzingen/Details/{id}")).Should().Contain("geldt als aanvaard");
    }

    [Fact]
    public async Task The_nightly_run_runs_once_and_a_crashed_run_resumes_after_its_last_batch()
    {
        var peildatum = Vandaag.AddDays(3);
        var sleutels = factory.WithDb(db => db.Gebeurtenissen.Select(g => new { g.ContractId, g.OnderwerpSoort, g.OnderwerpId }).Distinct().ToList())
            .Select(p => new Partition(p.ContractId, p.OnderwerpSoort, p.OnderwerpId).Sleutel).Order(StringComparer.Ordinal).ToList();
        var gedaan = sleutels[sleutels.Count / 2];
        // A run that crashed halfway: its lease expired, its resume point is stored.
        using (var db = factory.NewDbContext())
        {
            db.Set<RecalculationRun>().Add(new RecalculationRun
            {
                Soort = RecalculationRunner.Alles, Peildatum = peildatum, Gestart = factory.Tijd.GetUtcNow().AddMinutes(-30), Eigenaar = "gecrasht",
                LeaseTot = factory.Tijd.GetUtcNow().AddMinutes(-20), Positie = gedaan, Onderwerpen = sleutels.Count / 2 + 1,
            });
            db.SaveChanges();
        }
        using var a = factory.Services.CreateScope();
        var uitkomst = await a.ServiceProvider.GetRequiredService<RecalculationRunner>().ExecuteAsync(RecalculationRunner.Alles, peildatum);
        uitkomst.Uitgevoerd.Should().BeTrue(uitkomst.Melding);
        uitkomst.Onderwerpen.Should().Be(sleutels.Count, "the run resumed after its last finished batch: the rest was processed, the first half not again");
        using var b = factory.Services.CreateScope();
        (await b.ServiceProvider.GetRequiredService<RecalculationRunner>().ExecuteAsync(RecalculationRunner.Alles, peildatum))
            .Uitgevoerd.Should().BeFalse("the run finished: a second instance does nothing");
        factory.WithDb(db => db.Set<RecalculationRun>().Single(r => r.Soort == RecalculationRunner.Alles && r.Peildatum == peildatum).Voltooid).Should().NotBeNull();
    }

    [Fact]
    public async Task Two_instances_start_the_same_nightly_run_and_only_one_does_the_work()
    {
        var peildatum = Vandaag.AddDays(4);
        using var a = factory.Services.CreateScope();
        using var b = factory.Services.CreateScope();
        var uitkomsten = await Task.WhenAll(
            a.ServiceProvider.GetRequiredService<RecalculationRunner>().ExecuteAsync(RecalculationRunner.Nacht, peildatum),
            b.ServiceProvider.GetRequiredService<RecalculationRunner>().ExecuteAsync(RecalculationRunner.Nacht, peildatum));
        uitkomsten.Count(u => u.Uitgevoerd).Should().Be(1, uitkomsten[0].Melding + " / " + uitkomsten[1].Melding);
    }

    private VerplichtingStatus Status(Guid toewijzing, string regel) =>
        factory.WithDb(db => db.Verplichtingen.Single(v => v.ToewijzingId == toewijzing && v.RegelId == regel).Status);
}

/// <summary>A step is one transaction: a failure while storing its obligations leaves nothing of it behind.</summary>
public sealed class AtomicStapTests(AtomicStapTests.FalendeFactory factory) : IClassFixture<AtomicStapTests.FalendeFactory>
{
    /// <summary>The app with a save interceptor that fails as soon as obligations are being stored — after the step, its
    /// events and its message were already saved within the transaction.</summary>
    public sealed class FalendeFactory : MaatwerkFactory
    {
        public bool Falen { get; set; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(new Interrupter(this)));
        }

        private sealed class Interrupter(FalendeFactory factory) : SaveChangesInterceptor
        {
            public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
            {
                if (factory.Falen && eventData.Context!.ChangeTracker.Entries<VastgelegdeVerplichting>().Any(e => e.State == EntityState.Added))
                    throw new InvalidOperationException("Ingebouwde storing na de stap");
                return base.SavingChangesAsync(eventData, result, ct);
            }
        }
    }

    [Fact]
    public async Task A_failure_after_the_step_leaves_no_toewijzing_message_event_audit_row_or_number_behind()
    {
        var (client, contract) = factory.WithDb(db =>
        {
            var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
            var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
            return (db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Bsn).First().Id,
                db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id);
        });
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var vandaag = factory.Vandaag;
        var beschikking = await consulent.BeschikkingAsync(client, vandaag, vandaag.AddMonths(6));
        var voor = Counts();
        factory.Falen = true;
        try
        {
            var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
            {
                ClientId = client, ContractId = contract, Productcode = "PO-B", Ingangsdatum = vandaag.ToString("yyyy-MM-dd"),
                Einddatum = vandaag.AddMonths(6).ToString("yyyy-MM-dd"), Volume = 120, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
            });
            response.StatusCode.Should().Be(HttpStatusCode.InternalServerError, await response.Content.ReadAsStringAsync());
        }
        finally
        {
            factory.Falen = false;
        }
        Counts().Should().Be(voor);
    }

    private (int Toewijzingen, int Berichten, int Gebeurtenissen, int Audit, long Teller) Counts() => factory.WithDb(db => (
        db.Toewijzingen.Count(), db.Berichten.Count(), db.Gebeurtenissen.Count(),
        db.AuditRegels.Count(a => a.Actie != "lezen"), db.Set<Infrastructure.Toewijzingen.NumberSequence>().Sum(n => (long?)n.Waarde) ?? 0));
}
