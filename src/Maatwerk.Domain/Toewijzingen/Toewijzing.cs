using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Beeindigingsredenen = Maatwerk.Domain.Toewijzingen.RedenBeeindiging;
using Wijzigingsredenen = Maatwerk.Domain.Toewijzingen.RedenWijziging;

namespace Maatwerk.Domain.Toewijzingen;

/// <summary>An allocation (iWmo 301) of a product to a client, under one contract with one aanbieder. An aggregate: its
/// state changes only through its own methods, which the <see cref="StappenTable"/> drives; each returns the broken rules
/// (and then changes nothing) or what the step registers and sends.</summary>
public sealed class Toewijzing : Entity
{
    private Toewijzing() { }

    /// <summary>ToewijzingNummer as in the 301 (unique per gemeente).</summary>
    public string ToewijzingNummer { get; private set; } = "";
    public Guid ClientId { get; private set; }
    public Guid ContractId { get; private set; }

    /// <summary>iWmo productcategorie (WMO020), two digits.</summary>
    public string Productcategorie { get; private set; } = "";
    /// <summary>Product code as the contract profile names it (e.g. PO-B); null for a toewijzing per category.</summary>
    public string? Productcode { get; private set; }
    /// <summary>The iWmo ProductCode (1–5 characters) the 301 carried, from the contract's product code mapping; null for a
    /// toewijzing per category (then no Omvang, CD080).</summary>
    public string? IWmoProductcode { get; private set; }

    public DateOnly Toewijzingsdatum { get; private set; }
    public DateOnly Ingangsdatum { get; private set; }
    public DateOnly? Einddatum { get; private set; }
    public int? Volume { get; private set; }

    /// <summary>iWmo eenheid (WJ756), e.g. "04" minuut, "14" etmaal, "83" euro's.</summary>
    public string? Eenheid { get; private set; }

    /// <summary>iWmo frequentie (WMO757), e.g. "2" per week.</summary>
    public string? Frequentie { get; private set; }

    /// <summary>The toegewezen Budget in euros (iWmo sends eurocents): instead of an Omvang (CD077), always with an Einddatum
    /// (CD075); the declared amounts must fit within it (TR369).</summary>
    public decimal? Budget { get; private set; }
    public long? BudgetInCenten => Budget is { } budget ? (long)(budget * 100m) : null;

    public bool Spoed { get; private set; }
    public ToewijzingStatus Status { get; private set; } = ToewijzingStatus.Verzonden;
    public DateOnly? StartdatumZorg { get; private set; }
    public DateOnly? EinddatumZorg { get; private set; }

    /// <summary>The day care resumed after the latest temporary stop (reden 20, IB-32); the current delivery period
    /// starts here, and the next 307 carries it as Begindatum.</summary>
    public DateOnly? HervatOp { get; private set; }

    /// <summary>While temporarily stopped: the admission (see <see cref="TijdelijkeStop"/>) and the expected day of return.</summary>
    public string? Opname { get; private set; }
    public DateOnly? VerwachteHervatting { get; private set; }

    /// <summary>Begindatum of the current delivery period, as the 305 of that period gave it.</summary>
    public DateOnly? BegindatumLevering => HervatOp ?? StartdatumZorg;

    /// <summary>The ProductCode to send in iWmo messages: the mapped code, else a contract code that fits iWmo's 5 characters.</summary>
    public string? BerichtProductcode => ProductcodeKoppeling.Effective(IWmoProductcode, Productcode);

    /// <summary>The aanbieder's reference when the toewijzing answers its verzoek om toewijzing (WMO315).</summary>
    public string? ReferentieAanbieder { get; private set; }

    /// <summary>The beschikking (decision) the toewijzing carries out, when recorded on the platform.</summary>
    public Guid? BeschikkingId { get; private set; }

    /// <summary>Number of the beschikking (decision) the toewijzing carries out.</summary>
    public string? BeschikkingNummer { get; private set; }

    /// <summary>The provider's motivation for refusing; the gemeente decides on it.</summary>
    public string? RedenWeigering { get; private set; }

    /// <summary>Reden beëindiging (WMO588) of the stop.</summary>
    public string? RedenBeeindiging { get; private set; }

    /// <summary>Reden wijziging (WMO002) of the last change the gemeente made (gewijzigde 301).</summary>
    public string? RedenWijziging { get; private set; }

