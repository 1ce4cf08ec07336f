using System.Globalization;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Organisaties;
using Maatwerk.IWmo.Berichten;
using Basis = Maatwerk.IWmo.Berichten.Model.Basis;
using Wmo323 = Maatwerk.IWmo.Berichten.Model.Wmo323;

namespace Maatwerk.Infrastructure.Declaraties;

/// <summary>A WMO323 from stored lines (credits and new debits): each line keeps its ReferentieNummer, a credit carries
/// VorigReferentieNummer and C (IV091), credits come first (OP366), and the total is debits minus credits with its sign.</summary>
public static class Correctiebericht
{
    public static BerichtElement Build(Organisatie aanbieder, Organisatie gemeente, DateOnly periode, DateOnly vandaag, string nummer, IReadOnlyList<Prestatie> regels)
    {
        var totaal = regels.Sum(r => r.Saldo);
        var bericht = new Wmo323.Bericht
        {
            Header = new Wmo323.Header
            {
                BerichtCode = BerichtCatalog.Wmo323.BerichtCode, BerichtVersie = 3, BerichtSubversie = 2,
                Afzender = aanbieder.AgbCode!, Ontvanger = gemeente.Gemeentecode!,
                BerichtIdentificatie = new Basis.BerichtIdentificatie { Identificatie = nummer, Dagtekening = vandaag },
                XsdVersie = new Basis.XsdVersie { BasisschemaXsdVersie = "1.0.0", BerichtXsdVersie = "1.0.0" },
            },
            Declaratie = new Wmo323.Declaratie
            {
                DeclaratieNummer = nummer,
                DeclaratiePeriode = new Basis.GeslotenPeriode { Begindatum = periode, Einddatum = periode.AddMonths(1).AddDays(-1) },
                DeclaratieDagtekening = vandaag,
                TotaalIngediendBedrag = new Basis.TotaalBedragMetDC { TotaalBedrag = Math.Abs(totaal), DebetCredit = totaal < 0 ? "C" : "D" },
                Clienten = new Wmo323.Clienten
                {
                    // Clients in the order their first line comes, so the message's first lines are the credits (OP366).
                    Client = Prestatiecorrectie.Order(regels).GroupBy(r => r.Bsn).Select(g => new Wmo323.Client
                    {
                        Bsn = g.Key,
                        Prestaties = new Wmo323.Prestaties { Prestatie = g.Select(Prestatie).ToList() },
                    }).ToList(),
                },
            },
        };
        return IWmo.Berichten.Model.BerichtModel.ToElement(bericht);
    }

    private static Wmo323.Prestatie Prestatie(Prestatie r) => new()
    {
        ProductReferentie = new Basis.Referentie { ReferentieNummer = r.ReferentieNummer, VorigReferentieNummer = r.Credit ? r.VorigReferentieNummer : null },
        ToewijzingNummer = long.Parse(r.ToewijzingNummer, NumberStyles.None, CultureInfo.InvariantCulture),
        ProductCategorie = r.ProductCategorie,
        ProductCode = r.ProductCode,
        ProductPeriode = new Basis.GeslotenPeriode { Begindatum = r.Begindatum, Einddatum = r.Einddatum },
        GeleverdVolume = r.GeleverdVolume,
        Eenheid = r.Eenheid,
        ProductTarief = r.ProductTarief,
        IngediendBedrag = new Basis.BedragMetDC { Bedrag = r.Bedrag, DebetCredit = r.Credit ? "C" : "D" },
    };
}
