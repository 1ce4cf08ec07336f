using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Klachten;

/// <summary>How the complaint was expressed (DEV-B2-Klacht: oral or written).</summary>
public enum KlachtWijze
{
    Mondeling = 1,
    Schriftelijk = 2,
}

public enum KlachtStatus
{
    Ontvangen = 1,
    InBehandeling = 2,
    Geescaleerd = 3,
    Afgehandeld = 4,
}

/// <summary>An expression of dissatisfaction by or for a client (IB-48b: every one is registered, also when resolved on the
/// spot). Its handling is recorded step by step (acknowledged, term communicated, progress letters, extended with the
/// client's consent, put to the gemeente, settled); each step is an event about this complaint (subject "klacht"), from
/// which the contract's terms (IB-49/50, DEV-Eis16-R2/R3) become obligations.</summary>
public sealed class Klacht : Entity
{
    public Guid AanbiederId { get; set; }
    public Guid ContractId { get; set; }
    public Guid? ClientId { get; set; }
    /// <summary>The gemeente of the contract (its opdrachtgever), for the gemeente's overviews (OCO-2.22b).</summary>
    public Guid OpdrachtgeverId { get; set; }

    public DateTimeOffset Ontvangen { get; set; }
    public KlachtWijze Wijze { get; set; } = KlachtWijze.Mondeling;
    public string Indiener { get; set; } = "";
    public string Omschrijving { get; set; } = "";
    /// <summary>Resolved on the spot (e.g. by phone); still registered and counted separately (IB-48b).</summary>
    public bool DirectOpgelost { get; set; }

    public DateTimeOffset? BevestigdOp { get; set; }
    /// <summary>The expected settlement date and approach told to the client (DEV-Eis16-R4).</summary>
    public DateOnly? VerwachteAfhandeling { get; set; }
    public string? Aanpak { get; set; }
    public DateTimeOffset? TermijnGecommuniceerdOp { get; set; }
    /// <summary>Written progress letters (DEV-Eis16-R5).</summary>
    public int Voortgangsberichten { get; set; }
    public DateTimeOffset? LaatsteVoortgangOp { get; set; }

    /// <summary>The agreed later settlement date; only with the client's recorded consent (DEV-Eis16-R2 reading).</summary>
    public DateOnly? VerlengdTot { get; set; }
    public DateTimeOffset? ToestemmingClientOp { get; set; }
    public string? VerlengingReden { get; set; }

    /// <summary>Put to the gemeente after the internal procedure found no solution (DEV-Eis16-R6); its answer (R7).</summary>
    public DateTimeOffset? GeescaleerdOp { get; set; }
    public string? EscalatieReden { get; set; }
    public DateTimeOffset? TerugkoppelingGemeenteOp { get; set; }
    public string? TerugkoppelingGemeente { get; set; }

    public DateTimeOffset? AfgehandeldOp { get; set; }
    /// <summary>How it was handled and communicated (DEV-Eis16-AR items 4 and 5).</summary>
    public string? Afhandeling { get; set; }
    /// <summary>Improvement measure taken (DEV-Eis16-AR item 6, IB-48c, OCO-2.22b).</summary>
    public string? Verbetermaatregel { get; set; }

    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    public KlachtStatus Status => AfgehandeldOp is not null ? KlachtStatus.Afgehandeld
        : GeescaleerdOp is not null ? KlachtStatus.Geescaleerd
        : BevestigdOp is not null ? KlachtStatus.InBehandeling
        : KlachtStatus.Ontvangen;

    public bool IsVerlengd => VerlengdTot is not null;

    public static readonly IReadOnlyDictionary<KlachtStatus, string> Statussen = new Dictionary<KlachtStatus, string>
    {
        [KlachtStatus.Ontvangen] = "Ontvangen", [KlachtStatus.InBehandeling] = "In behandeling",
        [KlachtStatus.Geescaleerd] = "Voorgelegd aan de gemeente", [KlachtStatus.Afgehandeld] = "Afgehandeld",
    };

