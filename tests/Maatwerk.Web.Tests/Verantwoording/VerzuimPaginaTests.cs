using System.Net;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verantwoording;

/// <summary>DEV-Art22.7-8 and DEV-Art22.2c on the page: the Deventer contract manager sees the overdue accountability on
/// /Verantwoording with the measures the profile names, and records one with the form; a wrong entry is named at its field.</summary>
public sealed class VerzuimPaginaTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public async Task De_contractmanager_legt_op_de_pagina_een_accountant_op_kosten_van_de_aanbieder_vast()
    {
        var contractmanager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var pagina = await contractmanager.GetStringAsync("/Verantwoording");
        pagina.Should().Contain("data-testid=\"verzuim\"").And.Contain("Te laat: maatregelen bij verzuim").And.Contain("(DEV-Art22.7-8)");
        var mr31 = factory.WithDb(db => db.Verplichtingen.Where(v => v.RegelId == "MR-31" && v.Status == VerplichtingStatus.TeLaat)
            .Join(db.Contracten.Where(c => c.Naam.Contains("De Linde")), v => v.ContractId, c => c.Id, (v, _) => v.Id).First());

        var fout = await contractmanager.PostFormAsync("/Verantwoording?handler=Verzuim", new Dictionary<string, string>
        {
            ["Maatregel.VerplichtingId"] = mr31.ToString(), ["Maatregel.Maatregel"] = "accountant",
            ["Maatregel.Accountant"] = "Van Dijk Accountants", ["Maatregel.Bedrag"] = "",
        }, "/Verantwoording");
        fout.StatusCode.Should().Be(HttpStatusCode.OK);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("data-veld-fout=\"Maatregel.Bedrag\"").And.Contain("kosten van de accountant");
        factory.WithDb(db => db.Set<Declaratiebesluit>().Count(b => b.Soort == BesluitSoort.Accountantskosten)).Should().Be(0);

        var ok = await contractmanager.PostFormAsync("/Verantwoording?handler=Verzuim", new Dictionary<string, string>
        {
            ["Maatregel.VerplichtingId"] = mr31.ToString(), ["Maatregel.Maatregel"] = "accountant",
            ["Maatregel.Accountant"] = "Van Dijk Accountants", ["Maatregel.Bedrag"] = "4.850,50",
        }, "/Verantwoording");
        ok.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var besluit = factory.WithDb(db => db.Set<Declaratiebesluit>().Single(b => b.Soort == BesluitSoort.Accountantskosten));
        (besluit.Bedrag, besluit.Bron).Should().Be((485_050L, "DEV-Art22.7-8"));

        // The aanbieder sees no such section and cannot post it.
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        (await linde.GetStringAsync("/Verantwoording")).Should().NotContain("data-testid=\"verzuim\"");
        (await linde.PostFormAsync("/Verantwoording?handler=Verzuim", new Dictionary<string, string>
        {
            ["Maatregel.VerplichtingId"] = mr31.ToString(), ["Maatregel.Maatregel"] = "ontbindingsgrond", ["Maatregel.Notitie"] = "Zelf vastleggen kan niet.",
        }, "/Verantwoording")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
