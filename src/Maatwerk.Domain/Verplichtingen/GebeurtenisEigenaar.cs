using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Incidenten;
using Maatwerk.Domain.Klachten;
using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Domain.Verplichtingen;

/// <summary>A part of the platform that registers an event type itself, with a record behind it (a complaint, an
/// incident, a step in the care chain); <see cref="Melding"/> is the Dutch message that points a user to it.</summary>
public sealed record GebeurtenisEigenaar(string Naam, string Pad, string Melding)
{
    public static readonly GebeurtenisEigenaar Klachtenregister = new("klachtenregister", "/Klachten",
        "Een klacht registreert u in het klachtenregister (/Klachten); daar legt u ook de ontvangstbevestiging, termijn, voortgang, verlenging en afhandeling vast, zodat er een klacht achter elke termijn staat.");

    public static readonly GebeurtenisEigenaar Incidentenregister = new("incidentenregister", "/Incidenten",
        "Een incident, calamiteit of datalek registreert u in het incidentenregister (/Incidenten); daar legt u ook het voorval en de meldingen aan gemeente, toezichthouder en AP vast, zodat er een melding achter elke termijn staat.");

    public static readonly GebeurtenisEigenaar Zorgketen = new("zorgketen", "/Toewijzingen",
        "Deze gebeurtenis legt het platform zelf vast bij de stap in de zorgketen (toewijzing, Wlz-indicatie, evaluatie …); registreer die daar, zodat de toewijzing meeverandert.");

    /// <summary>Who registers <paramref name="soort"/> under <paramref name="profiel"/>; null when a user types it by
    /// hand (<c>/Verplichtingen/Registreren</c>, <c>POST /api/gebeurtenissen</c>). Complaints own <c>klacht</c> and
    /// <c>klacht-*</c> (not the period reports <c>klachtenoverzicht-*</c>, <c>klachtenrapportage-*</c>); incidents own
    /// the kinds the profile routes in <c>meldingen</c> plus incident and datalek, their <c>-voorgevallen</c> moment and
    /// the follow-up steps; the chain owns <see cref="KetenGebeurtenis.Alle"/>.</summary>
    public static GebeurtenisEigenaar? Van(string soort, ContractProfile? profiel)
    {
        if (KetenGebeurtenis.Alle.Contains(soort))
            return Zorgketen;
        if (soort == KlachtGebeurtenis.Ontvangen || soort.StartsWith(KlachtGebeurtenis.Ontvangen + "-", StringComparison.Ordinal))
            return Klachtenregister;
        var meldingen = (profiel?.Meldingen.Select(m => m.Soort) ?? []).Concat([IncidentGebeurtenis.Incident, IncidentGebeurtenis.Datalek]).ToList();
        var basis = soort.EndsWith(IncidentGebeurtenis.VoorgevallenSuffix, StringComparison.Ordinal)
            ? soort[..^IncidentGebeurtenis.VoorgevallenSuffix.Length] : soort;
        if (meldingen.Contains(basis) || IncidentGebeurtenis.Stappen.Any(s => s.Soort == soort))
            return Incidentenregister;
        return null;
    }

    /// <summary>The event types of <paramref name="profiel"/> a user may register by hand.</summary>
    public static IReadOnlyList<GebeurtenisDefinition> HandmatigeSoorten(ContractProfile profiel) =>
        profiel.Gebeurtenissen.Where(g => Van(g.Id, profiel) is null).ToList();
}