    public static readonly IReadOnlyDictionary<KlachtWijze, string> Wijzen = new Dictionary<KlachtWijze, string>
    {
        [KlachtWijze.Mondeling] = "Mondeling (ook telefonisch)", [KlachtWijze.Schriftelijk] = "Schriftelijk (brief, e-mail, formulier)",
    };

    /// <summary>The rules of a new complaint; <paramref name="nu"/> is the current moment.</summary>
    public IReadOnlyList<ValidationError> Validate(DateTimeOffset nu)
    {
        var v = new Validator()
            .Required(nameof(Indiener), "Indiener", Indiener, 200)
            .Required(nameof(Omschrijving), "Omschrijving van de klacht", Omschrijving, 2000)
            .Check(nameof(Wijze), Enum.IsDefined(Wijze), "Kies of de klacht mondeling of schriftelijk is geuit.")
            .Check(nameof(Ontvangen), Ontvangen != default, "Datum van ontvangst is verplicht.")
            .Check(nameof(Ontvangen), Ontvangen <= nu, "De datum van ontvangst kan niet in de toekomst liggen.")
            .Optional(nameof(Afhandeling), "Afhandeling", Afhandeling, 2000);
        if (DirectOpgelost)
            v.Required(nameof(Afhandeling), "Afhandeling (hoe de klacht direct is opgelost, IB-48b)", Afhandeling, 2000);
        return v.Errors;
    }

    private Validator Open(string veld)
    {
        var v = new Validator();
        v.Check(veld, AfgehandeldOp is null, "Deze klacht is al afgehandeld.");
        return v;
    }

    private static Validator Moment(Validator v, string veld, DateTimeOffset moment, DateTimeOffset na, DateTimeOffset nu, string wat) => v
        .Check(veld, moment != default, $"{wat}: de datum is verplicht.")
        .Check(veld, moment == default || moment >= na, $"{wat} kan niet vóór de ontvangst van de klacht liggen.")
        .Check(veld, moment <= nu, $"{wat} kan niet in de toekomst liggen.");

    /// <summary>The client was told the complaint was received and taken into handling (IB-49, DEV-Eis16-R3).</summary>
    public IReadOnlyList<ValidationError> Acknowledge(DateTimeOffset moment, DateTimeOffset nu)
    {
        var v = Moment(Open("Datum"), "Datum", moment, Ontvangen, nu, "De ontvangstbevestiging");
        v.Check("Datum", BevestigdOp is null, "De ontvangst van deze klacht is al bevestigd.");
        if (v.IsValid) BevestigdOp = moment;
        return v.Errors;
    }

    /// <summary>The expected term and approach were told to the client (DEV-Eis16-R4).</summary>
    public IReadOnlyList<ValidationError> CommunicateTermijn(DateTimeOffset moment, DateOnly? verwacht, string? aanpak, DateTimeOffset nu)
    {
        var v = Moment(Open("Datum"), "Datum", moment, Ontvangen, nu, "Het meedelen van de termijn");
        v.Check("VerwachteAfhandeling", verwacht is not null, "Vul de verwachte afhandeldatum in (DEV-Eis16-R4).")
            .Required("Toelichting", "Aanpak (hoe de klacht wordt opgelost, DEV-Eis16-R4)", aanpak, 1000);
        if (!v.IsValid) return v.Errors;
        (TermijnGecommuniceerdOp, VerwachteAfhandeling, Aanpak) = (moment, verwacht, aanpak!.Trim());
        return [];
    }

    /// <summary>A written progress letter to the client (DEV-Eis16-R5).</summary>
    public IReadOnlyList<ValidationError> RecordVoortgang(DateTimeOffset moment, DateTimeOffset nu)
    {
        var v = Moment(Open("Datum"), "Datum", moment, Ontvangen, nu, "Het voortgangsbericht");
        if (!v.IsValid) return v.Errors;
        Voortgangsberichten++;
        LaatsteVoortgangOp = moment;
        return [];
    }