    /// <summary>Waiting time: calendar days from the dagtekening of the toewijzing to the start of care (or to
    /// <paramref name="vandaag"/> while care has not started); a start before the dagtekening is no wait.</summary>
    public int? WaitingTime(DateOnly vandaag) => Status is ToewijzingStatus.Afgewezen
        ? null
        : Math.Max(0, (StartdatumZorg ?? vandaag).DayNumber - Toewijzingsdatum.DayNumber);

    /// <summary>A copy as it stands, e.g. to build the message that withdraws the current start before the step changes it.</summary>
    public Toewijzing Copy() => (Toewijzing)MemberwiseClone();

    /// <summary>Carries out a step of the <see cref="StappenTable"/>: from an allowed status, on a day that is not in the
    /// future (unless the step is planned), through the step's own rules.</summary>
    public StapOutcome Execute(Zorgstap stap, StapInput invoer, StapContext context)
    {
        var definitie = StappenTable.For(stap);
        if (!definitie.Vanuit.Contains(Status))
            return StapOutcome.Failure("Status", definitie.NotPossible(Status));
        var datum = invoer.Datum == default ? context.Vandaag : invoer.Datum;
        if (datum > context.Vandaag && !definitie.DatumInToekomst)
            return StapOutcome.Failure("Datum", "Deze datum ligt in de toekomst; registreer een stap op of na de dag waarop hij plaatsvond.");
        var uitkomst = definitie.Uitvoeren(this, invoer, context, datum);
        return uitkomst.IsGelukt ? uitkomst with { Bericht = definitie.Bericht, Intrekken = definitie.Intrekken } : uitkomst;
    }

    internal static StapOutcome Register(string soort, DateOnly datum, string? toelichting) =>
        new() { Feiten = [new KetenFact(soort, datum, string.IsNullOrWhiteSpace(toelichting) ? null : toelichting.Trim())] };

    internal StapOutcome Accept(DateOnly datum)
    {
        if (datum < Toewijzingsdatum)
            return StapOutcome.Failure("Datum", "De acceptatie kan niet vóór de dagtekening van de toewijzing liggen.");
        Status = ToewijzingStatus.Geaccepteerd;
        return Register(KetenGebeurtenis.Geaccepteerd, datum, null);
    }

    /// <summary>DEV-Art4.3: a toewijzing not refused within the term is deemed accepted.</summary>
    internal StapOutcome DeemAccepted(DateOnly datum, string? toelichting)
    {
        Status = ToewijzingStatus.Geaccepteerd;
        return Register(KetenGebeurtenis.AanvaardVanRechtswege, datum, toelichting);
    }

    /// <summary>A provider may refuse (or, after acceptance, ask to end) only with a motivation, which the gemeente must
    /// approve (DEV-Art6.2); until then the toewijzing stays active.</summary>
    internal StapOutcome RequestRefusal(DateOnly datum, string? reden)
    {
        var v = new Validator()
            .Check("Reden", (reden?.Trim().Length ?? 0) >= 10, "Motiveer de weigering (minstens 10 tekens): het contract staat weigeren alleen toe op de genoemde gronden.")
            .Optional("Reden", "De motivering", reden, 500);
        if (!v.IsValid)
            return StapOutcome.Failure(v.Errors);
        Status = ToewijzingStatus.WeigeringAangevraagd;
        RedenWeigering = reden!.Trim();
        return Register(KetenGebeurtenis.WeigeringAangevraagd, datum, RedenWeigering);
    }

    /// <summary>The gemeente approves (toewijzing refused) or rejects the refusal (the provider must deliver).</summary>
    internal StapOutcome DecideRefusal(DateOnly datum, bool akkoord)
    {
        Status = akkoord ? ToewijzingStatus.Afgewezen : ToewijzingStatus.Geaccepteerd;
        return Register(akkoord ? KetenGebeurtenis.Geweigerd : KetenGebeurtenis.WeigeringAfgewezen, datum, null);
    }

    /// <summary>Start of care (WMO305): once, within the toewijzing period. Starting also accepts a toewijzing that was
    /// not explicitly accepted.</summary>
    internal StapOutcome Start(DateOnly datum)
    {
        var v = new Validator()
            .Check("Datum", datum >= Ingangsdatum, $"De startdatum ligt vóór de ingangsdatum van de toewijzing ({Ingangsdatum:dd-MM-yyyy}).")
            .Check("Datum", Einddatum is null || datum <= Einddatum, $"De startdatum ligt na de einddatum van de toewijzing ({Einddatum:dd-MM-yyyy}).");
        if (!v.IsValid)
            return StapOutcome.Failure(v.Errors);
        Status = ToewijzingStatus.Gestart;
        StartdatumZorg = datum;
        return Register(KetenGebeurtenis.StartZorg, datum, null);
    }

