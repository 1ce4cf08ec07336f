using Maatwerk.Domain.Gebruikers;

namespace Maatwerk.Web.Hosting;

/// <summary>Which role may use which part of the application: the menu and the page policies both read this list.</summary>
public static class Navigatie
{
    public sealed record Item(string Titel, string Pad, string Policy, IReadOnlyList<Rol> Rollen);

    private static readonly Rol[] Iedereen = Enum.GetValues<Rol>();

    public static IReadOnlyList<Item> Items { get; } =
    [
        new("Start", "/", Policies.Iedereen, Iedereen),
        new("Verplichtingen", "/Verplichtingen", Policies.Verplichtingen, Iedereen),
        new("Cliënten", "/Clienten", Policies.Clienten, [Rol.Consulent, Rol.Declaratiebeoordelaar, Rol.Administratie, Rol.Begeleider]),
        new("Toewijzingen", "/Toewijzingen", Policies.Toewijzingen, [Rol.Consulent, Rol.Contractmanager, Rol.Declaratiebeoordelaar, Rol.Administratie, Rol.Begeleider]),
        new("Verzoeken", "/Verzoeken", Policies.Verzoeken, [Rol.Consulent, Rol.Administratie, Rol.Begeleider]),
        new("Berichten", "/Berichten", Policies.Berichten, [Rol.Consulent, Rol.Declaratiebeoordelaar, Rol.Beheerder, Rol.Administratie, Rol.Kwaliteit]),
        new("Contracten", "/Contracten", Policies.Contracten, [Rol.Consulent, Rol.Contractmanager, Rol.Declaratiebeoordelaar, Rol.Toezichthouder, Rol.Beheerder, Rol.Administratie, Rol.Kwaliteit]),
        new("Organisaties", "/Organisaties", Policies.Organisaties, [Rol.Contractmanager, Rol.Beheerder, Rol.Kwaliteit, Rol.Toezichthouder]),
        new("Gebruikers", "/Gebruikers", Policies.Gebruikers, [Rol.Beheerder, Rol.Kwaliteit]),
        new("Auditlog", "/Audit", Policies.Audit, [Rol.Beheerder]),
    ];

    public static IEnumerable<Item> VoorRol(Rol? rol) => rol is { } r ? Items.Where(i => i.Rollen.Contains(r)) : [];
}

public static class Policies
{
    public const string Iedereen = "iedereen";
    public const string Clienten = "clienten";
    public const string Verplichtingen = "verplichtingen";
    public const string Berichten = "berichten";
    public const string Verzoeken = "verzoeken";
    public const string Toewijzingen = "toewijzingen";
    public const string Contracten = "contracten";
    public const string Organisaties = "organisaties";
    public const string Gebruikers = "gebruikers";
    public const string Audit = "audit";
}
