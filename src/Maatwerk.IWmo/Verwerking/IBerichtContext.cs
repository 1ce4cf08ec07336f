namespace Maatwerk.IWmo.Verwerking;

/// <summary>Platform state that some iWmo rules need. The platform implements this on its database; tests use
/// <see cref="InMemoryBerichtContext"/>.</summary>
public interface IBerichtContext
{
    /// <summary>The retourbericht already given to this message (same sender, BerichtCode and Identificatie), if any (TR056).</summary>
    byte[]? PreviousAntwoord(BerichtKey sleutel);

    /// <summary>Remembers the answer so a second delivery gets the same one.</summary>
    void SaveAntwoord(BerichtKey sleutel, byte[] retour);

    /// <summary>An allocation (from an earlier 301) between this municipality and provider, or null (TR019 → 9019).</summary>
    ToewijzingData? FindToewijzing(string gemeente, string aanbieder, string toewijzingNummer);

    /// <summary>Records the allocations of an accepted 301.</summary>
    void RegisterToewijzing(ToewijzingData toewijzing);

    /// <summary>A fresh identification for an outgoing retourbericht.</summary>
    string NewIdentificatie();

    /// <summary>TR381: whether <paramref name="code"/> is on the gemeente's product code list for the category; null when
    /// the context does not know that list (then the rule is not checked).</summary>
    bool? IsProductcodeKnown(string gemeente, string categorie, string code) => null;
}

/// <summary>Identifies a delivered message: sender, message type and its BerichtIdentificatie/Identificatie.</summary>
public sealed record BerichtKey(string Afzender, string BerichtCode, string Identificatie);

/// <summary>What the rules need to know about an allocated product (ToegewezenProduct of a 301).</summary>
public sealed record ToewijzingData(
    string Gemeente,
    string Aanbieder,
    string Bsn,
    string ToewijzingNummer,
    string? ProductCategorie,
    string? ProductCode,
    DateOnly Ingangsdatum,
    DateOnly? Einddatum,
    string? Eenheid,
    LeveringState? Levering = null);

/// <summary>Where delivery on an allocation stands, as far as starts (305) and stops (307) go: the Begindatum of the
/// current delivery period (null before the first start), whether it runs, and the last stop in that period. A context
/// that does not track deliveries leaves it null, and the start/stop sequence rules (TR074, TR326, TR382, TR413–TR415)
/// are then not checked.</summary>
public sealed record LeveringState(DateOnly? Begindatum, bool Loopt, string? RedenLaatsteStop, DateOnly? EinddatumLaatsteStop);
