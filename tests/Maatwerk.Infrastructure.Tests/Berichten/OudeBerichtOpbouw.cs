using System.Globalization;
using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Schema.Generated;
using Maatwerk.Infrastructure.Berichten;

namespace Maatwerk.Infrastructure.Tests.Berichten;

/// <summary>Builds the iWmo 3.2 heenberichten of the care chain from the platform's data: WMO301 (toewijzing), WMO305
/// (start) and WMO307 (stop), element order as in the XSDs. The ProductCode is the contract's mapped iWmo code
/// (<see cref="Toewijzing.BerichtProductcode"/>); without one only the category is sent (a toewijzing per productcategorie).</summary>
// TEMPORARY: verbatim copy of the element-tree builder, to compare bytes with the typed-model rewrite.
internal static class OudeBerichtOpbouw
{
    private const string Basis = Basisschema.Ns;

    

    /// <param name="gewijzigdOp">For a gewijzigde toewijzing: the date of the change, sent as its Toewijzingsdatum.</param>
    public static BerichtElement Toewijzing301(BerichtOpbouw.Partijen p, Client client, Toewijzing t, TimeOnly tijd, DateOnly? gewijzigdOp = null, string? referentieAanbieder = null)
    {
        var ns = BerichtCatalogus.Wmo301.Namespace;
        var bericht = Root(BerichtCatalogus.Wmo301, p);
        var c = ClientDeel(bericht, ns, client, volledigeNaam: true);
        var contact = c.Voeg("Contactgegevens", ns).Voeg("Contact", ns);
        contact.Voeg("Soort", ns, "01"); // COD757: woonadres
        var adres = contact.Voeg("Adres", ns);
        var huis = adres.Voeg("Huis", Basis);
        var cijfers = new string(client.Huisnummer.TakeWhile(char.IsAsciiDigit).ToArray());
        huis.Voeg("Huisnummer", Basis, cijfers.Length > 0 ? cijfers : "0");
        if (client.Huisnummer[cijfers.Length..].Trim(' ', '-') is { Length: > 0 } toevoeging)
            huis.Voeg("HuisnummerToevoeging", Basis, Kort(toevoeging, 4));
        adres.Voeg("Postcode", Basis, client.Postcode);
        adres.Voeg("Straatnaam", Basis, Kort(client.Straat, 24));
        adres.Voeg("Plaatsnaam", Basis, Kort(client.Woonplaats, 80));
        adres.Voeg("LandCode", Basis, "NL");
        var product = c.Voeg("ToegewezenProducten", ns).Voeg("ToegewezenProduct", ns);
        product.Voeg("ToewijzingNummer", ns, t.ToewijzingNummer);
        if (referentieAanbieder is not null)
            product.Voeg("ReferentieAanbieder", ns, referentieAanbieder);
        Product(product, ns, t);
        product.Voeg("Toewijzingsdatum", ns, Datum(gewijzigdOp ?? t.Toewijzingsdatum));
        product.Voeg("Toewijzingstijd", ns, tijd.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        product.Voeg("Ingangsdatum", ns, Datum(t.Ingangsdatum));
        if (t.Einddatum is { } einde)
            product.Voeg("Einddatum", ns, Datum(einde));
        if (t.RedenWijziging is { } reden)
            product.Voeg("RedenWijziging", ns, reden);
        // CD080: without a productcode (a toewijzing per category) the Omvang stays empty.
        if (t.Volume is { } volume && t.Eenheid is not null && t.Frequentie is not null && t.BerichtProductcode is not null)
        {
            var omvang = product.Voeg("Omvang", ns);
            omvang.Voeg("Volume", Basis, volume.ToString(CultureInfo.InvariantCulture));
            omvang.Voeg("Eenheid", Basis, t.Eenheid);
            omvang.Voeg("Frequentie", Basis, t.Frequentie);
        }
        return bericht;
    }

    public static BerichtElement Start305(BerichtOpbouw.Partijen p, Client client, Toewijzing t)
    {
        var ns = BerichtCatalogus.Wmo305.Namespace;
        var bericht = Root(BerichtCatalogus.Wmo305, p);
        var product = ClientDeel(bericht, ns, client).Voeg("StartProducten", ns).Voeg("StartProduct", ns);
        product.Voeg("ToewijzingNummer", ns, t.ToewijzingNummer);
        Product(product, ns, t);
        product.Voeg("ToewijzingIngangsdatum", ns, Datum(t.Ingangsdatum));
        product.Voeg("Begindatum", ns, Datum(t.BegindatumLevering!.Value));
        product.Voeg("StatusAanlevering", ns, "1");
        return bericht;
    }

    public static BerichtElement Stop307(BerichtOpbouw.Partijen p, Client client, Toewijzing t)
    {
        var ns = BerichtCatalogus.Wmo307.Namespace;
        var bericht = Root(BerichtCatalogus.Wmo307, p);
        var product = ClientDeel(bericht, ns, client).Voeg("StopProducten", ns).Voeg("StopProduct", ns);
        product.Voeg("ToewijzingNummer", ns, t.ToewijzingNummer);
        Product(product, ns, t);
        product.Voeg("ToewijzingIngangsdatum", ns, Datum(t.Ingangsdatum));
        product.Voeg("Begindatum", ns, Datum(t.BegindatumLevering!.Value));
        product.Voeg("RedenBeeindiging", ns, t.RedenBeeindiging);
        product.Voeg("Einddatum", ns, Datum(t.EinddatumZorg!.Value));
        product.Voeg("StatusAanlevering", ns, "1");
        return bericht;
    }

    /// <summary>WMO315 verzoek om toewijzing, from the aanbieder to the gemeente.</summary>
    public static BerichtElement VerzoekOmToewijzing315(BerichtOpbouw.Partijen p, Maatwerk.Domain.Verzoeken.Verzoek v, string productcategorie, string? iwmoProductcode)
    {
        var ns = BerichtCatalogus.Wmo315.Namespace;
        var bericht = Root(BerichtCatalogus.Wmo315, p);
        var client = new Client { Bsn = v.Bsn, Geboortedatum = v.Geboortedatum, Achternaam = v.Achternaam, Tussenvoegsel = v.Tussenvoegsel, Voornamen = v.Voornamen };
        var c = ClientDeel(bericht, ns, client);
        var product = c.Voeg("AangevraagdeProducten", ns).Voeg("AangevraagdProduct", ns);
        product.Voeg("ReferentieAanbieder", ns, v.ReferentieAanbieder);
        var categorie = product.Voeg("Product", ns);
        categorie.Voeg("Categorie", Basis, productcategorie);
        if (iwmoProductcode is { } code)
            categorie.Voeg("Code", Basis, code);
        product.Voeg("ToewijzingIngangsdatum", ns, Datum(v.Ingangsdatum));
        if (v.Einddatum is { } einde)
            product.Voeg("ToewijzingEinddatum", ns, Datum(einde));
        if (v.Volume is { } volume && v.Eenheid is not null && v.Frequentie is not null && iwmoProductcode is not null)
        {
            var omvang = product.Voeg("Omvang", ns);
            omvang.Voeg("Volume", Basis, volume.ToString(CultureInfo.InvariantCulture));
            omvang.Voeg("Eenheid", Basis, v.Eenheid);
            omvang.Voeg("Frequentie", Basis, v.Frequentie);
        }
        var verwijzer = product.Voeg("Verwijzer", ns);
        verwijzer.Voeg("Type", Basis, v.VerwijzerType);
        if (v.VerwijzerNaam is { Length: > 0 } naam)
            verwijzer.Voeg("Naam", Basis, naam);
        if (v.Commentaar is { Length: > 0 } commentaar)
            product.Voeg("Commentaar", ns, commentaar);
        return bericht;
    }

    /// <summary>WMO317 verzoek om wijziging of one toewijzing (TeWijzigenProduct), from the aanbieder to the gemeente.</summary>
    public static BerichtElement VerzoekOmWijziging317(BerichtOpbouw.Partijen p, Maatwerk.Domain.Verzoeken.Verzoek v, Toewijzing t)
    {
        var ns = BerichtCatalogus.Wmo317.Namespace;
        var bericht = Root(BerichtCatalogus.Wmo317, p);
        var client = bericht.Voeg("Client", ns);
        client.Voeg("Bsn", ns, v.Bsn);
        var verzoek = client.Voeg("Verzoek", ns);
        verzoek.Voeg("ReferentieAanbieder", ns, v.ReferentieAanbieder);
        verzoek.Voeg("RedenVerzoek", ns, v.RedenVerzoek);
        var product = verzoek.Voeg("TeWijzigenProducten", ns).Voeg("TeWijzigenProduct", ns);
        product.Voeg("ToewijzingNummer", ns, t.ToewijzingNummer);
        product.Voeg("GewensteIngangsdatum", ns, Datum(v.Ingangsdatum));
        if (v.Einddatum is { } einde)
            product.Voeg("Einddatum", ns, Datum(einde));
        if (v.Volume is { } volume)
        {
            var omvang = product.Voeg("Omvang", ns);
            omvang.Voeg("Volume", Basis, volume.ToString(CultureInfo.InvariantCulture));
            omvang.Voeg("Eenheid", Basis, v.Eenheid ?? t.Eenheid ?? "01");
            omvang.Voeg("Frequentie", Basis, v.Frequentie ?? t.Frequentie ?? "2");
        }
        return bericht;
    }

    /// <summary>WMO319 antwoordbericht on a 315/317: refused (VerzoekAntwoord 1, with WJ759 reason) or in onderzoek (2).</summary>
    public static BerichtElement Antwoord319(BerichtOpbouw.Partijen p, string referentieAanbieder, bool inOnderzoek, string? redenAfwijzing)
    {
        var ns = BerichtCatalogus.Wmo319.Namespace;
        var bericht = Root(BerichtCatalogus.Wmo319, p);
        var antwoord = bericht.Voeg("Antwoord", ns);
        antwoord.Voeg("ReferentieAanbieder", ns, referentieAanbieder);
        antwoord.Voeg("VerzoekAntwoord", ns, inOnderzoek ? "2" : "1");
        if (!inOnderzoek && redenAfwijzing is not null)
            antwoord.Voeg("RedenAfwijzingVerzoek", ns, redenAfwijzing);
        return bericht;
    }

    private static BerichtElement Root(BerichtSoort soort, BerichtOpbouw.Partijen p)
    {
        var ns = soort.Namespace;
        var bericht = new BerichtElement("Bericht", ns);
        var header = bericht.Voeg("Header", ns);
        header.Voeg("BerichtCode", ns, soort.BerichtCode);
        header.Voeg("BerichtVersie", ns, "3");
        header.Voeg("BerichtSubversie", ns, "2");
        header.Voeg("Afzender", ns, p.Afzender);
        header.Voeg("Ontvanger", ns, p.Ontvanger);
        var id = header.Voeg("BerichtIdentificatie", ns);
        id.Voeg("Identificatie", Basis, p.Identificatie);
        id.Voeg("Dagtekening", Basis, Datum(p.Dagtekening));
        var xsd = header.Voeg("XsdVersie", ns);
        xsd.Voeg("BasisschemaXsdVersie", Basis, "1.0.0");
        xsd.Voeg("BerichtXsdVersie", Basis, "1.0.0");
        return bericht;
    }

    private static BerichtElement ClientDeel(BerichtElement bericht, string ns, Client client, bool volledigeNaam = false)
    {
        var c = bericht.Voeg("Client", ns);
        c.Voeg("Bsn", ns, client.Bsn);
        c.Voeg("Geboortedatum", ns).Voeg("Datum", Basis, Datum(client.Geboortedatum));
        c.Voeg("Geslacht", ns, "0"); // COD046: onbekend — the platform does not record gender
        var naam = c.Voeg("Naam", ns);
        var geslachtsnaam = naam.Voeg("Geslachtsnaam", Basis);
        geslachtsnaam.Voeg("Achternaam", Basis, Kort(client.Achternaam, 200));
        if (client.Tussenvoegsel is { Length: > 0 } voorvoegsel)
            geslachtsnaam.Voeg("Voorvoegsel", Basis, Kort(voorvoegsel, 10));
        naam.Voeg("Voornamen", Basis, Kort(client.Voornamen, 200));
        naam.Voeg("Voorletters", Basis, Voorletters(client.Voornamen));
        if (volledigeNaam)
            naam.Voeg("NaamGebruik", Basis, "1"); // COD700: eigen naam
        return c;
    }

    private static void Product(BerichtElement parent, string ns, Toewijzing t)
    {
        var product = parent.Voeg("Product", ns);
        product.Voeg("Categorie", Basis, t.Productcategorie);
        if (t.BerichtProductcode is { } code)
            product.Voeg("Code", Basis, code);
    }

    private static string Voorletters(string voornamen) =>
        Kort(string.Concat(voornamen.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => char.ToUpperInvariant(v[0]))), 6);

    private static string Kort(string s, int max) => s.Length <= max ? s : s[..max];

    private static string Datum(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
