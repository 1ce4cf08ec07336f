using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Startpagina;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Startpagina;

namespace Maatwerk.Infrastructure.Gebruikers;

/// <summary>The functioneel beheerder's queues: accounts locked after failed logins, and active accounts without
/// two-factor authentication — both among the users this beheerder manages.</summary>
public sealed class GebruikersWerkbron(GebruikerService gebruikers, DataScope scope, TimeProvider clock) : IWerkvoorraadBron
{
    public async Task<IReadOnlyList<Werkbak>> LeesAsync(CancellationToken ct = default)
    {
        if (scope.Rol != Rol.Beheerder)
            return [];
        var nu = clock.GetUtcNow();
        var lijst = await gebruikers.ListAsync(ct);
        Werkitem Item(Gebruiker g, string betreft) => new() { Titel = g.Naam, Betreft = $"{g.Email}, {g.Rol.DisplayName()}: {betreft}", Link = $"/Gebruikers/Bewerken/{g.Id}" };
        return
        [
            Urgentie.Bak("geblokkeerd", "Geblokkeerde accounts", lijst.Where(g => g.IsLockedOut(nu))
                .Select(g => Item(g, $"geblokkeerd na {g.MisluktePogingen} mislukte pogingen")), WerkvoorraadService.Getoond,
                "Geen geblokkeerde accounts.", "/Gebruikers", volgorde: 10),
            Urgentie.Bak("zonder-2fa", "Gebruikers zonder tweestapsverificatie", lijst.Where(g => g.Actief && !g.TotpActief)
                .Select(g => Item(g, "geen tweestapsverificatie")), WerkvoorraadService.Getoond,
                "Alle actieve gebruikers hebben tweestapsverificatie.", "/Gebruikers", volgorde: 20),
        ];
    }
}