    /// <summary>A later settlement date, only with the client's consent, which is recorded (DEV-Eis16-R2 reading).</summary>
    public IReadOnlyList<ValidationError> Extend(DateOnly? tot, bool toestemmingClient, DateTimeOffset moment, string? reden, DateOnly vandaag, DateTimeOffset nu)
    {
        var v = Moment(Open("Datum"), "Datum", moment, Ontvangen, nu, "De toestemming van de cliënt");
        v.Check("ToestemmingClient", toestemmingClient, "Verlengen kan alleen met toestemming van de cliënt; leg die vast.")
            .Check("VerlengdTot", tot is not null, "Vul de nieuwe uiterste afhandeldatum in.")
            .Check("VerlengdTot", tot is null || tot >= vandaag, "De nieuwe uiterste afhandeldatum kan niet in het verleden liggen.")
            .Check("VerlengdTot", tot is null || VerlengdTot is null || tot > VerlengdTot, "De nieuwe datum moet na de eerder verlengde datum liggen.")
            .Required("Toelichting", "Reden van de verlenging", reden, 500);
        if (!v.IsValid) return v.Errors;
        (VerlengdTot, ToestemmingClientOp, VerlengingReden) = (tot, moment, reden!.Trim());
        return [];
    }

    /// <summary>Put to the gemeente because the internal procedure found no solution (DEV-Eis16-R6).</summary>
    public IReadOnlyList<ValidationError> Escalate(DateTimeOffset moment, string? reden, DateTimeOffset nu)
    {
        var v = Moment(Open("Datum"), "Datum", moment, Ontvangen, nu, "Het voorleggen aan de gemeente");
        v.Check("Datum", GeescaleerdOp is null, "Deze klacht is al aan de gemeente voorgelegd.")
            .Required("Toelichting", "Waarom de interne procedure geen oplossing gaf (DEV-Eis16-R6)", reden, 1000);
        if (!v.IsValid) return v.Errors;
        (GeescaleerdOp, EscalatieReden) = (moment, reden!.Trim());
        return [];
    }

    /// <summary>The gemeente's assessment and answer to client and aanbieder (DEV-Eis16-R7).</summary>
    public IReadOnlyList<ValidationError> RecordTerugkoppeling(DateTimeOffset moment, string? tekst, DateTimeOffset nu)
    {
        var v = new Validator();
        v.Check("Datum", GeescaleerdOp is not null, "Deze klacht is niet aan de gemeente voorgelegd.");
        if (GeescaleerdOp is { } op) Moment(v, "Datum", moment, op, nu, "De terugkoppeling");
        v.Check("Datum", TerugkoppelingGemeenteOp is null, "De gemeente heeft al teruggekoppeld.")
            .Required("Toelichting", "Terugkoppeling van de gemeente", tekst, 2000);
        if (!v.IsValid) return v.Errors;
        (TerugkoppelingGemeenteOp, TerugkoppelingGemeente) = (moment, tekst!.Trim());
        return [];
    }

    /// <summary>Settled (IB-50, DEV-Eis16-R2), with how and the improvement measure (DEV-Eis16-AR, IB-48c).</summary>
    public IReadOnlyList<ValidationError> Settle(DateTimeOffset moment, string? afhandeling, string? verbetermaatregel, DateTimeOffset nu)
    {
        var v = Moment(Open("Datum"), "Datum", moment, Ontvangen, nu, "De afhandeling");
        v.Required("Toelichting", "Afhandeling (uitkomst en hoe die aan de cliënt is meegedeeld)", afhandeling, 2000)
            .Optional("Verbetermaatregel", "Verbetermaatregel", verbetermaatregel, 1000);
        if (!v.IsValid) return v.Errors;
        (AfgehandeldOp, Afhandeling) = (moment, afhandeling!.Trim());
        Verbetermaatregel = string.IsNullOrWhiteSpace(verbetermaatregel) ? null : verbetermaatregel.Trim();
        return [];
    }
}