    /// <summary>Stop of care (WMO307) on the last day of delivery, with a WMO588 reason; only after a start. After a
    /// temporary stop it makes that stop definitive (the client does not return): same delivery period, same or later end.
    /// On the platform the contract's stop-date rules (e.g. IB-33) and, for an overstap, a complete warm hand-over apply;
    /// a message from another system carries neither confirmation, so those two are not asked of it.</summary>
    internal StapOutcome Stop(DateOnly datum, StapInput invoer, StapContext context)
    {
        var reden = invoer.Reden;
        var v = new Validator()
            .Check("Reden", reden is not null && Beeindigingsredenen.Codes.ContainsKey(reden), "Kies een reden beëindiging uit codelijst WMO588.")
            .Check("Reden", reden != TijdelijkeStop.Reden, "Reden 20 is een tijdelijke stop: gebruik 'Zorg tijdelijk stoppen' (met opname en verwachte hervatting).");
        LeveringsperiodeRegels(v, datum);
        if (Status == ToewijzingStatus.TijdelijkGestopt && EinddatumZorg is { } tijdelijk)
            v.Check("Datum", datum >= tijdelijk, $"De zorg is tijdelijk gestopt op {tijdelijk:dd-MM-yyyy}; de definitieve stop kan niet eerder liggen (TR414).");
        var fouten = v.Errors.ToList();
        if (!context.UitBericht)
        {
            if (context.Profiel is { } profiel)
                fouten.AddRange(Stopregels.Validate(profiel, datum, invoer.LeveringOpStopdatum));
            fouten.AddRange(WarmeOverdracht.ValidateAtStop(reden, context.Overdracht));
        }
        if (fouten.Count > 0)
            return StapOutcome.Failure(fouten);
        Status = ToewijzingStatus.Gestopt;
        (Opname, VerwachteHervatting, EinddatumZorg, RedenBeeindiging) = (null, null, datum, reden);
        var toelichting = $"reden {reden}: {Beeindigingsredenen.Codes[reden!]}" + (string.IsNullOrWhiteSpace(invoer.Toelichting) ? "" : $" — {invoer.Toelichting.Trim()}");
        return Register(KetenGebeurtenis.EindeZorg, datum, toelichting);
    }

    /// <summary>Temporary stop (WMO307 with reden 20, IB-32): delivery is interrupted, the toewijzing stays. On the
    /// platform the admission and the expected return are required and the contract's rules apply; a 307 from another
    /// system carries neither.</summary>
    internal StapOutcome StopTemporarily(DateOnly laatsteZorgdag, string? opname, DateOnly? verwachteHervatting, StapContext context)
    {
        var v = new Validator()
            .Check("Opname", opname is null || TijdelijkeStop.Opnames.ContainsKey(opname), "Kies de reden van de onderbreking: ziekenhuis, revalidatiecentrum of anders.");
        if (!context.UitBericht)
        {
            v.Check("Opname", opname is not null, "Kies de reden van de onderbreking (ziekenhuis, revalidatiecentrum of anders).")
             .Check("VerwachteHervatting", verwachteHervatting is not null, "Vul de verwachte datum van hervatting in.");
        }
        LeveringsperiodeRegels(v, laatsteZorgdag);
        if (verwachteHervatting is { } terug)
        {
            v.Check("VerwachteHervatting", terug > laatsteZorgdag, "De verwachte hervatting ligt na de laatste zorgdag.");
            v.Check("VerwachteHervatting", Einddatum is null || terug <= Einddatum,
                $"De verwachte hervatting ligt na de einddatum van de toewijzing ({Einddatum:dd-MM-yyyy}): stop de zorg dan definitief.");
        }
        var fouten = v.Errors.ToList();
        if (!context.UitBericht && context.Profiel is { } profiel)
            fouten.AddRange(Stopregels.ValidateTemporary(profiel, laatsteZorgdag, opname, verwachteHervatting).Where(f => fouten.All(g => g.Field != f.Field)));
        if (fouten.Count > 0)
            return StapOutcome.Failure(fouten);
        Status = ToewijzingStatus.TijdelijkGestopt;
        (EinddatumZorg, RedenBeeindiging, Opname, VerwachteHervatting) = (laatsteZorgdag, TijdelijkeStop.Reden, opname, verwachteHervatting);
        return Register(KetenGebeurtenis.TijdelijkeStop, laatsteZorgdag, TijdelijkeStop.Omschrijving(this));
    }

