using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Maatwerk.IWmo.Codelijsten;
using Maatwerk.IWmo.Schema;

namespace Maatwerk.IWmo.Berichten.Readable;

/// <summary>Renders any stored iWmo 3.2 message (heen or retour) as a <see cref="ReadableBericht"/> by walking the XML
/// alongside the schema model (<see cref="BerichtCatalog"/>): each simple value is formatted by its XSD type (code list
/// → Dutch text, xs:date → dd-mm-jjjj, eurocents → euros), the composite basisschema types (name, period, omvang,
/// product, amount, address …) become one line, and repeating records (toegewezen producten, prestaties, cliënten)
/// become numbered sections. A type or element the model does not know still renders, by its element names.</summary>
public static class BerichtRenderer
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly HashSet<string> Bedragen = ["LDT_Bedrag", "LDT_TotaalBedrag", "LDT_Budget"];

    /// <param name="xml">The message as stored.</param>
    /// <param name="namen">Names of parties the platform knows, by AGB-code or gemeentecode (afzender, ontvanger).</param>
    public static ReadableBericht Render(string xml, IReadOnlyDictionary<string, string>? namen = null)
    {
        var root = Parse(xml);
        var soort = BerichtCatalog.ByNamespace(root.Name.NamespaceName);
        var renderer = new Walker(namen ?? new Dictionary<string, string>());
        var sections = root.Elements()
            .Select(e => renderer.Section(e, soort?.Root.Complex?.Child(e.Name.LocalName), ReadableLabels.For(e.Name.LocalName)))
            .ToList();
        return new ReadableBericht(soort?.Naam ?? root.Name.LocalName, soort?.Omschrijving ?? "", sections);
    }

    private static XElement Parse(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        return XDocument.Load(reader).Root ?? throw new XmlException("Leeg bericht.");
    }

    internal static string Date(string? tekst) =>
        BerichtElement.AsDate(tekst) is { } d ? d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) : tekst ?? "";

    internal static string Euro(string? centen) =>
        long.TryParse(centen, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var c)
            ? (c / 100m).ToString("C2", Nl)
            : centen ?? "";

    private sealed class Walker(IReadOnlyDictionary<string, string> namen)
    {
        public ReadableSection Section(XElement e, ElementDecl? decl, string title)
        {
            var fields = new List<ReadableField>();
            var sections = new List<ReadableSection>();
            foreach (var kind in e.Elements())
                Add(kind, decl?.Complex?.Child(kind.Name.LocalName), fields, sections);
            return new ReadableSection(title, fields, sections);
        }

        private void Add(XElement x, ElementDecl? decl, List<ReadableField> fields, List<ReadableSection> sections)
        {
            var naam = x.Name.LocalName;
            if (!x.HasElements)
            {
                if (Leaf(x, decl) is { } f)
                    fields.Add(f);
                return;
            }
            if (decl?.Complex is { } type && Composite.Render(type.Name, ReadableLabels.For(naam), x, this) is { } samengesteld)
            {
                fields.AddRange(samengesteld);
                return;
            }
            var kinderen = x.Elements().ToList();
            var itemNaam = kinderen[0].Name.LocalName;
            var itemDecl = decl?.Complex?.Child(itemNaam);
            var isLijst = kinderen.All(k => k.Name.LocalName == itemNaam) && (itemDecl?.Repeats ?? kinderen.Count > 1);
            if (!isLijst)
            {
                sections.Add(Section(x, decl, ReadableLabels.For(naam)));
                return;
            }
            for (var i = 0; i < kinderen.Count; i++)
            {
                var titel = kinderen.Count == 1 ? ReadableLabels.For(itemNaam) : $"{ReadableLabels.For(itemNaam)} {i + 1}";
                if (kinderen[i].HasElements)
                    sections.Add(Section(kinderen[i], itemDecl, titel));
                else if (Leaf(kinderen[i], itemDecl) is { } f)
                    fields.Add(f);
            }
        }

        public ReadableField? Leaf(XElement x, ElementDecl? decl)
        {
            var naam = x.Name.LocalName;
            var waarde = x.Value.Trim();
            var label = ReadableLabels.For(naam);
            switch (naam)
            {
                case "BerichtSubversie":
                    return null;
                case "BerichtVersie":
                    return new ReadableField("iWmo-versie", $"{waarde}.{x.Parent?.Elements().FirstOrDefault(e => e.Name.LocalName == "BerichtSubversie")?.Value.Trim()}");
                case "BerichtCode" when BerichtCatalog.ByCode(waarde) is { } soort:
                    return new ReadableField(label, $"{soort.Naam} {soort.Omschrijving}", waarde);
            }
            if (decl?.Simple is not { } type)
                return new ReadableField(label, waarde);
            if (type.Name is "LDT_Gemeente" or "LDT_AgbCode")
                return Party(label, waarde, type.Name == "LDT_Gemeente");
            if (Codelijst.ForType(type.Name) is { } lijst)
                return new ReadableField(label, lijst.TryGetValue(waarde, out var tekst) ? tekst : "Onbekende code", waarde);
            if (type.Base == XsdBase.Date)
                return new ReadableField(label, Date(waarde));
            if (Bedragen.Contains(type.Name))
                return new ReadableField(label, Euro(waarde));
            return new ReadableField(label, waarde);
        }

        private ReadableField Party(string label, string code, bool gemeente)
        {
            var naam = namen.TryGetValue(code, out var n) ? n
                : gemeente && Codelijst.Gemeentecodes.TryGetValue(code, out var g) ? $"Gemeente {g}"
                : null;
            return naam is null ? new ReadableField(label, code) : new ReadableField(label, naam, code);
        }

        public string Decode(string ldt, string? code) =>
            code is null ? "" : Codelijst.Omschrijving(ldt, code) ?? code;
    }

    /// <summary>The composite basisschema types, each as one or two lines.</summary>
    private static class Composite
    {
        public static IEnumerable<ReadableField>? Render(string type, string label, XElement x, Walker walker)
        {
            string? T(string naam) => x.Elements().FirstOrDefault(e => e.Name.LocalName == naam)?.Value.Trim();
            XElement? E(string naam) => x.Elements().FirstOrDefault(e => e.Name.LocalName == naam);
            switch (type)
            {
                case "CDT_VolledigeNaam":
                    var velden = new List<ReadableField> { new(label, FullName(x)) };
                    if (E("Partnernaam") is { } partner)
                        velden.Add(new("Partnernaam", Surname(partner)));
                    if (T("NaamGebruik") is { } gebruik)
                        velden.Add(new("Naamgebruik", walker.Decode("LDT_NaamGebruik", gebruik), gebruik));
                    return velden;
                case "CDT_Achternaam":
                    return [new(label, Surname(x))];
                case "CDT_Geboortedatum":
                    return T("DatumGebruik") is { } dg
                        ? [new(label, Date(T("Datum"))), new("Datumgebruik", walker.Decode("LDT_DatumGebruik", dg), dg)]
                        : [new(label, Date(T("Datum")))];
                case "CDT_Omvang":
                    return [new(label, Omvang.Describe(T("Volume"), T("Eenheid"), T("Frequentie")), $"eenheid {T("Eenheid")}, frequentie {T("Frequentie")}")];
                case "CDT_Product":
                    var categorie = walker.Decode("LDT_ProductCategorie", T("Categorie"));
                    return [new(label, T("Code") is { } code ? $"{categorie}, productcode {code}" : $"{categorie} (categorie, zonder productcode)", T("Categorie"))];
                case "CDT_BedragMetDC":
                case "CDT_TotaalBedragMetDC":
                    var dc = T("DebetCredit");
                    return [new(label, $"{Euro(T("Bedrag") ?? T("TotaalBedrag"))} {(dc == "C" ? "credit" : "debet")}", dc)];
                case "CDT_GeslotenPeriode":
                case "CDT_OpenPeriode":
                    return [new(label, Period(T("Begindatum"), T("Einddatum")))];
                case "CDT_BerichtIdentificatie":
                    return label == "Identificatie"
                        ? [new("Identificatie", T("Identificatie") ?? ""), new("Dagtekening", Date(T("Dagtekening")))]
                        : [new(label, $"{T("Identificatie")}, dagtekening {Date(T("Dagtekening"))}")];
                case "CDT_XsdVersie":
                    return [new(label, $"basisschema {T("BasisschemaXsdVersie")}, bericht {T("BerichtXsdVersie")}")];
                case "CDT_Referentie":
                    return [new(label, T("VorigReferentieNummer") is { } vorig ? $"{T("ReferentieNummer")} (vorige: {vorig})" : T("ReferentieNummer") ?? "")];
                case "CDT_Communicatie":
                    var vorm = walker.Decode("LDT_Communicatievorm", T("Vorm"));
                    return [new(label, T("Taal") is { } taal ? $"{vorm}, taal: {taal}" : vorm, T("Vorm"))];
                case "CDT_Verwijzer":
                    var soort = walker.Decode("LDT_TypeVerwijzer", T("Type"));
                    var wie = string.Join(", ", new[] { T("Naam"), T("ZorgverlenerCode") is { } agb ? $"AGB {agb}" : null }.Where(s => s is not null));
                    return [new(label, wie.Length > 0 ? $"{soort}: {wie}" : soort, T("Type"))];
                case "CDT_Telefoonnummers":
                    return [new(label, string.Join(", ", x.Elements().Select(t => t.Elements().FirstOrDefault(e => e.Name.LocalName == "Telefoonnummer")?.Value.Trim())))];
                case "CDT_Adres":
                    return [new(label, Address(x, walker))];
                default:
                    return null;
            }
        }

        private static string FullName(XElement naam)
        {
            string? T(string n) => naam.Elements().FirstOrDefault(e => e.Name.LocalName == n)?.Value.Trim();
            var voor = T("Voornamen") ?? (T("Voorletters") is { } vl ? string.Join("", vl.Select(c => $"{c}.")) : null);
            var achter = naam.Elements().FirstOrDefault(e => e.Name.LocalName == "Geslachtsnaam") is { } g ? Surname(g) : "";
            return voor is null ? achter : $"{voor} {achter}";
        }

        private static string Surname(XElement achternaam)
        {
            string? T(string n) => achternaam.Elements().FirstOrDefault(e => e.Name.LocalName == n)?.Value.Trim();
            return T("Voorvoegsel") is { } vv ? $"{vv} {T("Achternaam")}" : T("Achternaam") ?? "";
        }

        private static string Period(string? begin, string? eind) => (begin, eind) switch
        {
            ({ } b, { } e) => $"{Date(b)} t/m {Date(e)}",
            ({ } b, null) => $"vanaf {Date(b)}",
            (null, { } e) => $"t/m {Date(e)}",
            _ => "",
        };

        private static string Address(XElement adres, Walker walker)
        {
            string? T(XElement p, string n) => p.Elements().FirstOrDefault(e => e.Name.LocalName == n)?.Value.Trim();
            var huis = adres.Elements().FirstOrDefault(e => e.Name.LocalName == "Huis");
            var nummer = huis is null ? null
                : string.Join(" ", new[] { T(huis, "Huisnummer") + T(huis, "Huisletter"), T(huis, "HuisnummerToevoeging") }.Where(s => !string.IsNullOrEmpty(s)));
            var straat = string.Join(" ", new[] { T(adres, "Straatnaam"), nummer }.Where(s => !string.IsNullOrEmpty(s)));
            var plaats = string.Join(" ", new[] { T(adres, "Postcode"), T(adres, "Plaatsnaam") }.Where(s => !string.IsNullOrEmpty(s)));
            var land = T(adres, "LandCode") is { } lc and not "NL" ? walker.Decode("LDT_LandCode", lc) : null;
            return string.Join(", ", new[] { straat, plaats, land }.Where(s => !string.IsNullOrEmpty(s)));
        }
    }
}
