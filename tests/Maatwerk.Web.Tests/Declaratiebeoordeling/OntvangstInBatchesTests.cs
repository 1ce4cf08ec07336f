using System.Net;
using System.Xml.Linq;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Tests.Declaraties;
using Maatwerk.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Maatwerk.Web.Tests.Declaratiebeoordeling;

/// <summary>Issue 12 (performance): the receipt of a 323 writes its lines in batches (binary COPY on PostgreSQL, multi-row
/// INSERTs on SQLite) inside the receipt's own transaction. It stays all or nothing — a failure after the batches were
/// written leaves no line and no declaration — and idempotent: the same Bericht or BerichtIdentificatie again gives the same
/// declaration with the same lines, however the batches fell.</summary>
public sealed class OntvangstInBatchesTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public async Task A_failure_after_the_batches_were_written_leaves_nothing_and_a_second_receipt_gives_the_same_declaration()
    {
        var (berichtId, referenties) = await factory.StoredAsync(4, "2026-10", "2026-10-06", "2026-10-13");
        referenties.Should().HaveCountGreaterThan(1, "one line per batch needs several lines to show the batches");

        var storing = new StoringNaDeRegels();
        var mislukt = () => factory.RegisterAsync(berichtId, batch: 1, storing);
        await mislukt.Should().ThrowAsync<InvalidOperationException>().WithMessage("Storing op proef*");
        storing.Geschreven.Should().Be(referenties.Count, "every batch was written in the transaction before the failure");
        factory.WithDb(db => db.Set<OntvangenDeclaratie>().Count(d => d.BerichtId == berichtId)).Should().Be(0);
        factory.WithDb(db => db.Set<OntvangenPrestatie>().Count(p => referenties.Contains(p.ReferentieNummer))).Should().Be(0);

        var eerste = await factory.RegisterAsync(berichtId, batch: 1);
        var tweede = await factory.RegisterAsync(berichtId, batch: 2);
        eerste.Should().NotBeNull();
        tweede!.Id.Should().Be(eerste!.Id);
        var regels = factory.WithDb(db => db.Set<OntvangenPrestatie>().Where(p => p.DeclaratieId == eerste.Id).OrderBy(p => p.Volgnummer).ToList());
        regels.Select(r => r.ReferentieNummer).Should().BeEquivalentTo(referenties);
        regels.Select(r => r.Volgnummer).Should().Equal(Enumerable.Range(1, referenties.Count));
        regels.Should().OnlyContain(r => r.ReadChecks().Count > 0, "each line is stored with its checks");
        factory.WithDb(db => db.Set<OntvangenDeclaratie>().Single(d => d.Id == eerste.Id).Regels).Should().Be(referenties.Count);
    }

    [Fact]
    public async Task The_same_323_posted_twice_from_the_providers_own_system_is_one_declaration_with_its_lines_once()
    {
        await BeoordelingFlow.ToewijzingAsync(factory, 6, new DateOnly(2026, 10, 1), "2026-10-08", "2026-10-15");
        var deventer = factory.Gemeente("0150");
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        var beoordelaar = await factory.LoggedInAsync("declaraties@deventer.demo");
        var xml = await linde.GetStringAsync($"/api/declaraties/xml?maand=2026-10-01&gemeenteId={deventer}");
        for (var i = 0; i < 2; i++)
        {
            var response = await beoordelaar.PostAsync("/api/iwmo/berichten", new StringContent(xml, System.Text.Encoding.UTF8, "application/xml"));
            response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        }
        var identificatie = XDocument.Parse(xml).Descendants().First(e => e.Name.LocalName == "Identificatie").Value;
        var declaratie = factory.WithDb(db => db.Set<OntvangenDeclaratie>().Single(d => d.Identificatie == identificatie));
        var aantal = XDocument.Parse(xml).Descendants().Count(e => e.Name.LocalName == "Prestatie");
        factory.WithDb(db => db.Set<OntvangenPrestatie>().Count(p => p.DeclaratieId == declaratie.Id)).Should().Be(aantal);
    }

    [Fact]
    public async Task A_batch_that_fails_while_the_reader_checks_the_next_stops_the_receipt_and_leaves_nothing()
    {
        var (berichtId, referenties) = await factory.StoredAsync(8, "2026-10", "2026-10-06", "2026-10-13");
        referenties.Should().HaveCountGreaterThan(2, "the second line fails while later lines are still being read");

        // The database refuses the second line: its batch fails in the writer while the reader is already past it.
        factory.WithDb(db => db.Database.ExecuteSqlRaw(db.Database.IsNpgsql() ? StoringPostgres : StoringSqlite));
        try
        {
            var mislukt = () => factory.RegisterAsync(berichtId, batch: 1);
            (await mislukt.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("Storing op proef");
        }
        finally
        {
            factory.WithDb(db => db.Database.ExecuteSqlRaw(db.Database.IsNpgsql() ? "DROP TRIGGER storing_op_proef ON ontvangen_prestaties" : "DROP TRIGGER storing_op_proef"));
        }
        factory.WithDb(db => db.Set<OntvangenDeclaratie>().Count(d => d.BerichtId == berichtId)).Should().Be(0);
        factory.WithDb(db => db.Set<OntvangenPrestatie>().Count(p => referenties.Contains(p.ReferentieNummer))).Should().Be(0, "the line written before the failure went with the transaction");

        var declaratie = await factory.RegisterAsync(berichtId, batch: 1);
        factory.WithDb(db => db.Set<OntvangenPrestatie>().Where(p => p.DeclaratieId == declaratie!.Id).OrderBy(p => p.Volgnummer).Select(p => p.ReferentieNummer).ToList())
            .Should().Equal(referenties, "the receipt runs whole once the database accepts the lines");
    }

    [Fact]
    public async Task The_stored_323_read_from_the_database_gives_the_same_declaration_as_the_323_in_memory()
    {
        // Issue 12 (ontvangst5): with a finding of the library on the second line (TR319, 9319, not technical: its ProductPeriode
        // lies after the DeclaratiePeriode), which the receipt adds to that line's checks by its stored path after the batches.
        var (berichtId, referenties) = await factory.StoredAsync(10, "2026-10", document =>
        {
            var periode = document.Descendants().Where(e => e.Name.LocalName == "ProductPeriode").ElementAt(1).Elements().ToList();
            (periode.Single(e => e.Name.LocalName == "Begindatum").Value, periode.Single(e => e.Name.LocalName == "Einddatum").Value) = ("2026-11-02", "2026-11-03");
        }, "2026-10-06", "2026-10-13");
        var inGeheugen = await factory.RegisterAsync(berichtId, batch: 1, inGeheugen: true);
        var uitGeheugen = Snapshot(inGeheugen!.Id);
        Undo(inGeheugen.Id); // so the second receipt registers anew from the stored column

        var opgeslagen = await factory.RegisterAsync(berichtId, batch: 1);

        opgeslagen!.Id.Should().NotBe(inGeheugen.Id);
        (opgeslagen.DeclaratieNummer, opgeslagen.PeriodeBegin, opgeslagen.TotaalIngediend, opgeslagen.Regels)
            .Should().Be((inGeheugen.DeclaratieNummer, inGeheugen.PeriodeBegin, inGeheugen.TotaalIngediend, inGeheugen.Regels));
        Snapshot(opgeslagen.Id).Should().Equal(uitGeheugen);
        uitGeheugen.Should().HaveCount(referenties.Count);
        var regels = factory.WithDb(db => db.Set<OntvangenPrestatie>().Where(p => p.DeclaratieId == opgeslagen.Id).OrderBy(p => p.Volgnummer).ToList());
        regels.Where(r => r.ReadChecks().Any(c => c.Regel == "TR319")).Select(r => r.Volgnummer).Should().Equal(2);
        var tr319 = regels[1].ReadChecks().Single(c => c.Regel == "TR319");
        (tr319.Outcome, tr319.Retourcode).Should().Be((CheckOutcome.Rejected, "9319"));
        tr319.Melding.Should().Contain("na de DeclaratiePeriode");
        regels[1].ReadChecks().Should().Contain(c => c.Regel == "TR338", "the line's own checks stay");
        factory.WithDb(db => db.Berichten.Single(b => b.Id == berichtId).Xml).Should().Contain("<", "the stored XML is untouched by the receipt's save");
    }

    [Fact]
    public async Task The_index_of_the_toewijzingen_the_323_names_gives_the_same_checks_as_the_index_of_all_of_them()
    {
        // A line on another aanbieder's toewijzing for a Deventer resident, and one on a number that does not exist.
        var (vreemd, totaal) = factory.WithDb(db =>
        {
            var gemeente = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
            var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
            return ((from t in db.Toewijzingen join c in db.Contracten on t.ContractId equals c.Id join cl in db.Clienten on t.ClientId equals cl.Id
                     where c.AanbiederId != linde && cl.GemeenteId == gemeente select t.ToewijzingNummer).First(),
                (from t in db.Toewijzingen join c in db.Contracten on t.ContractId equals c.Id join cl in db.Clienten on t.ClientId equals cl.Id
                 where c.AanbiederId == linde && cl.GemeenteId == gemeente select t.Id).Count());
        });
        await BeoordelingFlow.ToewijzingAsync(factory, 14, new DateOnly(2026, 9, 1), "2026-09-08"); // a third client: a line that stays as it was
        var (berichtId, referenties) = await factory.StoredAsync(12, "2026-09", document =>
        {
            var nummers = document.Descendants().Where(e => e.Name.LocalName == "ToewijzingNummer").ToList();
            (nummers[0].Value, nummers[^1].Value) = (vreemd, "99999999");
        }, "2026-09-08", "2026-09-15");
        referenties.Should().HaveCountGreaterThan(2);
        totaal.Should().BeGreaterThan(2, "De Linde has more toewijzingen in Deventer than the message names, so the index is narrower");

        var regels = await NarrowedAsFullAsync(berichtId);

        regels[0].ReadChecks().Should().Contain(c => c.Regel == "TR338" && c.Outcome == CheckOutcome.Rejected && c.Melding.Contains(vreemd));
        regels[^1].ReadChecks().Should().Contain(c => c.Regel == "TR338" && c.Outcome == CheckOutcome.Rejected && c.Melding.Contains("99999999"));
        regels.Skip(1).SkipLast(1).Should().OnlyContain(r => r.ToewijzingId != null, "the lines on De Linde's own toewijzingen found them");
    }

    [Fact]
    public async Task The_earlier_lines_the_323_can_be_checked_against_give_the_same_checks_as_the_whole_history()
    {
        // Issue 12 (ontvangst4): the narrowed index loads only the earlier lines of the named toewijzingen and references.
        // Earlier lines on other toewijzingen that still decide a check: a reused reference (TR314), the credit of a debit of
        // a named toewijzing (TR389 passes), a debit and its credit named by the message's credit line (TR323, TR390).
        var sleutels = new List<(string Toewijzing, string Categorie, string Code, string Begin, string Einde)>();
        foreach (var client in new[] { 0, 1 }) // four clients, one line each
            await BeoordelingFlow.ToewijzingAsync(factory, client, new DateOnly(2026, 8, 1), "2026-08-04", "2026-08-11");
        var (berichtId, referenties) = await factory.StoredAsync(2, "2026-08", document =>
        {
            var prestaties = document.Descendants().Where(e => e.Name.LocalName == "Prestatie").ToList();
            string Waarde(XElement p, string naam) => p.Descendants().First(e => e.Name.LocalName == naam).Value;
            sleutels.AddRange(prestaties.Select(p => (Waarde(p, "ToewijzingNummer"), Waarde(p, "ProductCategorie"), Waarde(p, "ProductCode"),
                Waarde(p, "Begindatum"), Waarde(p, "Einddatum"))));
            var credit = prestaties[3];
            var referentie = credit.Descendants().First(e => e.Name.LocalName == "ReferentieNummer");
            referentie.AddAfterSelf(new XElement(referentie.Name.Namespace + "VorigReferentieNummer", "EERDER390"));
            credit.Descendants().Last(e => e.Name.LocalName == "DebetCredit").Value = "C";
            var totaal = document.Descendants().First(e => e.Name.LocalName == "TotaalBedrag");
            totaal.Value = (long.Parse(totaal.Value) - 2 * long.Parse(credit.Descendants().Last(e => e.Name.LocalName == "Bedrag").Value)).ToString();
        }, "2026-08-04", "2026-08-11");
        referenties.Should().HaveCount(4);
        factory.WithDb(db =>
        {
            var bericht = db.Berichten.Single(b => b.Id == berichtId);
            var eerder = new OntvangenDeclaratie { BerichtId = Guid.NewGuid(), GemeenteId = factory.Gemeente("0150"), Afzender = bericht.Afzender,
                Identificatie = "EERDER-1", DeclaratieNummer = "EERDER-1", PeriodeBegin = new DateOnly(2026, 7, 1), PeriodeEinde = new DateOnly(2026, 7, 31) };
            OntvangenPrestatie Regel(int n, string referentie, string toewijzing, (string, string Categorie, string Code, string Begin, string Einde) sleutel,
                string debetCredit = "D", string? vorig = null, Beoordeling beoordeling = Beoordeling.Open) => new()
            {
                DeclaratieId = eerder.Id, Volgnummer = n, Pad = $"/Prestatie[{n}]", Bsn = "999990019", ReferentieNummer = referentie, VorigReferentieNummer = vorig,
                ToewijzingNummer = toewijzing, ProductCategorie = sleutel.Categorie, ProductCode = sleutel.Code, Begindatum = DateOnly.Parse(sleutel.Begin),
                Einddatum = DateOnly.Parse(sleutel.Einde), GeleverdVolume = 1, Eenheid = "01", Bedrag = 100, DebetCredit = debetCredit, Beoordeling = beoordeling,
            };
            db.Add(eerder);
            db.AddRange(
                Regel(1, referenties[0], "ANDERS1", sleutels[0]),                        // TR314: the reference was used before
                Regel(2, "EERDER389", sleutels[1].Toewijzing, sleutels[1]),             // TR389: an uncredited debit of the same key
                Regel(3, "EERDER389B", sleutels[2].Toewijzing, sleutels[2]),            // TR389 passes: this debit was credited ...
                Regel(4, "EERDER389C", "ANDERS2", sleutels[2], "C", "EERDER389B"),     // ... by a credit on another toewijzing
                Regel(5, "EERDER390", "ANDERS3", sleutels[3], beoordeling: Beoordeling.Goedgekeurd), // TR323: an approved debit ...
                Regel(6, "EERDER390C", "ANDERS3", sleutels[3], "C", "EERDER390"));     // ... credited already (TR390)
            return db.SaveChanges();
        });

        var regels = await NarrowedAsFullAsync(berichtId);

        CheckOutcome Uitkomst(int i, string regel) => regels[i].ReadChecks().Single(c => c.Regel == regel).Outcome;
        Uitkomst(0, "TR314").Should().Be(CheckOutcome.Rejected);
        Uitkomst(1, "TR389").Should().Be(CheckOutcome.Rejected);
        Uitkomst(2, "TR389").Should().NotBe(CheckOutcome.Rejected, "its earlier debit was credited by a line on another toewijzing");
        Uitkomst(3, "TR323").Should().NotBe(CheckOutcome.Rejected);
        Uitkomst(3, "TR390").Should().Be(CheckOutcome.Rejected);
    }

    /// <summary>Registers the 323 with the whole index, undoes it, registers it with the narrowed index, and asserts the same
    /// lines and checks; the narrowed receipt's lines.</summary>
    private async Task<List<OntvangenPrestatie>> NarrowedAsFullAsync(Guid berichtId)
    {
        var alle = await factory.RegisterAsync(berichtId, batch: 2, alleToewijzingen: true);
        var volledig = Snapshot(alle!.Id);
        Undo(alle.Id);
        // Named toewijzingen with the whole history (a message naming more than EerdereRegelsSmalTot numbers), then both narrowed.
        var geheleHistorie = await factory.RegisterAsync(berichtId, batch: 2, eerdereRegelsSmalTot: 0);
        Snapshot(geheleHistorie!.Id).Should().Equal(volledig);
        Undo(geheleHistorie.Id);
        var genoemd = await factory.RegisterAsync(berichtId, batch: 2);

        Snapshot(genoemd!.Id).Should().Equal(volledig);
        return factory.WithDb(db => db.Set<OntvangenPrestatie>().Where(p => p.DeclaratieId == genoemd.Id).OrderBy(p => p.Volgnummer).ToList());
    }

    private void Undo(Guid declaratieId) => factory.WithDb(db =>
    {
        db.Set<OntvangenPrestatie>().Where(p => p.DeclaratieId == declaratieId).ExecuteDelete();
        db.Gebeurtenissen.Where(g => g.OnderwerpId == declaratieId).ExecuteDelete();
        db.Verplichtingen.Where(v => v.OnderwerpId == declaratieId).ExecuteDelete();
        return db.Set<OntvangenDeclaratie>().Where(d => d.Id == declaratieId).ExecuteDelete();
    });

    private List<string> Snapshot(Guid declaratieId) => factory.WithDb(db => db.Set<OntvangenPrestatie>().Where(p => p.DeclaratieId == declaratieId)
        .OrderBy(p => p.Volgnummer).AsEnumerable()
        .Select(p => $"{p.Volgnummer} {p.Pad} {p.ReferentieNummer} {p.ToewijzingNummer} {p.ToewijzingId} {p.Bedrag} {p.Beoordeling} {p.Retourcode} {p.Checks}").ToList());

    private const string StoringSqlite = """
        CREATE TRIGGER storing_op_proef BEFORE INSERT ON ontvangen_prestaties WHEN NEW."Volgnummer" = 2
        BEGIN SELECT RAISE(ABORT, 'Storing op proef in de tweede regel'); END;
        """;

    private const string StoringPostgres = """
        CREATE OR REPLACE FUNCTION storing_op_proef() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN IF NEW."Volgnummer" = 2 THEN RAISE EXCEPTION 'Storing op proef in de tweede regel'; END IF; RETURN NEW; END $f$;
        CREATE TRIGGER storing_op_proef BEFORE INSERT ON ontvangen_prestaties FOR EACH ROW EXECUTE FUNCTION storing_op_proef();
        """;

    /// <summary>Fails the unit's save of the new declaration, after counting (in the same transaction) the lines the batches
    /// wrote before it.</summary>
    private sealed class StoringNaDeRegels : SaveChangesInterceptor
    {
        public long Geschreven { get; private set; } = -1;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            var db = eventData.Context!;
            if (!db.ChangeTracker.Entries<OntvangenDeclaratie>().Any(e => e.State == EntityState.Added))
                return result;
            await using var opdracht = db.Database.GetDbConnection().CreateCommand();
            opdracht.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            opdracht.CommandText = "SELECT COUNT(*) FROM ontvangen_prestaties WHERE \"DeclaratieId\" NOT IN (SELECT \"Id\" FROM ontvangen_declaraties)";
            Geschreven = Convert.ToInt64(await opdracht.ExecuteScalarAsync(cancellationToken));
            throw new InvalidOperationException("Storing op proef: het opslaan van de declaratie mislukt nadat de regels zijn geschreven.");
        }
    }
}
