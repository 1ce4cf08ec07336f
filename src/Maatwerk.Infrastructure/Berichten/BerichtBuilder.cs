using System.Globalization;
using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Berichten.Model;
using Basis = Maatwerk.IWmo.Berichten.Model.Basis;
using Wmo301 = Maatwerk.IWmo.Berichten.Model.Wmo301;
using Wmo305 = Maatwerk.IWmo.Berichten.Model.Wmo305;
using Wmo307 = Maatwerk.IWmo.Berichten.Model.Wmo307;
using Wmo315 = Maatwerk.IWmo.Berichten.Model.Wmo315;
using Wmo317 = Maatwerk.IWmo.Berichten.Model.Wmo317;
using Wmo319 = Maatwerk.IWmo.Berichten.Model.Wmo319;

namespace Maatwerk.Infrastructure.Berichten;

/// <summary>Builds the iWmo 3.2 heenberichten of the care chain from the platform's data: WMO301 (toewijzing), WMO305
/// (start), WMO307 (stop), WMO315/317 (verzoeken) and WMO319 (antwoord). Each builder fills the library's typed model
/// (<see cref="BerichtModel"/>), which writes the elements in XSD order. The ProductCode is the contract's mapped iWmo code
/// (<see cref="Toewijzing.BerichtProductcode"/>); without one only the category is sent (a toewijzing per productcategorie).</summary>
public static class BerichtBuilder
{
    public sealed record Parties(string Afzender, string Ontvanger, string Identificatie, DateOnly Dagtekening);

    private const string GeslachtOnbekend = "0"; // COD046: onbekend — the platform does not record gender

    /// <param name="gewijzigdOp">For a gewijzigde toewijzing: the date of the change, sent as its Toewijzingsdatum.</param>
    public static BerichtElement Toewijzing301(Parties p, Client client, Toewijzing t, TimeOnly tijd, DateOnly? gewijzigdOp = null, string? referentieAanbieder = null)
    {
        var naam = VerkorteNaam(client);
        var bericht = new Wmo301.Bericht
        {
            Header = Header<Wmo301.Header>(BerichtCatalog.Wmo301, p),
            Client = new Wmo301.Client
            {
                Bsn = client.Bsn,
                Geboortedatum = new Basis.Geboortedatum { Datum = client.Geboortedatum },
                Geslacht = GeslachtOnbekend,
                Naam = new Basis.VolledigeNaam
                {
                    Geslachtsnaam = naam.Geslachtsnaam, Voornamen = naam.Voornamen, Voorletters = naam.Voorletters,
                    NaamGebruik = "1", // COD700: eigen naam
                },
                Contactgegevens = new Wmo301.Contactgegevens
                {
                    Contact = [new Wmo301.Contact { Soort = "01", Adres = Adres(client) }], // COD757: woonadres
                },
                ToegewezenProducten = new Wmo301.ToegewezenProducten
                {
                    ToegewezenProduct =
                    [
                        new Wmo301.ToegewezenProduct
                        {
                            ToewijzingNummer = Nummer(t.ToewijzingNummer),
                            ReferentieAanbieder = referentieAanbieder,
                            Product = Product(t.Productcategorie, t.BerichtProductcode),
                            Toewijzingsdatum = gewijzigdOp ?? t.Toewijzingsdatum,
                            Toewijzingstijd = new TimeOnly(tijd.Hour, tijd.Minute, tijd.Second), // whole seconds, as always sent
                            Ingangsdatum = t.Ingangsdatum,
                            Einddatum = t.Einddatum,
                            RedenWijziging = t.RedenWijziging,
                            Omvang = t.Budget is null ? Omvang(t.Volume, t.Eenheid, t.Frequentie, t.BerichtProductcode) : null,
                            Budget = t.BudgetInCenten,
                        },
                    ],
                },
            },
        };
        return WithNummer(BerichtModel.ToElement(bericht), "Client/ToegewezenProducten/ToegewezenProduct/ToewijzingNummer", t.ToewijzingNummer);
    }

    /// <param name="intrekken">StatusAanlevering 3: withdraws the earlier start with this key (TR063).</param>
    public static BerichtElement Start305(Parties p, Client client, Toewijzing t, bool intrekken = false)
    {
        var bericht = new Wmo305.Bericht
        {
            Header = Header<Wmo305.Header>(BerichtCatalog.Wmo305, p),
            Client = Persoon(client, new Wmo305.Client
            {
                StartProducten = new Wmo305.StartProducten
                {
                    StartProduct =
                    [
                        new Wmo305.StartProduct
                        {
                            ToewijzingNummer = Nummer(t.ToewijzingNummer),
                            Product = Product(t.Productcategorie, t.BerichtProductcode),
                            ToewijzingIngangsdatum = t.Ingangsdatum,
                            Begindatum = t.BegindatumLevering!.Value, // the current delivery period (after a temporary stop: its resumption)
                            StatusAanlevering = intrekken ? "3" : "1", // COD467
                        },
                    ],
                },
            }),
        };
        return WithNummer(BerichtModel.ToElement(bericht), "Client/StartProducten/StartProduct/ToewijzingNummer", t.ToewijzingNummer);
    }

