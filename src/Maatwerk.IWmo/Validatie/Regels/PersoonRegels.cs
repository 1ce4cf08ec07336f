using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Schema.Generated;

namespace Maatwerk.IWmo.Validatie.Regels;

/// <summary>Conditions on names, communication, addresses and referrers: CS050, CS318, CD007, CD005, CD025, CD034,
/// CD066–CD068.</summary>
internal sealed class PersoonRegels : Regelset
{
    private static readonly HashSet<string> ZorgverlenerTypes = ["02", "03", "04", "05"];

    public override void Einde(BerichtElement bericht)
    {
        var is301 = bericht.Namespace == Wmo301Schema.Ns;
        foreach (var naam in Afstammelingen(bericht, "Naam").Where(n => n.Decl?.Complex == Basisschema.CDT_VolledigeNaam))
        {
            var gebruik = naam.Tekst("NaamGebruik");
            var partner = naam.Kind("Partnernaam") is not null;
            if (is301 && partner && gebruik is not ("1" or "2" or "3" or "4"))
                Fout("CS050", naam.Kind("NaamGebruik"), $"NaamGebruik {gebruik} past niet bij een gevulde Partnernaam (toegestaan: 1, 2, 3 of 4).");
            if (is301 && !partner && gebruik is not ("1" or "6"))
                Fout("CS050", naam.Kind("NaamGebruik"), $"NaamGebruik {gebruik} vereist een Partnernaam (zonder Partnernaam: 1 of 6).");
            if (is301 && gebruik == "6" && naam.Ouder?.Naam == "Client")
                Fout("CS318", naam.Kind("NaamGebruik"), "NaamGebruik 6 (niet-natuurlijk persoon) is niet toegestaan voor een cliënt.");
        }
        foreach (var c in Afstammelingen(bericht, "Communicatie"))
        {
            var taal = c.Kind("Taal") is not null;
            if (c.Tekst("Vorm") == "1" && !taal)
                Fout("CD007", c, "Taal is verplicht bij Vorm 1 (tolk taal).");
            if (c.Tekst("Vorm") != "1" && taal)
                Fout("CD007", c.Kind("Taal"), "Taal alleen vullen bij Vorm 1 (tolk taal).");
        }
        foreach (var contact in Afstammelingen(bericht, "Contact"))
        {
            var adres = contact.Kind("Adres");
            if (contact.Tekst("Soort") is "01" or "03" && adres?.Kind("Postcode") is null)
                Fout("CD034", adres ?? contact, "Postcode is verplicht bij een BRP-adres (01) of verblijfadres (03).");
            if (adres is null) continue;
            if ((adres.Kind("Postcode") is not null) != (adres.Kind("LandCode") is not null))
                Fout("CD005", adres, "LandCode vullen als en alleen als Postcode gevuld is.");
            if (adres.Tekst("LandCode") == "NL" && adres.Kind("Huis") is null)
                Fout("CD025", adres, "Huis is verplicht bij een Nederlands adres (LandCode NL).");
        }
        foreach (var v in Afstammelingen(bericht, "Verwijzer"))
        {
            var zorgverlener = ZorgverlenerTypes.Contains(v.Tekst("Type") ?? "");
            var code = v.Kind("ZorgverlenerCode") is not null;
            var naam = v.Kind("Naam") is not null;
            if (zorgverlener && code && naam)
                Fout("CD066", v.Kind("Naam"), "Naam verwijzer leeg laten als ZorgverlenerCode gevuld is.");
            if (zorgverlener && !code && !naam)
                Fout("CD067", v, "Naam verwijzer is verplicht als ZorgverlenerCode leeg is.");
            if (!zorgverlener && code)
                Fout("CD068", v.Kind("ZorgverlenerCode"), $"ZorgverlenerCode alleen vullen bij type verwijzer 02, 03, 04 of 05 (nu {v.Tekst("Type")}).");
        }
    }
}
