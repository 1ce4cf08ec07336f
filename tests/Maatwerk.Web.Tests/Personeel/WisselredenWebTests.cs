using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Personeel;

/// <summary>BSD-44a over HTTP: under Gooi en Vechtstreek a new fixed worker who replaces another for a reason the contract
/// does not permit is saved, with a warning naming the clause; a permitted reason and a contract without the rule (Voorne
/// aan Zee) give none. Its own database, so the assignments do not meet those of <see cref="ContinuiteitWebTests"/>.</summary>
public sealed class WisselredenWebTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public async Task BSD_44a_a_replacement_for_a_reason_the_contract_does_not_permit_is_saved_with_a_warning()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var (a, b) = await ContinuiteitWebTests.TweeMedewerkersAsync(kwaliteit, "BSD-MBO4");
        var gooi = PersoneelTests.Toewijzing(factory, "75750101", "gooi-vechtstreek-bsd");
        // The demo may have a fixed worker here already: leaving employment is a permitted reason to replace them.
        (await ContinuiteitWebTests.AssignAsync(kwaliteit, gooi, a, "2026-11-02", "uitdiensttreding")).Waarschuwingen.Should().NotContain(w => w.Contains("BSD-44a"));
        var vervangen = await ContinuiteitWebTests.AssignAsync(kwaliteit, gooi, b, "2026-11-09", "reorganisatie van de teams");
        vervangen.Waarschuwingen.Should().ContainSingle(w => w.Contains("BSD-44a") && w.Contains("reorganisatie van de teams"));
        factory.WithDb(db => db.Set<Domain.Personeel.VasteMedewerker>().Single(v => v.Id == vervangen.Id).Reden).Should().Be("reorganisatie van de teams");
        (await ContinuiteitWebTests.AssignAsync(kwaliteit, gooi, a, "2026-11-10", "vakantie van Bram")).Waarschuwingen.Should().NotContain(w => w.Contains("BSD-44a"));

        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        var (c, d) = await ContinuiteitWebTests.TweeMedewerkersAsync(opMaat, "IB-BASIS");
        var voorne = PersoneelTests.Toewijzing(factory, "75750202", "voorne-aan-zee-ib");
        await ContinuiteitWebTests.AssignAsync(opMaat, voorne, c, "2026-11-02");
        (await ContinuiteitWebTests.AssignAsync(opMaat, voorne, d, "2026-11-09", "reorganisatie")).Waarschuwingen.Should().NotContain(w => w.Contains("BSD-44a"), "Voorne names no reasons");
    }
}
