using Maatwerk.Domain.Beschikkingen;
using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>Replays the care chain of a demo toewijzing through the toewijzing's own steps, on the days they happened:
/// the 301 from the gemeente, acceptance or refusal, contact, start (305), plan and stop (307), each with the events the
/// platform registers and the real iWmo message answered by the receiving side. Each message is judged against the
/// state stored before it (start after 301, stop after start), so every step is saved before the next.</summary>
public sealed class DemoKeten(MaatwerkDbContext db, ContractProfileCatalog catalogus, TimeProvider klok)
{
    private readonly BerichtenService _berichten = new(db, klok, catalogus);
    private readonly DateOnly vandaag = Amsterdam.Today(klok);

    /// <summary>Where the demo toewijzing should end up.</summary>
    public enum Einde { Verzonden, Geaccepteerd, Afgewezen, Gestart, Gestopt }

    public Toewijzing Play(NewToewijzing nieuw, Client client, Organisatie gemeente, Organisatie aanbieder, Einde einde, Random random)
    {
        var (t, uitkomst) = Toewijzing.Issue(nieuw);
        if (t is null)
            throw new InvalidOperationException("Demotoewijzing ongeldig: " + string.Join(" ", uitkomst.Fouten.Select(f => f.Message)));
        db.Toewijzingen.Add(t);
        var contract = nieuw.Contract;
        Register(t, contract, uitkomst, t.Toewijzingsdatum, 9, bekendOp: t.Toewijzingsdatum);
        var bericht = Send(BerichtBuilder.Toewijzing301(Parties(gemeente, aanbieder, t.Toewijzingsdatum), client, t, new TimeOnly(9, 0)), gemeente, aanbieder, t, client);
        if (bericht.RetourXml is not null)
            Add(t, contract, KetenGebeurtenis.RetourVerzonden, t.Toewijzingsdatum, 9, $"{bericht.RetourSoort} op {bericht.Soort} {bericht.Identificatie}");
        db.SaveChanges();
        var context = new StapContext(vandaag) { Profiel = nieuw.Profiel };
        var dag = t.Toewijzingsdatum;
        if (random.Next(3) > 0 && dag.AddDays(2) <= vandaag && einde != Einde.Afgewezen)
            Stap(t, contract, Zorgstap.Contact, new StapInput { Datum = dag.AddDays(random.Next(1, 6)) }, context, 14);
        switch (einde)
        {
            case Einde.Geaccepteerd:
                Stap(t, contract, Zorgstap.Accepteren, new StapInput { Datum = Min(dag.AddDays(1), vandaag) }, context, 10);
                break;
            case Einde.Afgewezen:
                Stap(t, contract, Zorgstap.WeigeringAanvragen, new StapInput { Datum = dag, Reden = "Geen begeleider met de vereiste deskundigheid beschikbaar in de regio van de cliënt." }, context, 11);
                Stap(t, contract, Zorgstap.WeigeringBeoordelen, new StapInput { Datum = Min(dag.AddDays(2), vandaag), Akkoord = true }, context, 11);
                break;
            case Einde.Gestart or Einde.Gestopt:
                var start = Max(t.Ingangsdatum.AddDays(random.Next(0, 5)), t.Ingangsdatum);
                Stap(t, contract, Zorgstap.Start, new StapInput { Datum = start }, context, 9);
                Send(BerichtBuilder.Start305(Parties(aanbieder, gemeente, start), client, t), aanbieder, gemeente, t, client);
                db.SaveChanges();
                if (random.Next(2) == 0 && start.AddDays(30) <= vandaag)
                    Add(t, contract, KetenGebeurtenis.PlanOvereengekomen, start.AddDays(random.Next(10, 30)), 10, "Plan overeengekomen met de cliënt");
                if (einde == Einde.Gestopt && start.AddDays(31) < vandaag)
                {
                    var stop = start.AddDays(random.Next(30, Math.Min(90, vandaag.DayNumber - start.DayNumber)));
                    Stap(t, contract, Zorgstap.Stop, new StapInput { Datum = stop, Reden = "19", LeveringOpStopdatum = true }, context, 16);
                    Send(BerichtBuilder.Stop307(Parties(aanbieder, gemeente, stop), client, t), aanbieder, gemeente, t, client);
                }
                break;
        }
        db.SaveChanges();
        return t;
    }

    private void Stap(Toewijzing t, Contract contract, Zorgstap stap, StapInput invoer, StapContext context, int uur)
    {
        var uitkomst = t.Execute(stap, invoer, context);
        if (!uitkomst.IsGelukt)
            throw new InvalidOperationException($"Demostap {stap} op {t.ToewijzingNummer}: " + string.Join(" ", uitkomst.Fouten.Select(f => f.Message)));
        Register(t, contract, uitkomst, invoer.Datum, uur);
    }

    private void Register(Toewijzing t, Contract contract, StapOutcome uitkomst, DateOnly dag, int uur, DateOnly? bekendOp = null)
    {
        foreach (var feit in uitkomst.Feiten)
            Add(t, contract, feit.Soort, feit.Datum, uur, feit.Toelichting, feit.Datum > dag ? bekendOp ?? dag : null);
    }

    private void Add(Toewijzing t, Contract contract, string soort, DateOnly datum, int uur, string? toelichting, DateOnly? bekendOp = null)
    {
        if (catalogus.Find(contract.ProfielId, contract.ProfielVersie) is { } profiel && profiel.Ignores(soort))
            return;
        // A demo step is entered as a date, as on a past day in the app: the hour only orders a day's steps.
        var moment = Amsterdam.ToUtc(datum.ToDateTime(new TimeOnly(uur, 0)));
        db.Gebeurtenissen.Add(new ContractGebeurtenis
        {
            ContractId = contract.Id, ClientId = t.ClientId, ToewijzingId = t.Id, Soort = soort, Spoed = t.Spoed, ProductCode = t.Productcode,
            Moment = moment, AlleenDatum = true, Toelichting = toelichting, GeregistreerdDoor = "demodata",
            GeregistreerdOp = bekendOp is { } b ? Amsterdam.ToUtc(b.ToDateTime(new TimeOnly(uur, 0))) : moment,
        });
    }

    private Domain.Berichten.Bericht Send(IWmo.Berichten.BerichtElement bericht, Organisatie van, Organisatie naar, Toewijzing t, Client client) =>
        _berichten.Send(bericht, van, naar, t.Id, client.Id);

    private static BerichtBuilder.Parties Parties(Organisatie van, Organisatie naar, DateOnly dag) =>
        new((van.Gemeentecode ?? van.AgbCode)!, (naar.Gemeentecode ?? naar.AgbCode)!, BerichtenService.NewIdentificatie(), dag);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>A decision the demo toewijzing carries out: the period of the toewijzing, decided the day before it.</summary>
    public static Beschikking Beschikking(Guid clientId, string nummer, DateOnly toewijzingsdatum, DateOnly ingang, DateOnly einde, string product, int volume, string eenheid) => new()
    {
        ClientId = clientId, Nummer = $"B-{nummer}", Besluitdatum = toewijzingsdatum.AddDays(-1), Ingangsdatum = ingang, Einddatum = einde,
        Omschrijving = $"Maatwerkondersteuning {product} ({volume} {(eenheid == "04" ? "uur" : "minuten")} per week)",
    };
}
