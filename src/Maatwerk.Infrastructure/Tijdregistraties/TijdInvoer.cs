using Maatwerk.Domain.Tijdregistraties;

namespace Maatwerk.Infrastructure.Tijdregistraties;

/// <summary>One registration as a user or a planning system enters it (form, <c>POST /api/tijd</c>). The client, the
/// contract, the product, the worker's name, the origin and who registered it are set by the platform; posting them has
/// no effect. Versie is the version the user started from when correcting (optimistic concurrency).</summary>
public sealed record TijdInvoer
{
    public Guid ToewijzingId { get; init; }
    /// <summary>The worker who gave the care; a begeleider registers only their own time (empty = the signed-in user).</summary>
    public Guid? MedewerkerId { get; init; }
    public DateOnly Datum { get; init; }
    public TimeOnly Begintijd { get; init; }
    public int Minuten { get; init; }
    public Contactwijze Contactwijze { get; init; } = Contactwijze.Persoonlijk;
    public Tijdsoort Soort { get; init; } = Tijdsoort.Direct;
    public string? Toelichting { get; init; }
    /// <summary>The plan goal the time served (DEV-B2-DeclTime: makes time without the client on PO declarable).</summary>
    public string? Plandoel { get; init; }
    /// <summary>The line's id in the provider's own system: sending it again corrects that registration (idempotent).</summary>
    public string? ExterneReferentie { get; init; }
    public Guid? Versie { get; init; }

    public static TijdInvoer From(Tijdregistratie r) => new()
    {
        ToewijzingId = r.ToewijzingId, MedewerkerId = r.MedewerkerId, Datum = r.Datum, Begintijd = r.Begintijd, Minuten = r.Minuten,
        Contactwijze = r.Contactwijze, Soort = r.Soort, Toelichting = r.Toelichting, Plandoel = r.Plandoel, ExterneReferentie = r.ExterneReferentie, Versie = r.Versie,
    };

    /// <summary>Whether applying this line would leave <paramref name="r"/> as it is (a re-sent line changes nothing).</summary>
    internal bool Matches(Tijdregistratie r, Guid medewerkerId) =>
        r.ToewijzingId == ToewijzingId && r.MedewerkerId == medewerkerId && r.Datum == Datum && r.Begintijd == new TimeOnly(Begintijd.Hour, Begintijd.Minute)
        && r.Minuten == Minuten && r.Contactwijze == Contactwijze && r.Soort == Soort
        && r.Toelichting == (string.IsNullOrWhiteSpace(Toelichting) ? null : Toelichting.Trim())
        && r.Plandoel == (string.IsNullOrWhiteSpace(Plandoel) ? null : Plandoel.Trim());

    internal void ApplyTo(Tijdregistratie r)
    {
        (r.Datum, r.Begintijd, r.Minuten, r.Contactwijze, r.Soort) = (Datum, new TimeOnly(Begintijd.Hour, Begintijd.Minute), Minuten, Contactwijze, Soort);
        r.Toelichting = string.IsNullOrWhiteSpace(Toelichting) ? null : Toelichting.Trim();
        r.ExterneReferentie = string.IsNullOrWhiteSpace(ExterneReferentie) ? null : ExterneReferentie.Trim();
        r.Plandoel = string.IsNullOrWhiteSpace(Plandoel) ? null : Plandoel.Trim();
    }
}

/// <summary>A batch of registrations (<c>POST /api/tijd</c>): stored all together or not at all.</summary>
public sealed record TijdBulkInvoer
{
    public IReadOnlyList<TijdInvoer> Regels { get; init; } = [];
}
