using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Toewijzingen;

/// <summary>
/// The steps of the care chain on one toewijzing and the rules that guard them. Each step returns the broken rules
/// (field + Dutch message) and changes the toewijzing only when there are none.
/// </summary>
public static class Zorgstappen
{
    public static IReadOnlyList<ValidationError> Accepteer(Toewijzing t, DateOnly datum)
    {
        var v = new Validator()
            .Check("Status", t.Status == ToewijzingStatus.Verzonden, $"Alleen een verzonden toewijzing kan worden geaccepteerd; deze is {t.Status.Weergavenaam().ToLowerInvariant()}.")
            .Check("Datum", datum >= t.Toewijzingsdatum, "De acceptatie kan niet vóór de dagtekening van de toewijzing liggen.");
        if (v.IsValid)
            t.Status = ToewijzingStatus.Geaccepteerd;
        return v.Errors;
    }

    /// <summary>A provider may refuse only with a motivation, which the gemeente must approve (e.g. DEV-Art6).</summary>
    public static IReadOnlyList<ValidationError> VraagWeigeringAan(Toewijzing t, string? reden)
    {
        var v = new Validator()
            .Check("Status", t.Status == ToewijzingStatus.Verzonden, "Weigeren kan alleen zolang de toewijzing nog niet is geaccepteerd of gestart.")
            .Check("Reden", (reden?.Trim().Length ?? 0) >= 10, "Motiveer de weigering (minstens 10 tekens): het contract staat weigeren alleen toe op de genoemde gronden.")
            .Optional("Reden", "De motivering", reden, 500);
        if (v.IsValid)
        {
            t.Status = ToewijzingStatus.WeigeringAangevraagd;
            t.RedenWeigering = reden!.Trim();
        }
        return v.Errors;
    }

    /// <summary>The gemeente approves (toewijzing refused) or rejects the refusal (the provider must deliver).</summary>
    public static IReadOnlyList<ValidationError> BeoordeelWeigering(Toewijzing t, bool akkoord)
    {
        var v = new Validator().Check("Status", t.Status == ToewijzingStatus.WeigeringAangevraagd, "Er ligt geen weigering ter beoordeling.");
        if (v.IsValid)
            t.Status = akkoord ? ToewijzingStatus.Afgewezen : ToewijzingStatus.Geaccepteerd;
        return v.Errors;
    }

    /// <summary>Start of care (WMO305): once, within the toewijzing period. Starting also accepts a toewijzing that was
    /// not explicitly accepted.</summary>
    public static IReadOnlyList<ValidationError> Start(Toewijzing t, DateOnly datum)
    {
        var v = new Validator()
            .Check("Status", t.Status != ToewijzingStatus.Gestart && t.Status != ToewijzingStatus.Gestopt, "De zorg voor deze toewijzing is al gestart; een tweede start kan niet.")
            .Check("Status", t.Status != ToewijzingStatus.TijdelijkGestopt, "De zorg is tijdelijk gestopt: hervat de zorg in plaats van een nieuwe start.")
            .Check("Status", t.Status is not (ToewijzingStatus.Afgewezen or ToewijzingStatus.WeigeringAangevraagd), "Een geweigerde toewijzing (of een met een weigering ter beoordeling) kan niet starten.");
        if (v.IsValid)
        {
            v.Check("Datum", datum >= t.Ingangsdatum, $"De startdatum ligt vóór de ingangsdatum van de toewijzing ({t.Ingangsdatum:dd-MM-yyyy}).")
             .Check("Datum", t.Einddatum is null || datum <= t.Einddatum, $"De startdatum ligt na de einddatum van de toewijzing ({t.Einddatum:dd-MM-yyyy}).");
        }
        if (v.IsValid)
        {
            t.Status = ToewijzingStatus.Gestart;
            t.StartdatumZorg = datum;
        }
        return v.Errors;
    }