    /// <param name="intrekken">StatusAanlevering 3: withdraws the earlier stop with this key (TR063).</param>
    public static BerichtElement Stop307(Parties p, Client client, Toewijzing t, bool intrekken = false)
    {
        var bericht = new Wmo307.Bericht
        {
            Header = Header<Wmo307.Header>(BerichtCatalog.Wmo307, p),
            Client = Persoon(client, new Wmo307.Client
            {
                StopProducten = new Wmo307.StopProducten
                {
                    StopProduct =
                    [
                        new Wmo307.StopProduct
                        {
                            ToewijzingNummer = Nummer(t.ToewijzingNummer),
                            Product = Product(t.Productcategorie, t.BerichtProductcode),
                            ToewijzingIngangsdatum = t.Ingangsdatum,
                            Begindatum = t.BegindatumLevering!.Value, // the Begindatum of the current start's 305 (TR382)
                            RedenBeeindiging = t.RedenBeeindiging!,
                            Einddatum = t.EinddatumZorg!.Value,
                            StatusAanlevering = intrekken ? "3" : "1", // COD467
                        },
                    ],
                },
            }),
        };
        return WithNummer(BerichtModel.ToElement(bericht), "Client/StopProducten/StopProduct/ToewijzingNummer", t.ToewijzingNummer);
    }

    /// <summary>WMO315 verzoek om toewijzing, from the aanbieder to the gemeente.</summary>
    /// <param name="iwmoProductcode">The iWmo ProductCode asked for; null asks for the category only (then no Omvang, CD095).</param>
    public static BerichtElement VerzoekOmToewijzing315(Parties p, Domain.Verzoeken.Verzoek v, string productcategorie, string? iwmoProductcode)
    {
        var client = new Client { Bsn = v.Bsn, Geboortedatum = v.Geboortedatum, Achternaam = v.Achternaam, Tussenvoegsel = v.Tussenvoegsel, Voornamen = v.Voornamen };
        var bericht = new Wmo315.Bericht
        {
            Header = Header<Wmo315.Header>(BerichtCatalog.Wmo315, p),
            Client = Persoon(client, new Wmo315.Client
            {
                AangevraagdeProducten = new Wmo315.AangevraagdeProducten
                {
                    AangevraagdProduct =
                    [
                        new Wmo315.AangevraagdProduct
                        {
                            ReferentieAanbieder = v.ReferentieAanbieder,
                            Product = Product(productcategorie, iwmoProductcode),
                            ToewijzingIngangsdatum = v.Ingangsdatum,
                            ToewijzingEinddatum = v.Einddatum,
                            Omvang = Omvang(v.Volume, v.Eenheid, v.Frequentie, iwmoProductcode),
                            Verwijzer = new Basis.Verwijzer { Type = v.VerwijzerType, Naam = Filled(v.VerwijzerNaam) },
                            Commentaar = Filled(v.Commentaar),
                        },
                    ],
                },
            }),
        };
        return BerichtModel.ToElement(bericht);
    }

    /// <summary>WMO317 verzoek om wijziging of one toewijzing (TeWijzigenProduct), from the aanbieder to the gemeente.</summary>
    public static BerichtElement VerzoekOmWijziging317(Parties p, Domain.Verzoeken.Verzoek v, Toewijzing t)
    {
        var bericht = new Wmo317.Bericht
        {
            Header = Header<Wmo317.Header>(BerichtCatalog.Wmo317, p),
            Client = new Wmo317.Client
            {
                Bsn = v.Bsn,
                Verzoek = new Wmo317.Verzoek
                {
                    ReferentieAanbieder = v.ReferentieAanbieder,
                    RedenVerzoek = v.RedenVerzoek!,
                    TeWijzigenProducten = new Wmo317.TeWijzigenProducten
                    {
                        TeWijzigenProduct =
                        [
                            new Wmo317.TeWijzigenProduct
                            {
                                ToewijzingNummer = Nummer(t.ToewijzingNummer),
                                GewensteIngangsdatum = v.Ingangsdatum,
                                Einddatum = v.Einddatum,
                                // The verzoek's unit and frequency, else the toewijzing's, else 01 and 2 (per week).
                                Omvang = v.Volume is { } volume
                                    ? new Basis.Omvang { Volume = volume, Eenheid = v.Eenheid ?? t.Eenheid ?? "01", Frequentie = v.Frequentie ?? t.Frequentie ?? "2" }
                                    : null,
                            },
                        ],
                    },
                },
            },
        };
        return WithNummer(BerichtModel.ToElement(bericht), "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/ToewijzingNummer", t.ToewijzingNummer);
    }

