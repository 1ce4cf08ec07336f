using Maatwerk.Domain.Clientondersteuning;

namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>A resident's question as the OCO worker enters it (form, <c>POST /api/clientondersteuning/meldingen</c>), in
/// local time (Europe/Amsterdam). Aanbieder, contract (the provider's OCO contract with the gemeente), who registered it and
/// every follow-up are set by the platform.</summary>
public sealed record MeldingInput
{
    public Guid GemeenteId { get; init; }
    public bool Anoniem { get; init; }
    public string? Inwoner { get; init; }
    public string? Bsn { get; init; }
    public string? Contactgegevens { get; init; }
    public DateOnly OntvangenDatum { get; init; }
    public TimeOnly OntvangenTijd { get; init; }
    public Kanaal Kanaal { get; init; } = Kanaal.Telefoon;
    public string? Verwijzer { get; init; }
    public List<string> Levensdomeinen { get; init; } = [];
    public bool Complex { get; init; }
    public string? Vraag { get; init; }
    public bool Spoed { get; init; }
    public DateOnly? TriageDatum { get; init; }
    public TimeOnly? TriageTijd { get; init; }
}

/// <summary>A contact with the resident (OCO-2.25, OCO-4.7 c–g).</summary>
public sealed record ContactInput
{
    public DateOnly Datum { get; init; }
    public TimeOnly Tijd { get; init; }
    public Contactsoort Soort { get; init; } = Contactsoort.InformatieAdvies;
    public Activiteit Activiteit { get; init; } = Activiteit.Verhelderen;
    public string? SubActiviteit { get; init; }
    public bool MetVerwijzer { get; init; }
    public Locatie Locatie { get; init; } = Locatie.TelefoonOfOnline;
    public bool Multidisciplinair { get; init; }
    public string? Toelichting { get; init; }
    /// <summary>The version of the melding the user started from (optimistic concurrency); empty: no check.</summary>
    public Guid? Versie { get; init; }
}

/// <summary>An appointment: planned (in the future) or registered afterwards as held.</summary>
public sealed record AfspraakInput
{
    public DateOnly Datum { get; init; }
    public TimeOnly Tijd { get; init; }
    public Locatie Locatie { get; init; } = Locatie.Kantoor;
    public bool Gehouden { get; init; }
    /// <summary>The version of the melding the user started from (optimistic concurrency); empty: no check.</summary>
    public Guid? Versie { get; init; }
}

/// <summary>Moving a planned appointment (OCO-3.7): the new moment, why, and when the resident was told.</summary>
public sealed record VerzetInput
{
    public DateOnly NieuwDatum { get; init; }
    public TimeOnly NieuwTijd { get; init; }
    public string? Reden { get; init; }
    public DateOnly? GeinformeerdDatum { get; init; }
    public TimeOnly? GeinformeerdTijd { get; init; }
    /// <summary>The version of the melding the user started from (optimistic concurrency); empty: no check.</summary>
    public Guid? Versie { get; init; }
}

/// <summary>The substitute offer arranged when the first appointment cannot be within 10 working days (OCO-3.17).</summary>
public sealed record VervangendAanbodInput
{
    public string? Naar { get; init; }
    /// <summary>The version of the melding the user started from (optimistic concurrency); empty: no check.</summary>
    public Guid? Versie { get; init; }
}

/// <summary>The day the resident obtained the help needed (OCO-2.7) and, optionally, the satisfaction score (OCO-4.7 n).</summary>
public sealed record HulpInput
{
    public DateOnly Datum { get; init; }
    public int? Tevredenheid { get; init; }
    /// <summary>The version of the melding the user started from (optimistic concurrency); empty: no check.</summary>
    public Guid? Versie { get; init; }
}

/// <summary>Links a complaint of the complaints register to this question (OCO-4.7 j–l).</summary>
public sealed record KlachtKoppelingInput
{
    public Guid KlachtId { get; init; }
    /// <summary>The version of the melding the user started from (optimistic concurrency); empty: no check.</summary>
    public Guid? Versie { get; init; }
}

/// <summary>Opening a trajectory (OCO-3.6); an empty planned end is start + expected duration.</summary>
public sealed record TrajectInput
{
    public DateOnly Startdatum { get; init; }
    public int VerwachteDuurWeken { get; init; } = 6;
    public DateOnly? GeplandeEinddatum { get; init; }
    /// <summary>The version of the melding the user started from (optimistic concurrency); empty: no check.</summary>
    public Guid? Versie { get; init; }
}

/// <summary>Closing a trajectory (OCO-3.6 actual end, OCO-3.9 reason, OCO-4.7 a/m/n).</summary>
public sealed record AfsluitInput
{
    public DateOnly Einddatum { get; init; }
    public Afsluitreden? Afsluitreden { get; init; }
    public string? Toelichting { get; init; }
    public bool Geholpen { get; init; }
    public bool PassendeOndersteuning { get; init; }
    public int? Tevredenheid { get; init; }
    /// <summary>The version of the melding the user started from (optimistic concurrency); empty: no check.</summary>
    public Guid? Versie { get; init; }
}

/// <summary>A referral made (OCO-4.7 b).</summary>
public sealed record VerwijzingInput
{
    public string? Naar { get; init; }
    public DateOnly Datum { get; init; }
    public string? Toelichting { get; init; }
    /// <summary>The version of the melding the user started from (optimistic concurrency); empty: no check.</summary>
    public Guid? Versie { get; init; }
}