    /// <summary>Stop of care (WMO307) on the last day of delivery, with a WMO588 reason; only after a start. After a
    /// temporary stop it makes that stop definitive (the client does not return): same delivery period, same or later end.</summary>
    public static IReadOnlyList<ValidationError> Stop(Toewijzing t, DateOnly datum, string? reden)
    {
        var v = new Validator()
            .Check("Status", t.Status is ToewijzingStatus.Gestart or ToewijzingStatus.TijdelijkGestopt, t.Status == ToewijzingStatus.Gestopt
                ? "De zorg voor deze toewijzing is al gestopt."
                : "Stoppen kan pas nadat de zorg is gestart (geen stopbericht zonder startbericht).")
            .Check("Reden", reden is not null && RedenBeeindiging.Codes.ContainsKey(reden), "Kies een reden beëindiging uit codelijst WMO588.")
            .Check("Reden", reden != TijdelijkeStop.Reden, "Reden 20 is een tijdelijke stop: gebruik 'Zorg tijdelijk stoppen' (met opname en verwachte hervatting).");
        LeveringsperiodeRegels(v, t, datum);
        if (t.Status == ToewijzingStatus.TijdelijkGestopt && t.EinddatumZorg is { } tijdelijk)
            v.Check("Datum", datum >= tijdelijk, $"De zorg is tijdelijk gestopt op {tijdelijk:dd-MM-yyyy}; de definitieve stop kan niet eerder liggen (TR414).");
        if (v.IsValid)
        {
            t.Status = ToewijzingStatus.Gestopt;
            t.Opname = null;
            t.VerwachteHervatting = null;
            t.EinddatumZorg = datum;
            t.RedenBeeindiging = reden;
        }
        return v.Errors;
    }

    /// <summary>Temporary stop (WMO307 with reden 20, IB-32): delivery is interrupted, the toewijzing stays. The admission
    /// and the expected return are required when the provider registers it; a 307 from another system carries neither.</summary>
    public static IReadOnlyList<ValidationError> TijdelijkStop(Toewijzing t, DateOnly laatsteZorgdag, string? opname, DateOnly? verwachteHervatting)
    {
        var v = new Validator()
            .Check("Status", t.Status == ToewijzingStatus.Gestart, t.Status == ToewijzingStatus.TijdelijkGestopt
                ? "De zorg is al tijdelijk gestopt."
                : "Tijdelijk stoppen kan alleen terwijl de zorg loopt.")
            .Check("Opname", opname is null || TijdelijkeStop.Opnames.ContainsKey(opname), "Kies de reden van de onderbreking: ziekenhuis, revalidatiecentrum of anders.");
        LeveringsperiodeRegels(v, t, laatsteZorgdag);
        if (verwachteHervatting is { } terug)
        {
            v.Check("VerwachteHervatting", terug > laatsteZorgdag, "De verwachte hervatting ligt na de laatste zorgdag.");
            v.Check("VerwachteHervatting", t.Einddatum is null || terug <= t.Einddatum,
                $"De verwachte hervatting ligt na de einddatum van de toewijzing ({t.Einddatum:dd-MM-yyyy}): stop de zorg dan definitief.");
        }
        if (v.IsValid)
        {
            t.Status = ToewijzingStatus.TijdelijkGestopt;
            t.EinddatumZorg = laatsteZorgdag;
            t.RedenBeeindiging = TijdelijkeStop.Reden;
            t.Opname = opname;
            t.VerwachteHervatting = verwachteHervatting;
        }
        return v.Errors;
    }

    /// <summary>Care resumes after a temporary stop (a new WMO305 on the same toewijzing).</summary>
    public static IReadOnlyList<ValidationError> Hervat(Toewijzing t, DateOnly datum)
    {
        var v = new Validator().Check("Status", t.Status == ToewijzingStatus.TijdelijkGestopt, "Hervatten kan alleen na een tijdelijke stop.");
        if (t.EinddatumZorg is { } laatste)
            v.Check("Datum", datum > laatste, $"De hervatting moet na de laatste zorgdag vóór de onderbreking liggen ({laatste:dd-MM-yyyy}).");
        v.Check("Datum", t.Einddatum is null || datum <= t.Einddatum, $"De hervatting ligt na de einddatum van de toewijzing ({t.Einddatum:dd-MM-yyyy}).");
        if (v.IsValid)
        {
            t.Status = ToewijzingStatus.Gestart;
            t.HervatOp = datum;
            t.EinddatumZorg = null;
            t.RedenBeeindiging = null;
            t.Opname = null;
            t.VerwachteHervatting = null;
        }
        return v.Errors;
    }

