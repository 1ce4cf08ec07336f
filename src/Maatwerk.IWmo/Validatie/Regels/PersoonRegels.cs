using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Schema.Generated;

namespace Maatwerk.IWmo.Validatie.Regels;

/// <summary>Conditions on names, communication, addresses and referrers: CS050, CS318, CD007, CD005, CD025, CD034,
/// CD066–CD068.</summary>
internal sealed class PersoonRegels : RegelSet
{
    private static readonly HashSet<string> ZorgverlenerTypes = ["02", "03", "04", "05"];

    public override void Einde(BerichtElement bericht)
    {
        var is301 = bericht.Namespace == Wmo301Schema.Ns;
        foreach (var naam in Descendants(bericht, "Naam").Where(n => n.Decl?.Complex == Basisschema.CDT_VolledigeNaam))
        {
            var gebruik = naam.Text("NaamGebruik");
            var partner = naam.Kind("Partnernaam") is not null;
            if (is301 && partner && gebruik is not ("1" or "2" or "3" or "4"))
                Finding("CS050", naam.Kind("NaamGebruik"), $"NaamGebruik {gebruik} past niet bij een gevulde Partnernaam (toegestaan: 1, 2, 3 of 4).");
            if (is301 && !partner && gebruik is not ("1" or "6"))
                Finding("CS050", naam.Kind("NaamGebruik"), $"NaamGebruik {gebruik} vereist een Partnernaam (zonder Partnernaam: 1 of 6).");
            if (is301 && gebruik == "6" && naam.Ouder?.Naam == "Client")
                Finding("CS318", naam.Kind("NaamGebruik"), "NaamGebruik 6 (niet-natuurlijk persoon) is niet toegestaan voor een cliënt.");
        }
        foreach (var c in Descendants(bericht, "Communicatie"))
        {
            var taal = c.Kind("Taal") is not null;
            if (c.Text("Vorm") == "1" && !taal)
                Finding("CD007", c, "Taal is verplicht bij Vorm 1 (tolk taal).");
            if (c.Text("Vorm") != "1" && taal)
                Finding("CD007", c.Kind("Taal"), "Taal alleen vullen bij Vorm 1 (tolk taal).");
        }
        foreach (var contact in Descendants(bericht, "Contact"))
        {
            var adres = contact.Kind("Adres");
            if (contact.Text("Soort") is "01" or "03" && adres?.Kind("Postcode") is null)
                Finding("CD034", adres ?? contact, "Postcode is verplicht bij een BRP-adres (01) of verblijfadres (03).");
            if (adres is null) continue;
            if ((adres.Kind("Postcode") is not null) != (adres.Kind("LandCode") is not null))
                Finding("CD005", adres, "LandCode vullen als en alleen als Postcode gevuld is.");
            if (adres.Text("LandCode") == "NL" && adres.Kind("Huis") is null)
                Finding("CD025", adres, "Huis is verplicht bij een Nederlands adres (LandCode NL).");
        }
        foreach (var v in Descendants(bericht, "Verwijzer"))
        {
            var zorgverlener = ZorgverlenerTypes.Contains(v.Text("Type") ?? "");
            var code = v.Kind("ZorgverlenerCode") is not null;
            var naam = v.Kind("Naam") is not null;
            if (zorgverlener && code && naam)
                Finding("CD066", v.Kind("Naam"), "Naam verwijzer leeg laten als ZorgverlenerCode gevuld is.");
            if (zorgverlener && !code && !naam)
                Finding("CD067", v, "Naam verwijzer is verplicht als ZorgverlenerCode leeg is.");
            if (!zorgverlener && code)
                Finding("CD068", v.Kind("ZorgverlenerCode"), $"ZorgverlenerCode alleen vullen bij type verwijzer 02, 03, 04 of 05 (nu {v.Text("Type")}).");
        }
    }
}
