using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Ervaringsonderzoek;

/// <summary>A one-time link for a client to fill in the survey digitally, without logging in (IB-47b). Only the hash of its
/// random token is stored; it can be used once and expires after <see cref="Geldigheid"/>. The page it opens greets the
/// client by first name and shows nothing else of the client.</summary>
public sealed class Ervaringslink : Entity
{
    /// <summary>The contracts say nothing about it (decision): four weeks gives a client time to answer and a lost link
    /// little use.</summary>
    public static readonly TimeSpan Geldigheid = TimeSpan.FromDays(28);

    public Guid AanbiederId { get; set; }
    public Guid ClientId { get; set; }
    /// <summary>SHA-256 of the token, hex; the token itself is shown once to the aanbieder and never stored.</summary>
    public string TokenHash { get; set; } = "";
    /// <summary>The greeting ("Beste Anna"): the client's first name, nothing more.</summary>
    public string Aanhef { get; set; } = "";
    public string Zorgaanbieder { get; set; } = "";
    public DateTimeOffset AangemaaktOp { get; set; }
    public string AangemaaktDoor { get; set; } = "";
    public DateTimeOffset VerlooptOp { get; set; }
    public DateTimeOffset? GebruiktOp { get; set; }
    public Guid? ClientervaringId { get; set; }

    public bool IsUsable(DateTimeOffset nu) => GebruiktOp is null && nu < VerlooptOp;

    /// <summary>Why the link cannot be used any more, or null when it can.</summary>
    public string? Unusable(DateTimeOffset nu) =>
        GebruiktOp is not null ? "Deze vragenlijst is al ingevuld. Hartelijk dank!"
        : nu >= VerlooptOp ? "Deze link is verlopen. Vraag uw zorgaanbieder om een nieuwe link of een papieren formulier."
        : null;

    /// <summary>Records the client's answers through this link: once, before it expires (IB-47b).</summary>
    public IReadOnlyList<ValidationError> Use(Clientervaring ervaring, DateTimeOffset nu)
    {
        if (Unusable(nu) is { } reden)
            return [new ValidationError("Link", reden)];
        (GebruiktOp, ClientervaringId) = (nu, ervaring.Id);
        (ervaring.AanbiederId, ervaring.ClientId, ervaring.Kanaal) = (AanbiederId, ClientId, ErvaringKanaal.Digitaal);
        return [];
    }
}
