using Maatwerk.Domain.Beschikkingen;
using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.IWmo.Berichten;

namespace Maatwerk.Cli.Demo;

/// <summary>A message to store: the heenbericht as built in the chain, turned into XML with its retour later (in
/// parallel, see <see cref="DemoGenerator"/>).</summary>
internal sealed record BerichtTask(Guid Id, Guid Versie, BerichtSoort Soort, BerichtElement Heen, string RetourIdentificatie, DateOnly Dagtekening,
    Organisatie Van, Organisatie Naar, Guid ToewijzingId, Guid ClientId, DateTimeOffset Ontvangen);

/// <summary>What one batch of clients produced, in the order it is written (parents before children).</summary>
internal sealed class Party
{
    public List<Client> Clienten { get; } = [];
    public List<Beschikking> Beschikkingen { get; } = [];
    public List<Toewijzing> Toewijzingen { get; } = [];
    public List<ContractGebeurtenis> Gebeurtenissen { get; } = [];
    public List<BerichtTask> Berichten { get; } = [];
}

/// <summary>
/// Plays the care chain of generated clients over the last two years, the way the platform records it: the gemeente's
/// beschikking and toewijzing (WMO301), the aanbieder's acceptance, first contact, start (WMO305), plan, evaluations,
/// temporary stops (WMO307 reden 20 and a new 305) and stops with a WMO588 reason (WMO307), and the planned end of the
/// indication. State changes go through the domain's own steps (<see cref="Zorgstappen"/>); every step the contract's
/// profile knows is stored as a <see cref="ContractGebeurtenis"/> for the obligations engine. Deterministic for a seed.
/// </summary>
internal sealed class Keten
{
    private const string Door = "demo-generator";
    private readonly Random _random;
    private readonly DateOnly _vandaag;
    private readonly DateTimeOffset _nu;
    private readonly DateOnly _vanaf;
    private readonly ContractProfileCatalog _catalogus;
    private readonly IReadOnlyDictionary<Guid, Organisatie> _organisaties;
    private readonly IReadOnlySet<string> _bruikbareProducten;
    private int _toewijzingen;
    private int _beschikkingen;
    private long _berichten;

    public Keten(Random random, DateTimeOffset nu, ContractProfileCatalog catalogus, IReadOnlyDictionary<Guid, Organisatie> organisaties,
        IReadOnlySet<string> bruikbareProducten)
    {
        (_random, _catalogus, _organisaties, _bruikbareProducten) = (random, catalogus, organisaties, bruikbareProducten);
        _nu = nu.AddTicks(-(nu.Ticks % TimeSpan.TicksPerMinute)); // whole minutes: the same data for the same seed all that minute
        _vandaag = DateOnly.FromDateTime(Amsterdam.Local(nu));
        _vanaf = _vandaag.AddYears(-2);
    }

    /// <summary>Weights per product code: what a gemeente allocates most (support and household help) and least
    /// (trajects, respite, transport). Codes not listed weigh 1.</summary>
    private static readonly Dictionary<string, int> Gewichten = new()
    {
        ["PO-L"] = 15, ["PO-B"] = 20, ["PO-BP"] = 8, ["OAD-L"] = 6, ["OAD-B"] = 8, ["OAD-BP"] = 3, ["TR-STD"] = 4, ["TR-WC"] = 2,
        ["SH"] = 20, ["RH"] = 6, ["RO"] = 2, ["AD-VV"] = 3, ["AD-VVS"] = 2, ["AD-DO"] = 1,
        ["IB-BASIS"] = 3, ["IB-INTENSIEF"] = 1, ["BSD-MBO4"] = 7, ["BSD-HBO"] = 3,
    };

    /// <summary>WMO588 reasons of a stop before the planned end, with how often they occur.</summary>
    private static readonly (string Code, int Gewicht)[] VroegeStops =
        [("23", 20), ("21", 12), ("22", 5), ("31", 10), ("38", 10), ("39", 18), ("36", 5), ("19", 20)];

