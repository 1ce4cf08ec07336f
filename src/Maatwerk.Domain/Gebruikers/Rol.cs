using Maatwerk.Domain.Organisaties;

namespace Maatwerk.Domain.Gebruikers;

/// <summary>The roles of DESIGN.md "Who uses it". A role belongs to one side: opdrachtgever (gemeente/regio) or aanbieder.</summary>
public enum Rol
{
    Consulent = 1,
    Contractmanager = 2,
    Declaratiebeoordelaar = 3,
    Toezichthouder = 4,
    Beheerder = 5,
    Administratie = 10,
    Begeleider = 11,
    Kwaliteit = 12,
}

public static class RolInfo
{
    public static string DisplayName(this Rol rol) => rol switch
    {
        Rol.Consulent => "Consulent (toegang)",
        Rol.Contractmanager => "Contractmanager",
        Rol.Declaratiebeoordelaar => "Declaratiebeoordelaar",
        Rol.Toezichthouder => "Toezichthouder",
        Rol.Beheerder => "Functioneel beheerder",
        Rol.Administratie => "Administratie / planner",
        Rol.Begeleider => "Begeleider",
        Rol.Kwaliteit => "Kwaliteit en beheer",
        _ => rol.ToString(),
    };

    public static bool BelongsToOpdrachtgever(this Rol rol) => (int)rol < 10;

    public static bool FitsWith(this Rol rol, OrganisatieSoort soort) =>
        rol.BelongsToOpdrachtgever() == (soort is OrganisatieSoort.Gemeente or OrganisatieSoort.Regio);

    public static IEnumerable<Rol> Alle => Enum.GetValues<Rol>();
}
