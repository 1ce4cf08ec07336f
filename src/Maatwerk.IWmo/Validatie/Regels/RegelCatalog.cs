using Maatwerk.IWmo.Berichten;

namespace Maatwerk.IWmo.Validatie.Regels;

/// <summary>Every rule the validator (layers 3–4) and the context checks (layer 5) can report: which code, for which
/// element of which message, with which retour code — as the official tables assign them
/// (rules/condities-constraints/CD_CS_RS_per_dataelement for CD/CS, rules/technische-regels and the rule XSLT for TR).
/// A rule set cannot report anything else: <see cref="CreateFinding"/> refuses a code that is not defined here for that
/// message and element, so a generic code where the message's table names a specific one cannot slip through.
/// RegelcatalogusTests holds this list against the official tables.</summary>
public static class RegelCatalog
{
    private const string Technisch = "0001";

    public static IReadOnlyList<RegelDefinition> Alle { get; } = [.. Definitions()];

    private static readonly Dictionary<(string Code, string Bericht), RegelDefinition[]> PerCode =
        Alle.GroupBy(d => (d.Code, d.Bericht)).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The definition of <paramref name="code"/> for the element at <paramref name="namen"/> (element names
    /// below the root, e.g. Client, ToegewezenProducten, ToegewezenProduct, Einddatum) of <paramref name="bericht"/>.</summary>
    public static RegelDefinition? Find(string code, string bericht, IReadOnlyList<string> namen) =>
        PerCode.TryGetValue((code, bericht), out var kandidaten) ? kandidaten.FirstOrDefault(d => d.Fits(namen)) : null;

    /// <summary>A finding of <paramref name="code"/> at <paramref name="waar"/>, with the layer and retour code of its
    /// definition. Throws when the code is not defined for that message and element: that is a bug in a rule.</summary>
    internal static Finding CreateFinding(string code, BerichtElement waar, string melding)
    {
        var namen = new List<string>();
        var root = waar;
        for (; root.Ouder is not null; root = root.Ouder) namen.Add(root.Naam);
        namen.Reverse();
        var bericht = BerichtCatalog.ByNamespace(root.Namespace)?.Naam ?? "";
        var definitie = Find(code, bericht, namen)
            ?? throw new InvalidOperationException($"Regel {code} is niet gedefinieerd voor {bericht} {string.Join('/', namen)}.");
        return new Finding(code, waar.Pad, melding, definitie.Laag, definitie.Retourcode);
    }

    private static IEnumerable<RegelDefinition> Definitions()
    {
        static RegelDefinition R(string code, string bericht, string klasse, string element, string retourcode = Technisch, ValidationLayer laag = ValidationLayer.Regels) =>
            new(code, bericht, klasse, element, retourcode, laag);
        static RegelDefinition C(string code, string retourcode, string bericht, string klasse, string element = "") =>
            new(code, bericht, klasse, element, retourcode, ValidationLayer.Context);

        // Header of every heenbericht: Dagtekening not after the systeemdatum (TR135, externe bron); the gemeentecode
        // (sender of 301/319, receiver of the others) on the CBS list (TR378).
        string[] heen = ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323"];
        foreach (var b in heen)
        {
            yield return R("TR135", b, "Header", "BerichtIdentificatie/Dagtekening", "8848");
            yield return R("TR378", b, "Header", b is "WMO301" or "WMO319" ? "Afzender" : "Ontvanger", "S300", ValidationLayer.Codelijst);
        }

        // The client: Bsn (CS002), birth date (CS139, TR002, TR134).
        foreach (var b in new[] { "WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO323" })
            yield return R("CS002", b, "Client", "Bsn");
        foreach (var (b, klasse) in new[] { ("WMO301", "Client"), ("WMO301", "Relatie"), ("WMO305", "Client"), ("WMO307", "Client"), ("WMO315", "Client") })
        {
            yield return R("CS139", b, klasse, "Geboortedatum/DatumGebruik");
            yield return R("TR002", b, klasse, "Geboortedatum/Datum");
            yield return R("TR134", b, klasse, "Geboortedatum/Datum");
        }

        // 301: names, communication, addresses.
        yield return R("CS050", "WMO301", "Client", "Naam/NaamGebruik");
        yield return R("CS050", "WMO301", "Relatie", "Naam/NaamGebruik");
        yield return R("CS318", "WMO301", "Client", "Naam");
        yield return R("CD007", "WMO301", "Client", "Communicatie/Taal");
        yield return R("TR061", "WMO301", "Client", "Contactgegevens");
        yield return R("TR006", "WMO301", "Contact", "");
        yield return R("CD034", "WMO301", "Contact", "Adres/Postcode");
        yield return R("CS089", "WMO301", "Contact", "Adres/Postcode");
        yield return R("CD005", "WMO301", "Contact", "Adres/LandCode");
        yield return R("CD025", "WMO301", "Contact", "Adres/Huis");
        yield return R("CD009", "WMO301", "Contact", "Periode");
        yield return R("CS003", "WMO301", "Contact", "Periode/Einddatum");

        // 315: the referrer.
        yield return R("CD066", "WMO315", "AangevraagdProduct", "Verwijzer/Naam");
        yield return R("CD067", "WMO315", "AangevraagdProduct", "Verwijzer/Naam");
        yield return R("CD068", "WMO315", "AangevraagdProduct", "Verwijzer/ZorgverlenerCode");

        // Products of 301, 315 and 317: period (CS003), Omvang/Budget/Einddatum (CD075–CD080, CD095, CD096, CS338, CS343).
        foreach (var (b, klasse, eind) in new[]
                 {
                     ("WMO301", "ToegewezenProduct", "Einddatum"), ("WMO315", "AangevraagdProduct", "ToewijzingEinddatum"),
                     ("WMO317", "NieuwProduct", "Einddatum"), ("WMO317", "TeWijzigenProduct", "Einddatum"),
                 })
        {
            yield return R("CS003", b, klasse, eind);
            yield return R("CD075", b, klasse, eind);
            yield return R("CD076", b, klasse, eind);
            yield return R("CD077", b, klasse, "Omvang");
            yield return R(b == "WMO315" ? "CS343" : "CS338", b, klasse, "Omvang");
            if (klasse == "TeWijzigenProduct") continue;
            yield return R("CD079", b, klasse, "Product");
            yield return R("CD041", b, klasse, "Omvang");
            yield return R(b switch { "WMO301" => "CD080", "WMO315" => "CD095", _ => "CD096" }, b, klasse, "Omvang");
        }
        yield return R("CS335", "WMO301", "ToegewezenProduct", "RedenWijziging");
        yield return R("CS336", "WMO301", "ToegewezenProduct", "RedenWijziging");
        yield return R("TR101", "WMO301", "ToegewezenProduct", "");
        yield return R("TR302", "WMO301", "ToegewezenProduct", "");
        yield return R("TR386", "WMO315", "AangevraagdProduct", "");
        yield return R("TR383", "WMO315", "AangevraagdProduct", "ReferentieAanbieder");
        yield return R("CD043", "WMO315", "AangevraagdProduct", "BeschikkingIngangsdatum");
        yield return R("TR352", "WMO317", "Verzoek", "");
        yield return R("TR353", "WMO317", "Verzoek", "");
        yield return R("TR410", "WMO317", "NieuwProduct", "");
        yield return R("TR380", "WMO317", "NieuwProduct", "GewensteIngangsdatum");

        // 305/307: StatusAanlevering 1 or 3; the stop's period.
        yield return R("CS058", "WMO305", "StartProduct", "StatusAanlevering");
        yield return R("CS058", "WMO307", "StopProduct", "StatusAanlevering");
        yield return R("TR018", "WMO307", "StopProduct", "Einddatum");

        // 319: the answer.
        yield return R("CD085", "WMO319", "Antwoord", "RedenAfwijzingVerzoek");
        yield return R("CD086", "WMO319", "Antwoord", "RedenAfwijzingVerzoek");

        // 323: the declaration and its prestaties.
        yield return R("CS100", "WMO323", "Declaratie", "DeclaratiePeriode");
        yield return R("CS340", "WMO323", "Declaratie", "DeclaratiePeriode");
        yield return R("TR137", "WMO323", "Declaratie", "DeclaratiePeriode");
        yield return R("CS325", "WMO323", "Declaratie", "TotaalIngediendBedrag/DebetCredit");
        yield return R("TR358", "WMO323", "Declaratie", "TotaalIngediendBedrag");
        yield return R("CS100", "WMO323", "Prestatie", "ProductPeriode");
        yield return R("CS337", "WMO323", "Prestatie", "ProductPeriode");
        yield return R("TR137", "WMO323", "Prestatie", "ProductPeriode");
        yield return R("TR319", "WMO323", "Prestatie", "ProductPeriode", "9319");
        yield return R("TR335", "WMO323", "Prestatie", "ProductPeriode/Einddatum");
        yield return R("CS325", "WMO323", "Prestatie", "IngediendBedrag/DebetCredit");
        yield return R("CS339", "WMO323", "Prestatie", "IngediendBedrag");
        yield return R("CD087", "WMO323", "Prestatie", "ProductTarief");
        yield return R("CD060", "WMO323", "Prestatie", "ProductReferentie/VorigReferentieNummer");
        yield return R("TR101", "WMO323", "Prestatie", "");
        yield return R("TR314", "WMO323", "Prestatie", "ProductReferentie/ReferentieNummer", "8021");
        yield return R("TR315", "WMO323", "Prestatie", "ProductReferentie");
        yield return R("TR316", "WMO323", "Prestatie", "ProductReferentie");
        yield return R("TR416", "WMO323", "Prestatie", "");

        // Layer 5, against the platform's state (BerichtVerwerker).
        yield return C("TR019", "9019", "WMO305", "StartProduct", "ToewijzingNummer");
        yield return C("TR019", "9019", "WMO307", "StopProduct", "ToewijzingNummer");
        yield return C("TR063", "9063", "WMO305", "StartProduct");
        yield return C("TR063", "9063", "WMO307", "StopProduct");
        yield return C("TR071", "9071", "WMO305", "StartProduct");
        yield return C("TR074", "9074", "WMO305", "StartProduct", "Begindatum");
        yield return C("TR326", "9326", "WMO305", "StartProduct");
        yield return C("TR382", "9069", "WMO307", "StopProduct", "Begindatum");
        yield return C("TR413", "9413", "WMO307", "StopProduct", "RedenBeeindiging");
        yield return C("TR414", "9414", "WMO307", "StopProduct", "Einddatum");
        yield return C("TR415", "9415", "WMO307", "StopProduct");
        foreach (var (b, klasse) in new[] { ("WMO301", "ToegewezenProduct"), ("WMO305", "StartProduct"), ("WMO307", "StopProduct"), ("WMO315", "AangevraagdProduct"), ("WMO317", "NieuwProduct") })
            yield return C("TR381", "S329", b, klasse, "Product/Code");
        yield return C("TR381", "S329", "WMO323", "Prestatie", "ProductCode");
        yield return C("TR338", "9338", "WMO323", "Prestatie", "ToewijzingNummer");
        yield return C("TR307", "9307", "WMO323", "Prestatie", "ProductPeriode/Begindatum");
        yield return C("TR308", "9308", "WMO323", "Prestatie", "ProductPeriode/Einddatum");
        yield return C("TR339", "9339", "WMO323", "Prestatie", "ProductCategorie");
        yield return C("TR340", "9340", "WMO323", "Prestatie", "ProductCode");
        yield return C("TR341", "9341", "WMO323", "Prestatie", "Eenheid");
    }
}
