using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Codelijsten;
using Maatwerk.IWmo.Schema.Generated;

namespace Maatwerk.IWmo.Validatie.Regels;

/// <summary>Rules that hold for every heenbericht: header (TR135, TR378), BSN (CS002), birth date (TR002, TR134, CS139)
/// and periods (CS003/TR018).</summary>
internal sealed class AlgemeneRegels : RegelSet
{
    private DateOnly? _dagtekening;

    public override void Unit(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
    {
        Header(voorouders[0]);
        Element(eenheid);
    }

    // The only state, the Dagtekening, comes from the header, which both parts read.
    public override bool Botst(RegelSet tweede) => false;

    public override void Einde(BerichtElement bericht)
    {
        Header(bericht);
        foreach (var k in bericht.Kinderen)
            if (k.Naam != "Header") Element(k);
    }

    private void Header(BerichtElement bericht)
    {
        if (_dagtekening is not null || bericht.Kind("Header") is not { } header) return;
        _dagtekening = header.Date("BerichtIdentificatie/Dagtekening");
        if (Vervolg) return;
        if (Vandaag is { } vandaag && _dagtekening > vandaag)
            Finding("TR135", header.Find("BerichtIdentificatie/Dagtekening"), $"Dagtekening {D(_dagtekening.Value)} ligt na de systeemdatum {D(vandaag)}.");
        foreach (var veld in header.Kinderen)
        {
            if (veld.Decl?.Simple == Basisschema.LDT_Gemeente && veld.Waarde is { } code && !Codelijst.Gemeentecodes.ContainsKey(code))
                Finding("TR378", veld, $"Gemeentecode {code} komt niet voor in de CBS-gemeentecodelijst.");
        }
    }

    /// <summary>Walks an element that is not streamed further down (streamed children arrive on their own).</summary>
    private void Element(BerichtElement e)
    {
        switch (e.Naam)
        {
            case "Bsn" when e.Waarde is { } bsn && !Elfproef.IsValidBsn(bsn):
                Finding("CS002", e, $"BSN {bsn} voldoet niet aan de elfproef.");
                break;
            case "Geboortedatum" when e.Decl?.Complex == Basisschema.CDT_Geboortedatum:
                Geboortedatum(e);
                break;
        }
        if (e.AantalKinderen == 0) return;
        Periode(e);
        for (var i = 0; i < e.AantalKinderen; i++)
        {
            if (e.KindOp(i, out var waarde) is { } kind) Element(kind);
            // A simple child is only made an element (and walked like one) when the check above will report it.
            else if (e.NaamOp(i) == "Bsn" && waarde is { } bsn && !Elfproef.IsValidBsn(bsn)) Element(e.ElementOp(i));
        }
    }

    private void Geboortedatum(BerichtElement e)
    {
        var datum = e.Date("Datum");
        var gebruik = e.Text("DatumGebruik");
        if (datum is null) return;
        var onbekend = gebruik == "3" && datum == new DateOnly(1900, 1, 1);
        if (gebruik == "3" && datum != new DateOnly(1900, 1, 1))
            Finding("CS139", e, "Bij DatumGebruik 3 (onbekende datum) moet Datum 01-01-1900 zijn.");
        if (gebruik == "2" && (datum.Value.Month != 1 || datum.Value.Day != 1))
            Finding("CS139", e, "Bij DatumGebruik 2 (dag en maand onbekend) moet de datum op 1 januari vallen.");
        if (gebruik == "1" && datum.Value.Day != 1)
            Finding("CS139", e, "Bij DatumGebruik 1 (dag onbekend) moet de datum op de 1e van de maand vallen.");
        if (_dagtekening is { } dt && !onbekend && datum < dt.AddYears(-120))
            Finding("TR002", e, $"Geboortedatum {D(datum.Value)} ligt meer dan 120 jaar voor de Dagtekening.");
        if (_dagtekening is { } dt2 && datum > dt2)
            Finding("TR134", e, $"Geboortedatum {D(datum.Value)} ligt na de Dagtekening van het bericht.");
    }

    /// <summary>Periods whose Einddatum may not lie before their begin, with the code the rule XSLT gives each one:
    /// CS003 for allocations, requests and a temporary address, TR018 for a stop. (The periods of a 323 have TR137,
    /// see Wmo323Regels.)</summary>
    // By the element name alone (each name occurs once), the namespace compared after the hit. A switch, not a
    // Dictionary of tuples: that generic instance is not precompiled, and the command line jitted five of its methods at
    // every start (bench/README.md, "Session 26").
    private sealed record PeriodeRegel(string Ns, string Code, string Begin, string Eind);

    private static readonly PeriodeRegel ToegewezenProduct = new(Wmo301Schema.Ns, "CS003", "Ingangsdatum", "Einddatum");
    private static readonly PeriodeRegel Toewijzingsperiode = new(Wmo301Schema.Ns, "CS003", "Begindatum", "Einddatum");
    private static readonly PeriodeRegel StopProduct = new(Wmo307Schema.Ns, "TR018", "Begindatum", "Einddatum");
    private static readonly PeriodeRegel AangevraagdProduct = new(Wmo315Schema.Ns, "CS003", "ToewijzingIngangsdatum", "ToewijzingEinddatum");
    private static readonly PeriodeRegel TeWijzigenProduct = new(Wmo317Schema.Ns, "CS003", "GewensteIngangsdatum", "Einddatum");
    private static readonly PeriodeRegel NieuwProduct = new(Wmo317Schema.Ns, "CS003", "GewensteIngangsdatum", "Einddatum");

    private static PeriodeRegel? PeriodeVan(string naam) => naam switch
    {
        "ToegewezenProduct" => ToegewezenProduct,
        "Periode" => Toewijzingsperiode,
        "StopProduct" => StopProduct,
        "AangevraagdProduct" => AangevraagdProduct,
        "TeWijzigenProduct" => TeWijzigenProduct,
        "NieuwProduct" => NieuwProduct,
        _ => null,
    };

    private void Periode(BerichtElement e)
    {
        if (PeriodeVan(e.Naam) is not { } periode || !string.Equals(periode.Ns, e.Namespace, StringComparison.Ordinal)) return;
        var eind = e.Kind(periode.Eind);
        if (e.Date(periode.Begin) is { } b && BerichtElement.AsDate(eind?.Waarde) is { } einde && einde < b)
            Finding(periode.Code, eind, $"{periode.Eind} {D(einde)} ligt voor {periode.Begin} {D(b)}.");
    }
}
