using System.Net;
using System.Xml.Linq;
using Maatwerk.Web.Tests.Support;
using static Maatwerk.Web.Tests.Declaraties.Declareren;

namespace Maatwerk.Web.Tests.Declaratiebeoordeling;

/// <summary>DEV-Eis28-b (9321) at the gemeente, through the real receipt path (Ontvangstindex gives the no-show toewijzing
/// its voorzieningen, Ontvangstcontrole checks each line): on the no-show toewijzing (NS) at most one unit of 60 minutes per
/// PO/OAD voorziening of the client per calendar month (AMB-12/13). De Linde's own system declares ten hours for October.</summary>
public sealed class NoShowplafondTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public async Task DEV_Eis28_b_9321_a_no_show_line_over_one_unit_per_voorziening_per_month_is_rejected_at_receipt()
    {
        var deventer = factory.Gemeente("0150");
        var (po, poNummer) = await factory.ToewijzingAsync("0150", "75750101", "consulent@deventer.demo", "administratie@delinde.demo", "PO-B",
            new DateOnly(2026, 9, 1), new DateOnly(2027, 8, 31), 5, 600, "01", "2");
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        await factory.RegisterAsync(administratie, po, "begeleider@delinde.demo", ("2026-10-06", "19:30", 60));
        (await administratie.PostAsJsonAsync("/api/afwezigheid", new { ToewijzingId = po, GeplandDatum = "2026-10-13", GeplandTijd = "11:00", AfgemeldDatum = "2026-10-13", AfgemeldTijd = "09:00" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var (_, nsNummer) = await factory.ToewijzingAsync("0150", "75750101", "consulent@deventer.demo", "administratie@delinde.demo", "NS",
            new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), 5, 60, "01", "4");

        // The provider's own system declares 600 minutes on the no-show toewijzing (amount and total kept consistent): more than
        // one unit for each voorziening the client may have (the demo client can have more than the PO-B above).
        var xml = XDocument.Parse(await administratie.GetStringAsync($"/api/declaraties/xml?maand=2026-10-01&gemeenteId={deventer}"));
        XElement Veld(XElement e, string naam) => e.Descendants().First(d => d.Name.LocalName == naam);
        var prestaties = xml.Descendants().Where(e => e.Name.LocalName == "Prestatie").ToList();
        var ns = prestaties.Single(p => Veld(p, "ToewijzingNummer").Value == nsNummer);
        var tarief = long.Parse(Veld(ns, "ProductTarief").Value);
        Veld(ns, "GeleverdVolume").Value = "600";
        Veld(Veld(ns, "IngediendBedrag"), "Bedrag").Value = (600 * tarief).ToString();
        var totaal = prestaties.Sum(p => long.Parse(Veld(Veld(p, "IngediendBedrag"), "Bedrag").Value));
        Veld(Veld(xml.Root!, "TotaalIngediendBedrag"), "TotaalBedrag").Value = totaal.ToString();

        var beoordelaar = await factory.LoggedInAsync("declaraties@deventer.demo");
        (await beoordelaar.PostAsync("/api/iwmo/berichten", new StringContent(xml.ToString(), System.Text.Encoding.UTF8, "application/xml")))
            .StatusCode.Should().Be(HttpStatusCode.Accepted);
        var identificatie = Veld(xml.Root!, "Identificatie").Value;
        var id = factory.WithDb(db => db.Set<Domain.Declaratiebeoordeling.OntvangenDeclaratie>().Single(d => d.Identificatie == identificatie).Id);
        var details = (await beoordelaar.GetFromJsonAsync<BeoordelingFlow.Details>($"/api/declaratiebeoordeling/{id}"))!;

        var noShow = details.Regels.Single(r => r.ToewijzingNummer == nsNummer).Controles.Single(c => c.Regel == "DEV-Eis28-b");
        (noShow.Uitkomst, noShow.Retourcode).Should().Be(("afwijzen", "9321"), noShow.Melding);
        noShow.Melding.Should().Contain("PO-B").And.Contain("10-2026").And.Contain("60");
        details.Regels.Single(r => r.ToewijzingNummer == poNummer).Controles.Should().NotContain(c => c.Regel == "DEV-Eis28-b", "the cap is only on the no-show toewijzing");
    }
}
