using System.Net;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;

namespace Maatwerk.Web.Tests.Clientondersteuning;

/// <summary>Issue 15: a melding has its gemeente (OCO-A16) but no client record, so its events carry that gemeente and
/// the obligations it starts (OCO-3.15, OCO-2.7) do too. Under a regio contract, the contractmanager of one member
/// gemeente sees the OCO obligations of its own residents' questions, never those of another member gemeente.</summary>
public sealed class MeldingGemeenteTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Rij(Guid Id, string Regel, string Status);

    /// <summary>A regio OCO contract with Kompas and a contractmanager at Hilversum (the demo has neither).</summary>
    private (Guid Hilversum, Guid Huizen, Guid Contract) Opzetten() => factory.WithDb(db =>
    {
        var regio = db.Organisaties.Single(o => o.Naam == "Regio Gooi en Vechtstreek");
        var hilversum = db.Organisaties.Single(o => o.Gemeentecode == "0402");
        var huizen = db.Organisaties.Single(o => o.Gemeentecode == "0406");
        if (!db.Contracten.Any(c => c.OpdrachtgeverId == regio.Id && c.ProfielId == "oco"))
        {
            var kompas = db.Organisaties.Single(o => o.Naam == "Cliëntondersteuning Kompas");
            db.Contracten.Add(new Contract
            {
                Naam = "Onafhankelijke cliëntondersteuning Gooi en Vechtstreek — Kompas", OpdrachtgeverId = regio.Id, AanbiederId = kompas.Id,
                ProfielId = "oco", ProfielVersie = 1, Ingangsdatum = new DateOnly(2026, 1, 1),
            });
            var gebruiker = new Gebruiker { Email = "contractmanager@hilversum.test", Naam = "Contractmanager Hilversum", OrganisatieId = hilversum.Id, Rol = Rol.Contractmanager };
            gebruiker.WachtwoordHash = new PasswordHasher<Gebruiker>().HashPassword(gebruiker, DemoData.Wachtwoord);
            db.Gebruikers.Add(gebruiker);
            db.SaveChanges();
        }
        return (hilversum.Id, huizen.Id, db.Contracten.Single(c => c.OpdrachtgeverId == regio.Id && c.ProfielId == "oco").Id);
    });

    private static async Task<Guid> MeldingAsync(HttpClient client, Guid gemeente, string inwoner)
    {
        var response = await client.PostAsJsonAsync("/api/clientondersteuning/meldingen", new
        {
            GemeenteId = gemeente, Inwoner = inwoner, OntvangenDatum = "2026-11-09", OntvangenTijd = "10:00", Kanaal = "Telefoon", Levensdomeinen = new[] { "wonen" },
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    [Fact]
    public async Task A_contractmanager_of_gemeente_A_does_not_see_the_OCO_obligations_of_gemeente_B_OCO_A16()
    {
        var (hilversum, huizen, contract) = Opzetten();
        var begeleider = await factory.LoggedInAsync(DemoClientondersteuning.Begeleider);
        var eigen = await MeldingAsync(begeleider, hilversum, "Meneer H. Hilversum");
        var ander = await MeldingAsync(begeleider, huizen, "Mevrouw H. Huizen");

        // Each melding's obligations carry its own gemeente (OCO-3.15 and OCO-2.7 start at the melding).
        var opgeslagen = factory.WithDb(db => db.Verplichtingen.Where(v => v.OnderwerpSoort == "melding" && (v.OnderwerpId == eigen || v.OnderwerpId == ander))
            .Select(v => new { v.Id, v.OnderwerpId, v.GemeenteId, v.RegelId }).ToList());
        opgeslagen.Where(v => v.OnderwerpId == eigen).Select(v => v.RegelId).Should().Contain(["OCO-3.15", "OCO-2.7"]);
        opgeslagen.Should().OnlyContain(v => v.GemeenteId == (v.OnderwerpId == eigen ? hilversum : huizen));

        var contractmanager = await factory.LoggedInAsync("contractmanager@hilversum.test");
        var zichtbaar = (await contractmanager.GetAllPagesAsync<Rij>("/api/verplichtingen")).Select(r => r.Id).ToHashSet();
        zichtbaar.Should().Contain(opgeslagen.Where(v => v.OnderwerpId == eigen).Select(v => v.Id));
        zichtbaar.Should().NotContain(opgeslagen.Where(v => v.OnderwerpId == ander).Select(v => v.Id));

        // The list names the gemeente of the melding, never the resident.
        var html = await contractmanager.GetStringAsync($"/Verplichtingen?contract={contract}");
        html.Should().Contain("Melding cliëntondersteuning, Gemeente Hilversum").And.NotContain("Meneer H. Hilversum").And.NotContain("Gemeente Huizen");
    }

    [Fact]
    public void Every_obligation_of_a_demo_melding_carries_the_meldings_gemeente()
    {
        var fout = factory.WithDb(db =>
        {
            var meldingen = db.Set<Domain.Clientondersteuning.Melding>().ToDictionary(m => m.Id, m => m.GemeenteId);
            var rijen = db.Verplichtingen.Where(v => v.OnderwerpSoort == "melding" && v.ClientId == null).ToList()
                .Where(v => meldingen.ContainsKey(v.OnderwerpId!.Value)).ToList();
            rijen.Should().NotBeEmpty();
            return rijen.Count(v => v.GemeenteId != meldingen[v.OnderwerpId!.Value]);
        });
        fout.Should().Be(0);
    }
}