    /// <summary>WMO319 antwoordbericht on a 315/317: refused (VerzoekAntwoord 1, with WJ759 reason) or in onderzoek (2).</summary>
    public static BerichtElement Antwoord319(Parties p, string referentieAanbieder, bool inOnderzoek, string? redenAfwijzing) =>
        BerichtModel.ToElement(new Wmo319.Bericht
        {
            Header = Header<Wmo319.Header>(BerichtCatalog.Wmo319, p),
            Antwoord = new Wmo319.Antwoord
            {
                ReferentieAanbieder = referentieAanbieder,
                VerzoekAntwoord = inOnderzoek ? "2" : "1",
                RedenAfwijzingVerzoek = inOnderzoek ? null : redenAfwijzing, // only a refusal has a reason
            },
        });

    private static T Header<T>(BerichtSoort soort, Parties p) where T : IHeadermodel, new() => new()
    {
        BerichtCode = soort.BerichtCode,
        BerichtVersie = 3,
        BerichtSubversie = 2,
        Afzender = p.Afzender,
        Ontvanger = p.Ontvanger,
        BerichtIdentificatie = new Basis.BerichtIdentificatie { Identificatie = p.Identificatie, Dagtekening = p.Dagtekening },
        XsdVersie = new Basis.XsdVersie { BasisschemaXsdVersie = "1.0.0", BerichtXsdVersie = "1.0.0" },
    };

    /// <summary>Who the 305/307/315 is about; the 301 has the same with the full name.</summary>
    private static T Persoon<T>(Client client, T c) where T : IClientmodel
    {
        c.Bsn = client.Bsn;
        c.Geboortedatum = new Basis.Geboortedatum { Datum = client.Geboortedatum };
        c.Geslacht = GeslachtOnbekend;
        c.Naam = VerkorteNaam(client);
        return c;
    }

    /// <summary>The name as in the 305/307/315; the 301 adds NaamGebruik. Lengths cut to the XSD maxima.</summary>
    private static Basis.VerkorteNaam VerkorteNaam(Client client) => new()
    {
        Geslachtsnaam = new Basis.Achternaam
        {
            AchternaamWaarde = Short(client.Achternaam, 200),
            Voorvoegsel = client.Tussenvoegsel is { Length: > 0 } voorvoegsel ? Short(voorvoegsel, 10) : null,
        },
        Voornamen = Short(client.Voornamen, 200),
        Voorletters = Voorletters(client.Voornamen),
    };

    /// <summary>The woonadres: the house number split into its digits (Huisnummer, 0 when there are none) and the rest
    /// (HuisnummerToevoeging, at most 4 characters); street and place cut to the XSD maxima.</summary>
    private static Basis.Adres Adres(Client client)
    {
        var cijfers = new string(client.Huisnummer.TakeWhile(char.IsAsciiDigit).ToArray());
        return new Basis.Adres
        {
            Huis = new Basis.Huis
            {
                Huisnummer = cijfers.Length > 0 ? long.Parse(cijfers, NumberStyles.None, CultureInfo.InvariantCulture) : 0,
                HuisnummerToevoeging = client.Huisnummer[cijfers.Length..].Trim(' ', '-') is { Length: > 0 } toevoeging ? Short(toevoeging, 4) : null,
            },
            Postcode = client.Postcode,
            Straatnaam = Short(client.Straat, 24),
            Plaatsnaam = Short(client.Woonplaats, 80),
            LandCode = "NL",
        };
    }

    private static Basis.Product Product(string categorie, string? code) => new() { Categorie = categorie, Code = code };

    /// <summary>CD080/CD095: without a productcode (a toewijzing per category) the Omvang stays empty.</summary>
    private static Basis.Omvang? Omvang(int? volume, string? eenheid, string? frequentie, string? productcode) =>
        volume is { } v && eenheid is not null && frequentie is not null && productcode is not null
            ? new Basis.Omvang { Volume = v, Eenheid = eenheid, Frequentie = frequentie }
            : null;

    /// <summary>The model holds ToewijzingNummer as a number (LDT_Nummer is an xs:integer); <see cref="WithNummer"/>
    /// then writes the stored text.</summary>
    private static long Nummer(string nummer) =>
        long.TryParse(nummer, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>The platform finds a toewijzing by the ToewijzingNummer text it was received or made with (a gemeente's
    /// 301 may write "0042"), so the message carries that text exactly, not the number's canonical form.</summary>
    private static BerichtElement WithNummer(BerichtElement bericht, string pad, string nummer)
    {
        bericht.Find(pad)!.Waarde = nummer;
        return bericht;
    }

    private static string? Filled(string? s) => s is { Length: > 0 } ? s : null;

    private static string Voorletters(string voornamen) =>
        Short(string.Concat(voornamen.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => char.ToUpperInvariant(v[0]))), 6);

    private static string Short(string s, int max) => s.Length <= max ? s : s[..max];
}
