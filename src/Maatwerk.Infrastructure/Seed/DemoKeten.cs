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
public sealed class DemoKeten(MaatwerkDbContext db, ProfielCatalogus catalogus, TimeProvider klok)
{
    private readonly BerichtenService _berichten = new(db, klok, catalogus);
    private readonly DateOnly vandaag = Amsterdam.Vandaag(klok);

    /// <summary>Where the demo toewijzing should end up.</summary>
    public enum Einde { Verzonden, Geaccepteerd, Afgewezen, Gestart, Gestopt }

    public Toewijzing Speel(NieuweToewijzing nieuw, Client client, Organisatie gemeente, Organisatie aanbieder, Einde einde, Random random)
    {
        var (t, uitkomst) = Toewijzing.Geef(nieuw);
        if (t is null)
            throw new InvalidOperationException("Demotoewijzing ongeldig: " + string.Join(" ", uitkomst.Fouten.Select(f => f.Message)));
        db.Toewijzingen.Add(t);
        var contract = nieuw.Contract;
        Registreer(t, contract, uitkomst, t.Toewijzingsdatum, 9, bekendOp: t.Toewijzingsdatum);
        var bericht = Verzend(BerichtOpbouw.Toewijzing301(Partijen(gemeente, aanbieder, t.Toewijzingsdatum), client, t, new TimeOnly(9, 0)), gemeente, aanbieder, t, client);
        if (bericht.RetourXml is not null)
            Voeg(t, contract, KetenGebeurtenis.RetourVerzonden, t.Toewijzingsdatum, 9, $"{bericht.RetourSoort} op {bericht.Soort} {bericht.Identificatie}");
        db.SaveChanges();
        var context = new StapContext(vandaag) { Profiel = nieuw.Profiel };
        var dag = t.Toewijzingsdatum;
        if (random.Next(3) > 0 && dag.AddDays(2) <= vandaag && einde != Einde.Afgewezen)
            Stap(t, contract, Zorgstap.Contact, new StapInvoer { Datum = dag.AddDays(random.Next(1, 6)) }, context, 14);
        switch (einde)
        {
            case Einde.Geaccepteerd:
                Stap(t, contract, Zorgstap.Accepteren, new StapInvoer { Datum = Min(dag.AddDays(1), vandaag) }, context, 10);
                break;
            case Einde.Afgewezen:
                Stap(t, contract, Zorgstap.WeigeringAanvragen, new StapInvoer { Datum = dag, Reden = "Geen begeleider met de vereiste deskundigheid beschikbaar in de regio van de cliënt." }, context, 11);
                Stap(t, contract, Zorgstap.WeigeringBeoordelen, new StapInvoer { Datum = Min(dag.AddDays(2), vandaag), Akkoord = true }, context, 11);
                break;
            case Einde.Gestart or Einde.Gestopt:
                var start = Max(t.Ingangsdatum.AddDays(random.Next(0, 5)), t.Ingangsdatum);
                Stap(t, contract, Zorgstap.Start, new StapInvoer { Datum = start }, context, 9);
                Verzend(BerichtOpbouw.Start305(Partijen(aanbieder, gemeente, start), client, t), aanbieder, gemeente, t, client);
                db.SaveChanges();
                if (random.Next(2) == 0 && start.AddDays(30) <= vandaag)
                    Voeg(t, contract, KetenGebeurtenis.PlanOvereengekomen, start.AddDays(random.Next(10, 30)), 10, "Plan overeengekomen met de cliënt");
                if (einde == Einde.Gestopt && start.AddDays(31) < vandaag)
                {
                    var stop = start.AddDays(random.Next(30, Math.Min(90, vandaag.DayNumber - start.DayNumber)));
                    Stap(t, contract, Zorgstap.Stop, new StapInvoer { Datum = stop, Reden = "19", LeveringOpStopdatum = true }, context, 16);
                    Verzend(BerichtOpbouw.Stop307(Partijen(aanbieder, gemeente, stop), client, t), aanbieder, gemeente, t, client);
                }
                break;
        }
        db.SaveChanges();
        return t;
    }

    private void Stap(Toewijzing t, Contract contract, Zorgstap stap, StapInvoer invoer, StapContext context, int uur)
    {
        var uitkomst = t.Voer(stap, invoer, context);
        if (!uitkomst.IsGelukt)
            throw new InvalidOperationException($"Demostap {stap} op {t.ToewijzingNummer}: " + string.Join(" ", uitkomst.Fouten.Select(f => f.Message)));
        Registreer(t, contract, uitkomst, invoer.Datum, uur);
    }

    private void Registreer(Toewijzing t, Contract contract, StapUitkomst uitkomst, DateOnly dag, int uur, DateOnly? bekendOp = null)
    {
        foreach (var feit in uitkomst.Feiten)
            Voeg(t, contract, feit.Soort, feit.Datum, uur, feit.Toelichting, feit.Datum > dag ? bekendOp ?? dag : null);
    }

    private void Voeg(Toewijzing t, Contract contract, string soort, DateOnly datum, int uur, string? toelichting, DateOnly? bekendOp = null)
    {
        if (catalogus.Zoek(contract.ProfielId, contract.ProfielVersie) is { } profiel && profiel.Negeert(soort))
            return;
        var moment = Amsterdam.NaarUtc(datum.ToDateTime(new TimeOnly(uur, 0)));
        db.Gebeurtenissen.Add(new ContractGebeurtenis
        {
            ContractId = contract.Id, ClientId = t.ClientId, ToewijzingId = t.Id, Soort = soort, Spoed = t.Spoed, ProductCode = t.Productcode,
            Moment = moment, Toelichting = toelichting, GeregistreerdDoor = "demodata",
            GeregistreerdOp = bekendOp is { } b ? Amsterdam.NaarUtc(b.ToDateTime(new TimeOnly(uur, 0))) : moment,
        });
    }

    private Domain.Berichten.Bericht Verzend(IWmo.Berichten.BerichtElement bericht, Organisatie van, Organisatie naar, Toewijzing t, Client client) =>
        _berichten.Verzend(bericht, van, naar, t.Id, client.Id);

    private static BerichtOpbouw.Partijen Partijen(Organisatie van, Organisatie naar, DateOnly dag) =>
        new((van.Gemeentecode ?? van.AgbCode)!, (naar.Gemeentecode ?? naar.AgbCode)!, BerichtenService.NieuweIdentificatie(), dag);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>A decision the demo toewijzing carries out: the period of the toewijzing, decided the day before it.</summary>
    public static Beschikking Beschikking(Guid clientId, string nummer, DateOnly toewijzingsdatum, DateOnly ingang, DateOnly einde, string product, int volume, string eenheid) => new()
    {
        ClientId = clientId, Nummer = $"B-{nummer}", Besluitdatum = toewijzingsdatum.AddDays(-1), Ingangsdatum = ingang, Einddatum = einde,
        Omschrijving = $"Maatwerkondersteuning {product} ({volume} {(eenheid == "04" ? "uur" : "minuten")} per week)",
    };
}