    /// <summary>Care resumes after a temporary stop (a new WMO305 on the same toewijzing). A resumption sooner than the
    /// contract's minimum interruption is not refused (care must go on) but noted on the timeline.</summary>
    internal StapOutcome Resume(DateOnly datum, StapContext context)
    {
        var v = new Validator();
        if (EinddatumZorg is { } laatste)
            v.Check("Datum", datum > laatste, $"De hervatting moet na de laatste zorgdag vóór de onderbreking liggen ({laatste:dd-MM-yyyy}).");
        v.Check("Datum", Einddatum is null || datum <= Einddatum, $"De hervatting ligt na de einddatum van de toewijzing ({Einddatum:dd-MM-yyyy}).");
        if (!v.IsValid)
            return StapOutcome.Failure(v.Errors);
        var notitie = context.Profiel is { } profiel && EinddatumZorg is { } vorige ? Stopregels.NoteOnResumption(profiel, vorige, datum) : null;
        Status = ToewijzingStatus.Gestart;
        (HervatOp, EinddatumZorg, RedenBeeindiging, Opname, VerwachteHervatting) = (datum, null, null, null, null);
        return Register(KetenGebeurtenis.ZorgHervat, datum, notitie);
    }

    /// <summary>Withdraws the current start (a 305 with StatusAanlevering 3, e.g. registered on the wrong day). A first
    /// start brings the toewijzing back to accepted; a resumption brings back the temporary stop before it. Not once a
    /// stop was sent for it (TR071). The withdrawn start leaves the timeline.</summary>
    internal StapOutcome WithdrawStart(DateOnly begindatum, StapContext context)
    {
        var v = new Validator()
            .Check("Datum", BegindatumLevering == begindatum, $"De actuele start is per {BegindatumLevering:dd-MM-yyyy}; alleen die kan worden ingetrokken (TR063).")
            .Check("Status", HervatOp is null || context.VorigeOnderbreking is not null, "De tijdelijke stop vóór deze hervatting is niet bekend.");
        if (!v.IsValid)
            return StapOutcome.Failure(v.Errors);
        if (HervatOp is null)
            (Status, StartdatumZorg) = (ToewijzingStatus.Geaccepteerd, null);
        else
        {
            var vorige = context.VorigeOnderbreking!;
            Status = ToewijzingStatus.TijdelijkGestopt;
            (HervatOp, EinddatumZorg, RedenBeeindiging) = (vorige.HervatOp, vorige.LaatsteZorgdag, TijdelijkeStop.Reden);
            (Opname, VerwachteHervatting) = (vorige.Opname, vorige.VerwachteHervatting);
        }
        return Register(KetenGebeurtenis.MeldingIngetrokken, context.Vandaag, $"Startmelding per {begindatum:dd-MM-yyyy} ingetrokken") with
        {
            Vervallen = [(KetenGebeurtenis.StartZorg, begindatum), (KetenGebeurtenis.ZorgHervat, begindatum)],
        };
    }

    /// <summary>Withdraws the stop of the current delivery period (a 307 with StatusAanlevering 3): care runs again.</summary>
    internal StapOutcome WithdrawStop(DateOnly begindatum, StapContext context)
    {
        if (BegindatumLevering != begindatum)
            return StapOutcome.Failure("Datum", $"De stop hoort bij de start per {BegindatumLevering:dd-MM-yyyy} (TR063).");
        var einde = EinddatumZorg!.Value;
        Status = ToewijzingStatus.Gestart;
        (EinddatumZorg, RedenBeeindiging, Opname, VerwachteHervatting) = (null, null, null, null);
        return Register(KetenGebeurtenis.MeldingIngetrokken, context.Vandaag, $"Stopmelding per {einde:dd-MM-yyyy} ingetrokken") with
        {
            Vervallen = [(KetenGebeurtenis.EindeZorg, einde), (KetenGebeurtenis.TijdelijkeStop, einde)],
        };
    }

    /// <summary>The last day of a delivery period lies in it and within the toewijzing.</summary>
    private void LeveringsperiodeRegels(Validator v, DateOnly datum)
    {
        if (BegindatumLevering is { } start)
            v.Check("Datum", datum >= start, $"De einddatum van de zorg ligt vóór de startdatum van de huidige levering ({start:dd-MM-yyyy}).");
        v.Check("Datum", Einddatum is null || datum <= Einddatum, $"De einddatum van de zorg ligt na de einddatum van de toewijzing ({Einddatum:dd-MM-yyyy}).");
    }

