using System.Net;
using Maatwerk.Tests.Shared;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Contracten;

/// <summary>The opdrachtgever maps contract products to the iWmo ProductCode of its product code list (TR381); a
/// toewijzing then carries that code and its Omvang, also for contract codes iWmo cannot carry (CD080).</summary>
public sealed class ProductcodesTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private (Guid Contract, Guid Client) DeventerLinde() => factory.WithDb(db =>
    {
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        return (db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id,
            db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Bsn).Skip(7).First().Id);
    });

    [Fact]
    public async Task A_mapped_code_goes_out_in_the_301_with_its_omvang_and_stays_on_the_toewijzing()
    {
        var (contract, client) = DeventerLinde();
        var manager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        (await manager.PutAsJsonAsync($"/api/contracten/{contract}/productcodes", new Dictionary<string, string?> { ["PO-BP"] = "02a07" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var lijst = await manager.GetStringAsync($"/api/contracten/{contract}/productcodes");
        lijst.Should().Contain("\"iwmoProductcode\":\"02A07\"");

        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var vandaag = factory.Vandaag;
        var beschikking = await consulent.BeschikkingAsync(client, vandaag, vandaag.AddMonths(6));
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = client, ContractId = contract, Productcode = "PO-BP", Ingangsdatum = vandaag.ToString("yyyy-MM-dd"),
            Einddatum = vandaag.AddMonths(6).ToString("yyyy-MM-dd"), Volume = 90, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        var xml = factory.WithDb(db => db.Berichten.Single(b => b.ToewijzingId == id && b.Soort == "WMO301").Xml);
        OfficialXsd.Errors(xml).Should().BeEmpty();
        xml.Should().Contain(">02A07</").And.Contain("<wmo301:Omvang>");

        // A later change of the mapping does not rewrite what was already allocated.
        (await manager.PutAsJsonAsync($"/api/contracten/{contract}/productcodes", new Dictionary<string, string?> { ["PO-BP"] = "" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == id).IWmoProductcode).Should().Be("02A07");
        (await manager.GetStringAsync($"/api/contracten/{contract}/productcodes")).Should().Contain("\"inBerichten\":\"PO-BP\"");
    }

    [Fact]
    public async Task Bad_codes_are_refused_per_product_and_nothing_is_saved()
    {
        var (contract, _) = DeventerLinde();
        var manager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var response = await manager.PutAsJsonAsync($"/api/contracten/{contract}/productcodes",
            new Dictionary<string, string?> { ["PO-L"] = "02A01", ["PO-B"] = "02A01", ["OAD-L"] = "TE-LANG", ["ONBEKEND"] = "1" });
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var tekst = await response.Content.ReadAsStringAsync();
        tekst.Should().Contain("OAD-L").And.Contain("TR381").And.Contain("02A01 is gekoppeld aan PO-L en PO-B").And.Contain("ONBEKEND");
        factory.WithDb(db => db.ProductcodeKoppelingen.Count(k => k.ContractId == contract && k.IWmoProductcode == "02A01")).Should().Be(0);
    }

    [Fact]
    public async Task The_provider_sees_the_codes_but_cannot_change_them()
    {
        var (contract, _) = DeventerLinde();
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var pagina = await aanbieder.GetStringAsync($"/Contracten/Productcodes/{contract}");
        pagina.Should().Contain("PO-B").And.NotContain("name=\"Codes[PO-B]\"");
        (await aanbieder.PutAsJsonAsync($"/api/contracten/{contract}/productcodes", new Dictionary<string, string?> { ["PO-B"] = "02A02" }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        var ander = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var vreemd = factory.WithDb(db => db.Contracten.First(c => c.ProfielId == "voorne-aan-zee-ib").Id);
        (await ander.GetAsync($"/Contracten/Productcodes/{vreemd}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "another gemeente's contract is out of view");
    }

    [Fact]
    public async Task The_page_saves_the_codes_from_the_form()
    {
        var (contract, _) = DeventerLinde();
        var manager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var fout = await manager.PostFormAsync($"/Contracten/Productcodes/{contract}", new Dictionary<string, string> { ["Codes[OAD-B]"] = "0 0" });
        (await fout.Content.ReadAsStringAsync()).Should().Contain("OAD-B: De iWmo-productcode is 1 tot 5 letters of cijfers");
        var goed = await manager.PostFormAsync($"/Contracten/Productcodes/{contract}", new Dictionary<string, string> { ["Codes[OAD-B]"] = "07A02" });
        goed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await manager.GetStringAsync($"/Contracten/Productcodes/{contract}")).Should().Contain("value=\"07A02\"");
    }
}
