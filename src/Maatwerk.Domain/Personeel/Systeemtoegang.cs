using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;

namespace Maatwerk.Domain.Personeel;

/// <summary>DEV-Eis18-b: staff without client contact need no VOG, except directors and those with access to systems
/// holding confidential data. The platform is such a system, so a user of the aanbieder with a role that opens client data
/// must be a person in the staff register (<see cref="Medewerker.GebruikerId"/>) whose VOG is valid under the contract. Only
/// contracts whose VOG policy names the clause (<see cref="VogBeleid.BronSysteemtoegang"/>) ask it. Pure.</summary>
public static class Systeemtoegang
{
    /// <summary>The aanbieder's roles that open client data on the platform: the administratie (all clients), the begeleider
    /// (own caseload) and kwaliteit (clients in complaints, incidents and the Meldcode).</summary>
    public static readonly IReadOnlySet<Rol> RollenMetClientgegevens = new HashSet<Rol> { Rol.Administratie, Rol.Begeleider, Rol.Kwaliteit };

    public static bool ZietClientgegevens(Rol rol) => RollenMetClientgegevens.Contains(rol);

    /// <summary>What is wrong with <paramref name="gebruiker"/>'s access under a contract with <paramref name="beleid"/> on
    /// <paramref name="datum"/>, each with its clause; empty when the contract does not ask it or all is in order.</summary>
    public static IReadOnlyList<VogProblem> Evaluate(Gebruiker gebruiker, Medewerker? medewerker, IEnumerable<Vog> vogs, VogBeleid? beleid, DateOnly datum)
    {
        if (beleid?.BronSysteemtoegang is not { } bron || !gebruiker.Actief || !ZietClientgegevens(gebruiker.Rol))
            return [];
        if (medewerker is null)
            return [new VogProblem(bron, $"{gebruiker.Naam} ({gebruiker.Email}) opent cliëntgegevens op het platform, maar is niet als medewerker met een VOG " +
                "in het personeelsregister gekoppeld; wie toegang heeft tot systemen met vertrouwelijke gegevens, heeft een VOG nodig.")];
        if (!medewerker.IsInDienst(datum))
            return [new VogProblem(bron, $"{gebruiker.Naam} ({gebruiker.Email}) opent cliëntgegevens op het platform, maar {medewerker.Naam} is op " +
                $"{datum:dd-MM-yyyy} niet in dienst; trek de toegang in of werk het personeelsregister bij.")];
        return VogCheck.Evaluate(medewerker, vogs, beleid, datum);
    }
}