    /// <summary>The gemeente changes the end date of a toewijzing (gewijzigde WMO301) with a WMO002 reason, e.g. to end
    /// it early (05 verkorting, 09 overstap, 06 Wlz) or extend it (04). "13 Verwijderd" sets the end date to the start
    /// date. The planned end of the indication moves with it, so its obligations are computed again.</summary>
    internal StapOutcome ChangeEinddatum(DateOnly einddatum, string? reden)
    {
        var v = new Validator()
            .Check("Reden", reden is not null && Wijzigingsredenen.Codes.ContainsKey(reden), "Kies een reden wijziging uit codelijst WMO002.");
        if (reden == "13")
            einddatum = Ingangsdatum;
        v.Check("Datum", einddatum >= Ingangsdatum, "De nieuwe einddatum ligt vóór de ingangsdatum van de toewijzing.");
        if (StartdatumZorg is { } start && reden != "13")
            v.Check("Datum", einddatum >= start, $"De nieuwe einddatum ligt vóór de start van de zorg ({start:dd-MM-yyyy}).");
        if (!v.IsValid)
            return StapOutcome.Failure(v.Errors);
        (Einddatum, RedenWijziging) = (einddatum, reden);
        return EndMoved($"Gewijzigd: {Wijzigingsredenen.Codes[reden!]}");
    }

    /// <summary>The gemeente grants the aanbieder's verzoek om wijziging (WMO317): a gewijzigde 301 with reden 12
    /// (geïnitieerd door de aanbieder), the new end date and volume, and the aanbieder's reference.</summary>
    public StapOutcome ChangeOnVerzoek(DateOnly einddatum, int? volume, string referentieAanbieder)
    {
        if (Status is ToewijzingStatus.Afgewezen or ToewijzingStatus.Gestopt)
            return StapOutcome.Failure("Status", "Een afgewezen of gestopte toewijzing kan niet meer worden gewijzigd.");
        if (volume is not (null or > 0 and <= 99_999_999))
            return StapOutcome.Failure("Volume", "Het volume moet een positief geheel getal zijn.");
        var uitkomst = ChangeEinddatum(einddatum, "12");
        if (!uitkomst.IsGelukt)
            return uitkomst;
        Volume = volume ?? Volume;
        ReferentieAanbieder = referentieAanbieder;
        return uitkomst with { Bericht = "WMO301" };
    }

    private StapOutcome EndMoved(string toelichting) => new()
    {
        Vervallen = [(KetenGebeurtenis.EindeIndicatie, null)],
        Feiten = Einddatum is { } einde ? [new KetenFact(KetenGebeurtenis.EindeIndicatie, einde, toelichting)] : [],
    };

    /// <summary>Issues a toewijzing (WMO301) from a beschikking, under a running contract, for a product of its profile
    /// (see <see cref="NewToewijzing"/> for the rules). On success the 301 goes out and the dagtekening and the planned
    /// end of the indication are registered.</summary>
    public static (Toewijzing? Toewijzing, StapOutcome Uitkomst) Issue(NewToewijzing nieuw)
    {
        var fouten = nieuw.Validate();
        if (fouten.Count > 0)
            return (null, StapOutcome.Failure(fouten));
        var t = new Toewijzing
        {
            ToewijzingNummer = nieuw.Nummer, ClientId = nieuw.ClientId, ContractId = nieuw.Contract.Id,
            Productcategorie = nieuw.Product!.Productcategorie ?? "", Productcode = nieuw.Product.Code, IWmoProductcode = nieuw.IWmoProductcode,
            Toewijzingsdatum = nieuw.Toewijzingsdatum, Ingangsdatum = nieuw.Ingangsdatum, Einddatum = nieuw.Einddatum,
            Volume = nieuw.Omvang.Volume, Eenheid = nieuw.Omvang.Eenheid, Frequentie = nieuw.Omvang.Frequentie, Budget = nieuw.Budget, Spoed = nieuw.Spoed,
            BeschikkingId = nieuw.Beschikking?.Id, BeschikkingNummer = nieuw.Beschikking?.Nummer,
            ReferentieAanbieder = nieuw.ReferentieAanbieder,
        };
        if (t.Validate() is { Count: > 0 } ongeldig)
            return (null, StapOutcome.Failure(ongeldig));
        return (t, new StapOutcome
        {
            Feiten = [new KetenFact(KetenGebeurtenis.Toewijzing, t.Toewijzingsdatum), .. t.EndMoved("").Feiten.Select(f => f with { Toelichting = null })],
            Bericht = "WMO301",
        });
    }

