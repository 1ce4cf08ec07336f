using Maatwerk.Cli.Demo;
using Maatwerk.Cli.Verplichtingen;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Cli.Tests.Verplichtingen;

/// <summary>`maatwerk verplichtingen herbereken` (issue 9): the on-demand run of the batched, resumable re-evaluation,
/// on a generated caseload, on SQLite and PostgreSQL, with the clock pinned at the suites' moment.</summary>
public sealed class HerberekenCommandTests
{
    private static TimeProvider Klok() => Infrastructure.Common.Clock.Create(TestClock.KlokVast);

    private static async Task<(int Code, string Uit, string Fout)> HerberekenAsync(TestDatabase database, string soort, bool opnieuw = false)
    {
        var (uit, fout) = (new StringWriter(), new StringWriter());
        var code = await new VerplichtingenModule(Klok).ExecuteAsync(soort, opnieuw, database.Options.Provider, database.Options.ConnectionString, uit, fout);
        return (code, uit.ToString(), fout.ToString());
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_full_run_computes_every_obligation_once_and_a_second_run_changes_nothing(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var (uit, fout) = (new StringWriter(), new StringWriter());
        (await new DemoModule(Klok).ExecuteAsync(60, database.Options.Provider, database.Options.ConnectionString, 7, false, uit, fout)).Should().Be(0, fout.ToString());

        var eerste = await HerberekenAsync(database, "alles");
        eerste.Code.Should().Be(0, eerste.Fout);
        eerste.Uit.Should().Contain("Herberekening 'alles' op 10-11-2026").And.Contain("onderwerpen herberekend");
        await using (var db = DatabaseSetup.CreateContext(database.Options, klok: Klok()))
        {
            var verplichtingen = await db.Verplichtingen.CountAsync();
            verplichtingen.Should().BeGreaterThan(100, "sixty clients with two years of chain events have many obligations");
            eerste.Uit.Should().Contain($"{verplichtingen} verplichtingen gewijzigd", "every obligation was new");
        }

        var nogmaals = await HerberekenAsync(database, "alles");
        nogmaals.Code.Should().Be(VerplichtingenModule.NietUitgevoerd);
        nogmaals.Uit.Should().Contain("al uitgevoerd of loopt elders");

        var opnieuw = await HerberekenAsync(database, "alles", opnieuw: true);
        opnieuw.Code.Should().Be(0, opnieuw.Fout);
        opnieuw.Uit.Should().Contain(" 0 verplichtingen gewijzigd", "evaluating the same events on the same day gives the same obligations");

        var nacht = await HerberekenAsync(database, "nacht");
        nacht.Code.Should().Be(0, nacht.Fout);
        nacht.Uit.Should().Contain(" 0 verplichtingen gewijzigd", "the nightly run of the same day finds nothing new after the full run");
    }

    [Fact]
    public async Task An_unknown_kind_or_provider_is_refused_with_the_option_named()
    {
        using var database = TestDatabase.Create("sqlite");
        var soort = await HerberekenAsync(database, "weekend");
        (soort.Code, soort.Fout.Trim()).Should().Be((VerplichtingenModule.OngeldigeInvoer, "--soort 'weekend' bestaat niet: kies nacht of alles."));

        var (uit, fout) = (new StringWriter(), new StringWriter());
        var code = await new VerplichtingenModule(Klok).ExecuteAsync("nacht", false, "Oracle", null, uit, fout);
        (code, fout.ToString().Trim()).Should().Be((VerplichtingenModule.OngeldigeInvoer, "Onbekende provider 'Oracle': kies Sqlite of Postgres."));
    }
}
