using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Tarieven;

/// <summary>Tariffs as data over HTTP: the contract manager enters a tariff for a contract without amounts (IB) and imports
/// Deventer's yearly table (DEV-Art7.3, frozen tariffs per B7); without a tariff in force declaring is blocked with a
/// message naming product and date; the aanbieder sees the tariffs but cannot change them.</summary>
public sealed class TariefTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Geldend(DateOnly Vanaf, decimal Bedrag, decimal? Schaduwbedrag, bool Bevroren, string Herkomst, string? Bron);

    private Guid Contract(string gemeentecode, string agb) => factory.WithDb(db =>
    {
        var gemeente = db.Organisaties.Single(o => o.Gemeentecode == gemeentecode).Id;
        var aanbieder = db.Organisaties.Single(o => o.AgbCode == agb).Id;
        return db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == aanbieder).Id;
    });

    [Fact]
    public async Task Without_a_tariff_declaring_is_blocked_until_the_contract_manager_enters_one()
    {
        var voorne = Contract("1992", "75750202");
        var beheerder = await factory.LoggedInAsync("beheer@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@opmaat.demo");

        var geen = await aanbieder.GetAsync($"/api/tarieven/{voorne}/geldend?product=IB-BASIS&datum=2026-11-01");
        geen.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await geen.Content.ReadAsStringAsync()).Should().Contain("IB-BASIS").And.Contain("01-11-2026").And.Contain("geblokkeerd");
        (await aanbieder.GetStringAsync($"/Tarieven?Contract={voorne}")).Should().Contain("geen tarief: declareren geblokkeerd");

        // The aanbieder may not enter tariffs; Deventer's beheerder does not see Voorne's contract.
        (await aanbieder.PostAsJsonAsync("/api/tarieven", new { ContractId = voorne, Productcode = "IB-BASIS", Vanaf = "2026-01-01", Bedrag = 68.40, Bron = "x" }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await beheerder.PostAsJsonAsync("/api/tarieven", new { ContractId = voorne, Productcode = "IB-BASIS", Vanaf = "2026-01-01", Bedrag = 68.40, Bron = "x" }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);

        var consulentVoorne = await factory.LoggedInAsync("consulent@voorneaanzee.demo");
        (await consulentVoorne.GetAsync("/api/tarieven")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "tarieven zijn voor contractmanager, declaraties, beheer en administratie");

    }

    [Fact]
    public async Task The_contract_manager_enters_a_tariff_with_an_effective_date_and_imports_the_yearly_table()
    {
        var deventer = Contract("0150", "75750101");
        var manager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");

        var ongeldig = await manager.PostAsJsonAsync("/api/tarieven", new { ContractId = deventer, Productcode = "PO-X", Vanaf = "2027-01-01", Bedrag = 1.234, Bron = "" });
        ongeldig.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ongeldig.Content.ReadAsStringAsync()).Should().Contain("PO-X").And.Contain("Bron");

        var invoer = await manager.PostAsJsonAsync("/api/tarieven", new { ContractId = deventer, Productcode = "PO-L", Vanaf = "2027-01-01", Bedrag = 58.20, Bron = "Brief gemeente 1 december 2026" });
        invoer.StatusCode.Should().Be(HttpStatusCode.OK, await invoer.Content.ReadAsStringAsync());
        (await aanbieder.GetFromJsonAsync<Geldend>($"/api/tarieven/{deventer}/geldend?product=PO-L&datum=2026-12-31"))!.Bedrag.Should().Be(56.40m);
        var nieuw = (await aanbieder.GetFromJsonAsync<Geldend>($"/api/tarieven/{deventer}/geldend?product=PO-L&datum=2027-01-01"))!;
        (nieuw.Bedrag, nieuw.Herkomst, nieuw.Bron).Should().Be((58.20m, "ingevoerd", "Brief gemeente 1 december 2026"));

        // The yearly table: PO-B indexed; PO-BP's amount is its indexed shadow tariff, still below the frozen 70.80 (B7).
        var tabel = "product;vanaf;bedrag\nPO-B;2027-01-01;65,40\nPO-BP;2027-01-01;70,20\n";
        var import = await manager.PostAsJsonAsync("/api/tarieven/import", new { ContractId = deventer, Tabel = tabel, Bron = "Tarieventabel 2027 gemeente Deventer" });
        import.StatusCode.Should().Be(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        (await aanbieder.GetFromJsonAsync<Geldend>($"/api/tarieven/{deventer}/geldend?product=PO-B&datum=2027-03-01"))!.Bedrag.Should().Be(65.40m);
        var poBp = (await aanbieder.GetFromJsonAsync<Geldend>($"/api/tarieven/{deventer}/geldend?product=PO-BP&datum=2027-03-01"))!;
        (poBp.Bedrag, poBp.Bevroren, poBp.Schaduwbedrag).Should().Be((70.80m, true, 70.20m));

        // A bad table changes nothing.
        var fout = await manager.PostAsJsonAsync("/api/tarieven/import", new { ContractId = deventer, Tabel = "PO-B;2028-01-01;66,00\nPO-B;1-1-2028;66\n" });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Regel 2");
        (await aanbieder.GetFromJsonAsync<Geldend>($"/api/tarieven/{deventer}/geldend?product=PO-B&datum=2028-03-01"))!.Bedrag.Should().Be(65.40m);

        var pagina = await manager.GetStringAsync($"/Tarieven?Contract={deventer}");
        pagina.Should().Contain("AMB-01").And.Contain("Tarieventabel 2027 gemeente Deventer").And.Contain("bevroren, schaduwtarief € 70,20").And.Contain("Tarief invoeren");
        (await aanbieder.GetStringAsync($"/Tarieven?Contract={deventer}")).Should().NotContain("Tarief invoeren");
        factory.WithDb(db => db.AuditRegels.Count(a => a.Entiteit == "Contracttarief" && a.Gebruiker == "contractmanager@deventer.demo")).Should().Be(3);
    }
}