    /// <summary>A toewijzing as a gemeente's own system issued it (a received WMO301): taken over as it is, checked only on
    /// what any toewijzing must satisfy.</summary>
    public static (Toewijzing? Toewijzing, StapOutcome Uitkomst) FromBericht(string nummer, Guid clientId, Guid contractId, Received301 bericht)
    {
        var t = new Toewijzing { ToewijzingNummer = nummer, ClientId = clientId, ContractId = contractId, Toewijzingsdatum = bericht.Toewijzingsdatum };
        var uitkomst = t.TakeOver(bericht);
        return uitkomst.IsGelukt
            ? (t, uitkomst with { Feiten = [new KetenFact(KetenGebeurtenis.Toewijzing, t.Toewijzingsdatum, "Overgenomen uit een ontvangen WMO301"), .. uitkomst.Feiten] })
            : (null, uitkomst);
    }

    /// <summary>A gewijzigde 301 from a gemeente's own system: end date, reason and volume follow the message.</summary>
    public StapOutcome TakeOver(Received301 bericht)
    {
        var vorige = Copy();
        (Productcategorie, Productcode, IWmoProductcode) = (bericht.Productcategorie, bericht.Productcode, bericht.IWmoProductcode);
        (Ingangsdatum, Einddatum, Volume, Eenheid, Frequentie, Budget) = (bericht.Ingangsdatum, bericht.Einddatum, bericht.Volume, bericht.Eenheid, bericht.Frequentie, bericht.Budget);
        RedenWijziging = bericht.RedenWijziging;
        ReferentieAanbieder = bericht.ReferentieAanbieder ?? ReferentieAanbieder;
        if (Validate() is { Count: > 0 } fouten)
        {
            (Productcategorie, Productcode, IWmoProductcode) = (vorige.Productcategorie, vorige.Productcode, vorige.IWmoProductcode);
            (Ingangsdatum, Einddatum, Volume, Eenheid, Frequentie, Budget) = (vorige.Ingangsdatum, vorige.Einddatum, vorige.Volume, vorige.Eenheid, vorige.Frequentie, vorige.Budget);
            (RedenWijziging, ReferentieAanbieder) = (vorige.RedenWijziging, vorige.ReferentieAanbieder);
            return StapOutcome.Failure(fouten);
        }
        return EndMoved(RedenWijziging is { } reden ? $"Gewijzigd: {Wijzigingsredenen.Codes.GetValueOrDefault(reden, reden)}" : "");
    }

    public IReadOnlyList<ValidationError> Validate()
    {
        var v = new Validator()
            .Required(nameof(ToewijzingNummer), "Toewijzingnummer", ToewijzingNummer, 20)
            .Check(nameof(Productcategorie), Productcategorie.Length == 2 && Productcategorie.All(char.IsAsciiDigit),
                "De productcategorie moet een code van 2 cijfers uit codelijst WMO020 zijn.")
            .Check(nameof(Ingangsdatum), Ingangsdatum != default, "Ingangsdatum is verplicht.");
        if (Einddatum is { } eind)
            v.Check(nameof(Einddatum), eind >= Ingangsdatum, "De einddatum mag niet vóór de ingangsdatum liggen.");
        if (Budget is { } budget)
            v.Check(nameof(Budget), budget is >= 0 and <= ToewijzingCodes.MaxBudget && decimal.Round(budget, 2) == budget,
                "Het budget moet een bedrag in euro's van 0 tot en met 999.999,99 zijn (iWmo LDT_Budget).");
        if (StartdatumZorg is { } start)
            v.Check(nameof(StartdatumZorg), start >= Ingangsdatum && (Einddatum is null || start <= Einddatum),
                "De startdatum van de zorg moet binnen de toewijzingsperiode liggen.");
        return v.Errors;
    }
}

/// <summary>What a received WMO301 says about one toegewezen product.</summary>
public sealed record Received301(DateOnly Toewijzingsdatum, string Productcategorie, string? Productcode, string? IWmoProductcode,
    DateOnly Ingangsdatum, DateOnly? Einddatum, int? Volume, string? Eenheid, string? Frequentie, string? RedenWijziging, string? ReferentieAanbieder,
    decimal? Budget = null);
