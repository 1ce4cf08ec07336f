namespace Maatwerk.Infrastructure.Incidenten;

/// <summary>An incident, calamity or data breach as the aanbieder registers it (form, <c>POST /api/incidenten</c>), both
/// moments in local time (Europe/Amsterdam; AMB-32). Aanbieder and who registered it are set by the platform.</summary>
public sealed record IncidentInput
{
    public Guid ContractId { get; init; }
    public Guid? ClientId { get; init; }
    public string Soort { get; init; } = "";
    public string Titel { get; init; } = "";
    public string Omschrijving { get; init; } = "";
    public DateOnly VoorgevallenDatum { get; init; }
    public TimeOnly? VoorgevallenTijd { get; init; }
    public DateOnly OntdektDatum { get; init; }
    public TimeOnly? OntdektTijd { get; init; }
    public string? Oorzaak { get; init; }
    public string? Aard { get; init; }
    public string? Gegevens { get; init; }
    public string? Gevolgen { get; init; }
    public string? Maatregelen { get; init; }
}

/// <summary>A report made or a follow-up step (<c>POST /api/incidenten/{id}/stappen</c>): <see cref="Soort"/> is one of
/// <see cref="Domain.Incidenten.IncidentGebeurtenis.Stappen"/>.</summary>
public sealed record IncidentStapInput
{
    public string Soort { get; init; } = "";
    public DateOnly Datum { get; init; }
    public TimeOnly? Tijd { get; init; }
    public string? Toelichting { get; init; }
}