    public Guid NewId()
    {
        Span<byte> b = stackalloc byte[16];
        _random.NextBytes(b);
        b[7] = (byte)((b[7] & 0x0F) | 0x40); // version 4
        b[8] = (byte)((b[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(b);
    }

    /// <summary>One client and all their support: one to three toewijzingen under the contracts of their gemeente.</summary>
    public void Client(Party partij, Client client, Organisatie gemeente, IReadOnlyList<Contract> contracten)
    {
        partij.Clienten.Add(client);
        DateOnly? overlijden = _random.Next(100) < 4 ? Day(_vanaf.AddDays(60), _vandaag) : null;
        var grens = overlijden ?? _vandaag;
        var contract = PickContract(contracten);
        var begin = Max(_vanaf, contract.Ingangsdatum.AddDays(7));
        if (begin > grens)
            return;
        var eerste = Traject(partij, client, gemeente, contract, Day(begin, grens), null, grens, overlijden);
        if (eerste.Toewijzing is not { } t)
            return; // an OCO question, not a toewijzing
        if (_random.Next(100) < 25)
        {
            // A second product at the same time, under the same beschikking (e.g. household help next to support).
            var dag = Min(t.Toewijzingsdatum.AddDays(_random.Next(0, 30)), grens);
            if (dag.AddDays(10) <= eerste.Beschikking!.Einddatum)
                Traject(partij, client, gemeente, contract, dag, eerste.Beschikking, grens, overlijden, zonderProduct: t.Productcode);
        }
        // A follow-up when the indication ran out as planned: a new beschikking and toewijzing from the next day.
        if (t.Einddatum is { } einde && einde.AddDays(1) <= grens && overlijden is null && _random.Next(100) < 40
            && t.RedenBeeindiging is null or "19")
            Traject(partij, client, gemeente, contract, Max(t.Toewijzingsdatum, einde.AddDays(-_random.Next(0, 21))), null, grens, overlijden,
                ingang: einde.AddDays(1), product: t.Productcode);
    }

    private Contract PickContract(IReadOnlyList<Contract> contracten)
    {
        // OCO (independent client support) is asked for by fewer clients than the support itself.
        var gewichten = contracten.Select(c => c.ProfielId == "oco" ? 15 : 100 / Math.Max(1, contracten.Count(x => x.ProfielId != "oco"))).ToArray();
        var k = _random.Next(gewichten.Sum());
        for (var i = 0; i < contracten.Count; i++)
        {
            if (k < gewichten[i])
                return contracten[i];
            k -= gewichten[i];
        }
        return contracten[^1];
    }

    /// <summary>A product of the profile by weight; null for a profile without products (OCO: support is reported, not allocated).</summary>
    private Product? PickProduct(ContractProfile profiel, string? zonder)
    {
        var producten = profiel.Producten.Where(p => _bruikbareProducten.Contains(p.Code) && p.Code != zonder).ToList();
        if (producten.Count == 0 && profiel.Producten.Count == 0)
            return null;
        if (producten.Count == 0)
            producten = profiel.Producten.Where(p => _bruikbareProducten.Contains(p.Code)).ToList();
        var k = _random.Next(producten.Sum(p => Gewichten.GetValueOrDefault(p.Code, 1)));
        foreach (var p in producten)
        {
            k -= Gewichten.GetValueOrDefault(p.Code, 1);
            if (k < 0)
                return p;
        }
        return producten[^1];
    }

    private sealed record Result(Toewijzing? Toewijzing, Beschikking? Beschikking);

    private Result Traject(Party partij, Client client, Organisatie gemeente, Contract contract, DateOnly toewijzingsdatum, Beschikking? beschikking,
        DateOnly grens, DateOnly? overlijden, string? zonderProduct = null, DateOnly? ingang = null, string? product = null)
    {
        var profiel = _catalogus.Find(contract.ProfielId, contract.ProfielVersie)
            ?? throw new InvalidOperationException($"Contractprofiel {contract.ProfielId}@{contract.ProfielVersie} ontbreekt.");
        var oco = contract.ProfielId == "oco";
        var p = product is not null && profiel.FindProduct(product) is { } zelfde ? zelfde : PickProduct(profiel, zonderProduct);
        var begin = ingang ?? (beschikking?.Ingangsdatum is { } b && b > toewijzingsdatum ? b : toewijzingsdatum.AddDays(_random.Next(0, 11)));
        begin = Max(begin, contract.Ingangsdatum);
        var maanden = oco ? 3 : contract.ProfielId switch
        {
            "deventer-wmo-2023" => _random.Next(2) == 0 ? 6 : 12,
            "gooi-vechtstreek-bsd" => _random.Next(3) == 0 ? 24 : 12,
            _ => 12,
        };
        var einde = beschikking?.Einddatum ?? begin.AddMonths(maanden).AddDays(-1);
        if (oco || p is null)
        {
            // OCO works without toewijzingen: a resident's question (melding) is its own subject (OCO-3.15, OCO-2.7).
            Melding(partij, client, contract, profiel, toewijzingsdatum, grens);
            return new Result(null, null);
        }
        var omvang = Omvang(p);
        if (beschikking is null)
        {
            beschikking = new Beschikking
            {
                Id = NewId(), Versie = NewId(), ClientId = client.Id, Nummer = $"B{toewijzingsdatum.Year % 100:D2}-{++_beschikkingen:D6}",
                Besluitdatum = Max(_vanaf.AddDays(-30), toewijzingsdatum.AddDays(-_random.Next(0, 11))), Ingangsdatum = begin, Einddatum = einde,
                Omschrijving = $"Maatwerkvoorziening {p.Naam}" + (omvang.Volume is { } v && omvang.Eenheid is { } e ? $" ({v} {ToewijzingCodesText(e)} {FrequencyText(omvang.Frequentie)})" : ""),
            };
            partij.Beschikkingen.Add(beschikking);
        }
        // Issued through the aggregate, as the consulent does on the platform: the same rules, the same events.
        var (t, uitkomst) = Toewijzing.Issue(new NewToewijzing
        {
            Nummer = $"{toewijzingsdatum.Year % 100:D2}{++_toewijzingen:D6}", ClientId = client.Id, Contract = contract, Profiel = profiel,
            Productcode = p.Code, Toewijzingsdatum = toewijzingsdatum, Ingangsdatum = begin, Einddatum = einde, Omvang = omvang,
            Spoed = _random.Next(100) < 3, Beschikking = beschikking,
        });
        if (t is null)
            throw new InvalidOperationException($"Gegenereerde toewijzing ongeldig ({p.Code}): " + string.Join(" ", uitkomst.Fouten.Select(f => f.Message)));
        (t.Id, t.Versie) = (NewId(), NewId());
        partij.Toewijzingen.Add(t);
        Play(partij, client, gemeente, contract, profiel, t, uitkomst, grens, overlijden);
        return new Result(t, beschikking);
    }

    private static string ToewijzingCodesText(string eenheid) =>
        ToewijzingCodes.Eenheden.GetValueOrDefault(eenheid, eenheid).ToLowerInvariant();

    private static string FrequencyText(string? frequentie) => frequentie is null ? "" :
        ToewijzingCodes.Frequenties.GetValueOrDefault(frequentie, frequentie).ToLowerInvariant();

    /// <summary>The omvang the contract's unit asks for: a traject as one unit for the whole period (DEV-B2-Trajectprijs),
    /// minutes or hours per week for support, nights per month for respite.</summary>
    private Omvang Omvang(Product p)
    {
        if (p.VasteOmvang is { } vast)
            return new Omvang(vast.Volume, p.IWmoEenheid, vast.Frequentie);
        return p.IWmoEenheid switch
        {
            "01" => new Omvang(_random.Next(2, 13) * 30, "01", "2"),
            "04" => new Omvang(_random.Next(1, 9), "04", "2"),
            "14" => new Omvang(_random.Next(1, 5), "14", "4"),
            null => new Omvang(null, null, null),
            var e => new Omvang(_random.Next(1, 6), e, "2"),
        };
    }

    /// <summary>The chain of one toewijzing up to <paramref name="grens"/> (today, or the client's death), every step through
    /// the toewijzing's own method; the events are what the step reports (<see cref="StapOutcome.Feiten"/>).</summary>
    private void Play(Party partij, Client client, Organisatie gemeente, Contract contract, ContractProfile profiel, Toewijzing t,
        StapOutcome uitgegeven, DateOnly grens, DateOnly? overlijden)
    {
        var aanbieder = _organisaties[contract.AanbiederId];
        var laatste = DateTimeOffset.MinValue;
        // As from the provider's or gemeente's own systems: no platform form asks for admissions or confirmations.
        var context = new StapContext(_vandaag) { Profiel = profiel, UitBericht = true };
        ContractGebeurtenis Nieuw(string soort, DateTimeOffset moment, DateTimeOffset geregistreerd, string? toelichting, bool alleenDatum = false) => new()
        {
            AlleenDatum = alleenDatum,
            Id = NewId(), Versie = NewId(), ContractId = contract.Id, ClientId = t.ClientId, ToewijzingId = t.Id, OnderwerpSoort = "toewijzing",
            OnderwerpId = t.Id, Soort = soort, Moment = moment, Spoed = t.Spoed, ProductCode = t.Productcode, Toelichting = toelichting,
            GeregistreerdDoor = Door, GeregistreerdOp = geregistreerd,
        };
        // Stores what the step registered (a planned end is known since the step); returns the step's moment.
        DateTimeOffset Registreer(StapOutcome uitkomst, DateOnly dag)
        {
            var moment = Moment(dag, ref laatste);
            foreach (var feit in uitkomst.Feiten.Where(f => !profiel.Ignores(f.Soort)))
                partij.Gebeurtenissen.Add(feit.Datum > dag
                    ? Nieuw(feit.Soort, Amsterdam.StartOf(feit.Datum).AddHours(9), moment, feit.Toelichting, alleenDatum: true)
                    : Nieuw(feit.Soort, moment, moment, feit.Toelichting));
            return moment;
        }
        bool Stap(Zorgstap stap, StapInput invoer, BerichtSoort? bericht = null)
        {
            var uitkomst = t.Execute(stap, invoer, context);
            if (!uitkomst.IsGelukt)
                return false;
            var moment = Registreer(uitkomst, invoer.Datum);
            if (bericht is not null)
                Bericht(bericht, invoer.Datum, moment);
            return true;
        }
        void Bericht(BerichtSoort soort, DateOnly dag, DateTimeOffset ontvangen)
        {
            var vanGemeente = soort == BerichtCatalog.Wmo301;
            var (van, naar) = vanGemeente ? (gemeente, aanbieder) : (aanbieder, gemeente);
            var partijen = new BerichtBuilder.Parties((van.Gemeentecode ?? van.AgbCode)!, (naar.Gemeentecode ?? naar.AgbCode)!, Identificatie(), dag);
            var heen = soort == BerichtCatalog.Wmo301 ? BerichtBuilder.Toewijzing301(partijen, client, t, TimeOnly.FromDateTime(Amsterdam.Local(ontvangen)))
                : soort == BerichtCatalog.Wmo305 ? BerichtBuilder.Start305(partijen, client, t)
                : BerichtBuilder.Stop307(partijen, client, t);
            partij.Berichten.Add(new BerichtTask(NewId(), NewId(), soort, heen, Identificatie(), dag, van, naar, t.Id, client.Id, ontvangen));
        }

        var toegewezen = Registreer(uitgegeven, t.Toewijzingsdatum);
        Bericht(BerichtCatalog.Wmo301, t.Toewijzingsdatum, toegewezen);
        // The aanbieder's side answered the 301 at once (OP090).
        partij.Gebeurtenissen.Add(Nieuw(KetenGebeurtenis.RetourVerzonden, toegewezen.AddSeconds(1), toegewezen.AddSeconds(1), "WMO302 op WMO301"));

        var dag = t.Toewijzingsdatum;
        if (_random.Next(1000) < 25)
        {
            var aangevraagd = dag.AddDays(_random.Next(1, 5));
            if (aangevraagd > grens || !Stap(Zorgstap.WeigeringAanvragen, new StapInput { Datum = aangevraagd, Reden = "Geen passende begeleider beschikbaar binnen de starttermijn." }))
                return;
            var besloten = aangevraagd.AddDays(_random.Next(1, 6));
            if (besloten <= grens && _random.Next(4) > 0)
                Stap(Zorgstap.WeigeringBeoordelen, new StapInput { Datum = besloten, Akkoord = true });
            return;
        }
        if (_random.Next(100) < 85)
        {
            var geaccepteerd = dag.AddDays(_random.Next(0, 4));
            if (geaccepteerd <= grens && Stap(Zorgstap.Accepteren, new StapInput { Datum = geaccepteerd }))
                dag = geaccepteerd;
        }
        if (_random.Next(100) < 88)
        {
            var contact = dag.AddDays(_random.Next(1, 6));
            if (contact <= grens && Stap(Zorgstap.Contact, new StapInput { Datum = contact, Toelichting = "Telefonisch contact, intake gepland" }))
                dag = contact;
        }
        var start = Max(Max(t.Ingangsdatum, dag), t.Toewijzingsdatum.AddDays(_random.Next(2, 22) + (_random.Next(100) < 8 ? _random.Next(10, 41) : 0)));
        if (start > grens || (t.Einddatum is { } e0 && start > e0) || !Stap(Zorgstap.Start, new StapInput { Datum = start }, BerichtCatalog.Wmo305))
            return;

        // When and why care ends: the client's death, an early stop, or the planned end of the indication.
        var einde = t.Einddatum ?? grens.AddYears(1);
        (DateOnly Dag, string Reden)? stop = null;
        if (overlijden is { } dood && dood <= einde)
            stop = (dood, "02");
        else if (_random.Next(100) < 14 && einde.DayNumber - start.DayNumber > 40)
            stop = (start.AddDays(_random.Next(20, einde.DayNumber - start.DayNumber)), Pick(VroegeStops));
        else if (einde <= grens && _random.Next(100) < 88)
            stop = (einde, "19");
        // (the other 12% of ended indications get no stop message: the contract's MR-07/IB-33 checks catch them)

        (DateOnly Laatste, DateOnly Hervat, string Opname)? onderbreking = null;
        var eind = stop?.Dag ?? Min(einde, grens);
        if (_random.Next(100) < 5 && eind.DayNumber - start.DayNumber > 150)
        {
            var laatsteZorgdag = start.AddDays(_random.Next(30, eind.DayNumber - start.DayNumber - 100));
            var hervat = TijdelijkeStop.EarliestResumption(laatsteZorgdag).AddDays(_random.Next(0, 21));
            onderbreking = (laatsteZorgdag, hervat, _random.Next(3) == 0 ? "revalidatiecentrum" : "ziekenhuis");
        }

        var acties = new List<(DateOnly Dag, int Volgorde, Action Doe)>();
        if (_random.Next(100) < 75)
        {
            var plan = start.AddDays(_random.Next(7, 43));
            acties.Add((plan, 1, () => Registreer(new StapOutcome { Feiten = [new KetenFact(KetenGebeurtenis.PlanOvereengekomen, plan, "Ondersteuningsplan met de cliënt overeengekomen")] }, plan)));
        }
        for (var e = start.AddMonths(6); e < eind; e = e.AddMonths(6))
        {
            var evaluatie = e;
            if (_random.Next(100) < 80)
                acties.Add((evaluatie, 2, () => Registreer(new StapOutcome { Feiten = [new KetenFact(KetenGebeurtenis.Evaluatie, evaluatie, "Evaluatie van het ondersteuningsplan met de cliënt")] }, evaluatie)));
        }
        if (onderbreking is { } o)
        {
            acties.Add((o.Laatste, 3, () => Stap(Zorgstap.TijdelijkStoppen, new StapInput { Datum = o.Laatste, Opname = o.Opname, VerwachteHervatting = o.Hervat }, BerichtCatalog.Wmo307)));
            acties.Add((o.Hervat, 4, () =>
            {
                if (t.Status == ToewijzingStatus.TijdelijkGestopt)
                    Stap(Zorgstap.Hervatten, new StapInput { Datum = o.Hervat }, BerichtCatalog.Wmo305);
            }));
        }
        if (stop is { } s)
            acties.Add((s.Dag, 5, () => Stap(Zorgstap.Stop, new StapInput { Datum = s.Dag, Reden = s.Reden, LeveringOpStopdatum = true }, BerichtCatalog.Wmo307)));
        foreach (var (_, _, doe) in acties.Where(a => a.Dag <= grens && a.Dag <= eind).OrderBy(a => a.Dag).ThenBy(a => a.Volgorde))
            doe();
    }

    /// <summary>A resident's question to the OCO provider: called back, a first appointment and help obtained — its own
    /// subject (a melding), not a toewijzing.</summary>
    private void Melding(Party partij, Client client, Contract contract, ContractProfile profiel, DateOnly dag, DateOnly grens)
    {
        var melding = NewId();
        var laatste = DateTimeOffset.MinValue;
        void Voeg(string soort, DateOnly datum, string? toelichting = null)
        {
            if (!profiel.KnowsGebeurtenis(soort))
                return;
            var moment = Moment(datum, ref laatste);
            partij.Gebeurtenissen.Add(new ContractGebeurtenis
            {
                Id = NewId(), Versie = NewId(), ContractId = contract.Id, ClientId = client.Id, OnderwerpSoort = "melding", OnderwerpId = melding,
                Soort = soort, Moment = moment, Toelichting = toelichting, GeregistreerdDoor = Door, GeregistreerdOp = moment,
            });
        }
        Voeg("melding", dag);
        var contact = dag.AddDays(_random.Next(0, 4));
        if (contact > grens) return;
        Voeg(KetenGebeurtenis.Contact, contact, "Inwoner teruggebeld");
        var afspraak = contact.AddDays(_random.Next(2, 13));
        if (afspraak > grens) return;
        Voeg("eerste-afspraak", afspraak);
        var hulp = afspraak.AddDays(_random.Next(5, 40));
        if (hulp <= grens && _random.Next(100) < 80)
            Voeg("hulp-verkregen", hulp);
    }

    /// <summary>A moment on <paramref name="dag"/> during office hours (Amsterdam), in whole minutes, after the previous
    /// step of the same toewijzing so the chain's events keep their order; today never later than now (or, for a step that
    /// follows one taken just now, a second after it).</summary>
    private DateTimeOffset Moment(DateOnly dag, ref DateTimeOffset laatste)
    {
        var van = Amsterdam.ToUtc(dag.ToDateTime(new TimeOnly(8, 0)));
        var tot = van.AddHours(9);
        if (dag == _vandaag && _nu < tot)
            (van, tot) = (_nu <= van ? Amsterdam.StartOf(dag) : van, _nu);
        var moment = van.AddMinutes(_random.Next(0, Math.Max(1, (int)(tot - van).TotalMinutes)));
        if (moment <= laatste)
            moment = laatste.AddMinutes(_random.Next(5, 60));
        if (dag == _vandaag && moment > _nu)
            moment = laatste + TimeSpan.FromSeconds(Math.Max(1, (int)((_nu - laatste).TotalSeconds / 2)));
        return laatste = moment;
    }

    private string Identificatie() => (100_000_000_000 + ++_berichten).ToString();

    private string Pick((string Code, int Gewicht)[] opties)
    {
        var k = _random.Next(opties.Sum(o => o.Gewicht));
        foreach (var (code, gewicht) in opties)
        {
            if (k < gewicht)
                return code;
            k -= gewicht;
        }
        return opties[^1].Code;
    }

    private DateOnly Day(DateOnly van, DateOnly tot) => van.AddDays(_random.Next(0, Math.Max(1, tot.DayNumber - van.DayNumber + 1)));
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Organisation-wide events of each contract over the two years: quarter and year ends, the first of
    /// January, complaints with their acknowledgement and handling, new staff with their VOG.</summary>
    public IEnumerable<ContractGebeurtenis> Contractgebeurtenissen(Contract contract, int toewijzingen)
    {
        var profiel = _catalogus.Find(contract.ProfielId, contract.ProfielVersie)!;
        ContractGebeurtenis? Maak(string soort, DateOnly dag, string? toelichting = null)
        {
            if (!profiel.KnowsGebeurtenis(soort) || dag > _vandaag || dag < contract.Ingangsdatum)
                return null;
            var tien = Amsterdam.ToUtc(dag.ToDateTime(new TimeOnly(10, 0)));
            var moment = tien < _nu ? tien : _nu;
            return new ContractGebeurtenis
            {
                Id = NewId(), Versie = NewId(), ContractId = contract.Id, Soort = soort, Moment = moment, GeregistreerdOp = moment,
                Toelichting = toelichting, GeregistreerdDoor = Door,
            };
        }
        var lijst = new List<ContractGebeurtenis?>();
        for (var d = new DateOnly(_vanaf.Year, 1, 1); d <= _vandaag; d = d.AddMonths(3))
        {
            lijst.Add(Maak("kwartaaleinde", d.AddMonths(3).AddDays(-1)));
            if (d.Month == 1)
            {
                lijst.Add(Maak("jaarbegin", d));
                lijst.Add(Maak("jaareinde", new DateOnly(d.Year, 12, 31)));
            }
        }
        // About one complaint per 150 toewijzingen per year, and a new staff member per 40.
        for (var i = 0; i < Math.Max(1, toewijzingen / 75); i++)
        {
            var klacht = Day(_vanaf, _vandaag);
            lijst.Add(Maak("klacht", klacht, "Klacht over de bereikbaarheid van de begeleider"));
            if (_random.Next(100) < 85) lijst.Add(Maak("klacht-ontvangstbevestiging", klacht.AddDays(_random.Next(1, 9))));
            if (_random.Next(100) < 70) lijst.Add(Maak("klacht-afgehandeld", klacht.AddDays(_random.Next(10, 45))));
        }
        for (var i = 0; i < Math.Max(1, toewijzingen / 20); i++)
        {
            var dienst = Day(_vanaf, _vandaag);
            lijst.Add(Maak("vog-afgegeven", dienst.AddDays(-_random.Next(10, 80))));
            lijst.Add(Maak("indiensttreding", dienst, "Nieuwe begeleider"));
        }
        return lijst.OfType<ContractGebeurtenis>();
    }
}
