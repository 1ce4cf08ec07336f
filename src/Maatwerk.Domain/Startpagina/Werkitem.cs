namespace Maatwerk.Domain.Startpagina;

/// <summary>One thing to do on a start page: what, about whom, where it is done (<see cref="Link"/>) and, when a rule sets
/// one, its deadline. The deadline is never computed here: it comes from a stored obligation (the obligations engine) or
/// from a date the record itself holds (the end date of a toewijzing); <see cref="TeLaat"/> likewise comes from the
/// obligation's status.</summary>
public sealed record Werkitem
{
    public required string Titel { get; init; }
    /// <summary>The page where the item is done (a toewijzing, a verzoek, a klacht …).</summary>
    public required string Link { get; init; }
    /// <summary>Client, toewijzing or organisation the item is about.</summary>
    public string? Betreft { get; init; }
    /// <summary>Due date (from an obligation) or the date the item is about (an end date); null when no rule sets one.</summary>
    public DateOnly? Deadline { get; init; }
    /// <summary>For hour-based deadlines: the last moment on time (UTC).</summary>
    public DateTimeOffset? DeadlineMoment { get; init; }
    /// <summary>What the date means, e.g. "aanvaard van rechtswege op", "uiterlijk", "einddatum".</summary>
    public string DeadlineLabel { get; init; } = "uiterlijk";
    public bool TeLaat { get; init; }
    /// <summary>Since when the item waits (e.g. the day a verzoek came in); orders items without a deadline, oldest first.</summary>
    public DateOnly? Sinds { get; init; }
    /// <summary>The clause or requirement behind the deadline (e.g. DEV-Art4.3), if any.</summary>
    public string? Bron { get; init; }
}

/// <summary>One queue on a start page: a titled list of <see cref="Werkitem"/>s with its full count (the items shown may be
/// the first few only) and a link to the complete list.</summary>
public sealed record Werkbak
{
    /// <summary>Stable key, used as data-testid (e.g. "acceptatie").</summary>
    public required string Sleutel { get; init; }
    public required string Titel { get; init; }
    /// <summary>The first items, most urgent first (<see cref="Urgentie.Orden"/>).</summary>
    public required IReadOnlyList<Werkitem> Items { get; init; }
    /// <summary>All items in the queue, also those not shown.</summary>
    public required int Aantal { get; init; }
    /// <summary>Of <see cref="Aantal"/>, how many are overdue.</summary>
    public int TeLaat { get; init; }
    /// <summary>The complete list (e.g. the Verplichtingen page with this queue's filter), if there is one.</summary>
    public string? LijstLink { get; init; }
    /// <summary>The overdue items of the queue as a list (e.g. the Verplichtingen page with status te laat), if there is one.</summary>
    public string? TeLaatLink { get; init; }
    /// <summary>What an empty queue says.</summary>
    public string LeegTekst { get; init; } = "Niets te doen.";
    /// <summary>Order on the page; lower first.</summary>
    public int Volgorde { get; init; }
}