    /// <summary>Withdraws the current start (a 305 with StatusAanlevering 3, e.g. registered on the wrong day). A first
    /// start brings the toewijzing back to accepted; a resumption brings back the temporary stop before it
    /// (<paramref name="vorige"/>). Not once a stop was sent for it (TR071).</summary>
    public static IReadOnlyList<ValidationError> TrekStartIn(Toewijzing t, DateOnly begindatum, Onderbreking? vorige)
    {
        var v = new Validator()
            .Check("Status", t.Status == ToewijzingStatus.Gestart, t.Status is ToewijzingStatus.Gestopt or ToewijzingStatus.TijdelijkGestopt
                ? "Er is al een stop voor deze start verstuurd; trek eerst de stop in (TR071)."
                : "Er is geen start om in te trekken (TR063).")
            .Check("Datum", t.Status != ToewijzingStatus.Gestart || t.BegindatumLevering == begindatum,
                $"De actuele start is per {t.BegindatumLevering:dd-MM-yyyy}; alleen die kan worden ingetrokken (TR063).")
            .Check("Status", t.HervatOp is null || vorige is not null, "De tijdelijke stop vóór deze hervatting is niet bekend.");
        if (!v.IsValid)
            return v.Errors;
        if (t.HervatOp is null)
        {
            t.Status = ToewijzingStatus.Geaccepteerd;
            t.StartdatumZorg = null;
        }
        else
        {
            t.Status = ToewijzingStatus.TijdelijkGestopt;
            (t.HervatOp, t.EinddatumZorg, t.RedenBeeindiging) = (vorige!.HervatOp, vorige.LaatsteZorgdag, TijdelijkeStop.Reden);
            (t.Opname, t.VerwachteHervatting) = (vorige.Opname, vorige.VerwachteHervatting);
        }
        return v.Errors;
    }

    /// <summary>Withdraws the stop of the current delivery period (a 307 with StatusAanlevering 3): care runs again.</summary>
    public static IReadOnlyList<ValidationError> TrekStopIn(Toewijzing t, DateOnly begindatum)
    {
        var v = new Validator()
            .Check("Status", t.Status is ToewijzingStatus.Gestopt or ToewijzingStatus.TijdelijkGestopt, "Er is geen stop om in te trekken (TR063).")
            .Check("Datum", t.BegindatumLevering == begindatum, $"De stop hoort bij de start per {t.BegindatumLevering:dd-MM-yyyy} (TR063).");
        if (v.IsValid)
        {
            t.Status = ToewijzingStatus.Gestart;
            (t.EinddatumZorg, t.RedenBeeindiging, t.Opname, t.VerwachteHervatting) = (null, null, null, null);
        }
        return v.Errors;
    }

    /// <summary>The last day of a delivery period lies in it and within the toewijzing.</summary>
    private static void LeveringsperiodeRegels(Validator v, Toewijzing t, DateOnly datum)
    {
        if (t.BegindatumLevering is { } start)
            v.Check("Datum", datum >= start, $"De einddatum van de zorg ligt vóór de startdatum van de huidige levering ({start:dd-MM-yyyy}).");
        v.Check("Datum", t.Einddatum is null || datum <= t.Einddatum, $"De einddatum van de zorg ligt na de einddatum van de toewijzing ({t.Einddatum:dd-MM-yyyy}).");
    }

    /// <summary>The gemeente changes the end date of a toewijzing (gewijzigde WMO301) with a WMO002 reason, e.g. to end
    /// it early (05 verkorting, 09 overstap) or extend it (04). "13 Verwijderd" sets the end date to the start date.</summary>
    public static IReadOnlyList<ValidationError> WijzigEinddatum(Toewijzing t, DateOnly einddatum, string? reden)
    {
        var v = new Validator()
            .Check("Status", t.Status is not (ToewijzingStatus.Afgewezen or ToewijzingStatus.Gestopt), "Een afgewezen of gestopte toewijzing kan niet meer worden gewijzigd.")
            .Check("Reden", reden is not null && RedenWijziging.Codes.ContainsKey(reden), "Kies een reden wijziging uit codelijst WMO002.");
        if (reden == "13")
            einddatum = t.Ingangsdatum;
        v.Check("Datum", einddatum >= t.Ingangsdatum, "De nieuwe einddatum ligt vóór de ingangsdatum van de toewijzing.");
        if (t.StartdatumZorg is { } start && reden != "13")
            v.Check("Datum", einddatum >= start, $"De nieuwe einddatum ligt vóór de start van de zorg ({start:dd-MM-yyyy}).");
        if (v.IsValid)
        {
            t.Einddatum = einddatum;
            t.RedenWijziging = reden;
        }
        return v.Errors;
    }
}
