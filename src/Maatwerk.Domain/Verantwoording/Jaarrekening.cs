using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Verantwoording;

/// <summary>What a document of the annual accounts is (IB-46): the provider's own annual accounts, the accounts of a group
/// entity it belongs to (IB-46a, may be several), or the annual report of a provider that is not required to publish annual
/// accounts (IB-46c).</summary>
public enum JaarrekeningSoort
{
    Jaarrekening = 1,
    Groepsjaarrekening = 2,
    Jaarverslag = 3,
}

/// <summary>The annual accounts of one aanbieder under one contract over one finished year t (IB-46a/c, "bedrijfseconomische
/// jaarrekening" before 1 June t+1; Deventer DEV-Art22.2b "jaarrekening on request"): the uploaded documents
/// (<see cref="JaarrekeningBestand"/>). Uploading a jaarrekening or jaarverslag registers <see cref="Ingediend"/> about the
/// contract's year, which meets IB-46 on the obligations page.</summary>
public sealed class Jaarrekening : Entity
{
    public const string Ingediend = "jaarrekening-ingediend";
    public const string Veld = "Bestand";

    public Guid AanbiederId { get; set; }
    public Guid ContractId { get; set; }
    public Guid OpdrachtgeverId { get; set; }
    public int Jaar { get; set; }
    /// <summary>When the jaarrekening or jaarverslag (not a group entity's accounts alone) was first uploaded.</summary>
    public DateTimeOffset? IngediendOp { get; set; }
    public string? IngediendDoor { get; set; }

    /// <summary>Revenue and result over the year in euros, from the accounts (IB-45, DEV-Eis25); see <see cref="Winstnorm"/>.</summary>
    public decimal? Omzet { get; set; }
    public decimal? Resultaat { get; set; }
    public string? CijfersDoor { get; set; }
    public DateTimeOffset? CijfersOp { get; set; }
    /// <summary>The contract manager's request for an explanation of a profit above the cap, and the aanbieder's answer.</summary>
    public string? Vraag { get; set; }
    public string? VraagDoor { get; set; }
    public DateTimeOffset? ToelichtingGevraagdOp { get; set; }
    public string? Antwoord { get; set; }
    public string? AntwoordDoor { get; set; }
    public DateTimeOffset? AntwoordOp { get; set; }
    public WinstOordeel? Oordeel { get; set; }
    public WinstMaatregel? Maatregel { get; set; }
    public string? OordeelNotitie { get; set; }
    public string? OordeelDoor { get; set; }
    public DateTimeOffset? OordeelOp { get; set; }

    public decimal? Winstpercentage => Winstnorm.Percentage(Omzet, Resultaat);

    public static string SoortNaam(JaarrekeningSoort soort) => soort switch
    {
        JaarrekeningSoort.Jaarrekening => "jaarrekening",
        JaarrekeningSoort.Groepsjaarrekening => "groepsjaarrekening",
        _ => "jaarverslag",
    };

    /// <summary>"de jaarrekening", "het jaarverslag".</summary>
    public static string MetLidwoord(JaarrekeningSoort soort) => (soort == JaarrekeningSoort.Jaarverslag ? "het " : "de ") + SoortNaam(soort);

    /// <summary>The kinds an aanbieder may file under IB-46 given whether it is jaarrekeningplichtig (IB-46c): obliged = the
    /// jaarrekening (a jaarverslag alone does not do); not obliged = the jaarverslag, or a voluntary jaarrekening instead,
    /// which tells the gemeente at least as much (and gives the figures of IB-45); not recorded = either; group accounts
    /// (IB-46a) always.</summary>
    public static IReadOnlyList<JaarrekeningSoort> Toegestaan(bool? jaarrekeningplichtig) => jaarrekeningplichtig == true
        ? [JaarrekeningSoort.Jaarrekening, JaarrekeningSoort.Groepsjaarrekening]
        : Enum.GetValues<JaarrekeningSoort>();

    /// <summary>What IB-46 asks of this aanbieder, in Dutch, for the page.</summary>
    public static string Verschuldigd(bool? jaarrekeningplichtig) => jaarrekeningplichtig switch
    {
        true => "jaarrekeningplichtig: de jaarrekening is verschuldigd (IB-46a), een jaarverslag alleen volstaat niet",
        false => "niet jaarrekeningplichtig: het jaarverslag is verschuldigd (IB-46c); een vrijwillige jaarrekening in plaats daarvan mag ook",
        null => "niet vastgelegd of de aanbieder jaarrekeningplichtig is: de jaarrekening of, als de aanbieder dat niet is, het jaarverslag (IB-46c)",
    };

    /// <summary>Whether this document can be added for year <paramref name="jaar"/> next to the ones already there: only a
    /// finished year within the contract; the kind that follows from <paramref name="jaarrekeningplichtig"/>
    /// (<see cref="Toegestaan"/>); a jaarrekening or a jaarverslag (IB-46c: instead of one), once; group accounts (IB-46a) as
    /// many as there are group entities; and the file rules of every accountability PDF.</summary>
    public static IReadOnlyList<ValidationError> Validate(JaarrekeningSoort? soort, int jaar, int contractBeginjaar, DateOnly vandaag,
        IReadOnlyCollection<JaarrekeningSoort> aanwezig, string? naam, byte[]? inhoud, bool? jaarrekeningplichtig = null)
    {
        var fouten = new List<ValidationError>();
        if (soort is null || !Enum.IsDefined(soort.Value))
            fouten.Add(new("Soort", "Kies wat u indient: jaarrekening, groepsjaarrekening of jaarverslag (als uw organisatie niet jaarrekeningplichtig is, IB-46c)."));
        else if (!Toegestaan(jaarrekeningplichtig).Contains(soort.Value))
            fouten.Add(new("Soort", "Uw organisatie is jaarrekeningplichtig: dien de jaarrekening in (IB-46a); een jaarverslag is alleen voor wie niet jaarrekeningplichtig is (IB-46c)."));
        if (jaar < contractBeginjaar || jaar >= vandaag.Year)
            fouten.Add(new("Jaar", jaar >= vandaag.Year && jaar >= contractBeginjaar
                ? $"De jaarrekening over {jaar} kan pas na afloop van het boekjaar worden ingediend (vanaf 1 januari {jaar + 1})."
                : $"Kies een afgelopen boekjaar van {contractBeginjaar} tot en met {vandaag.Year - 1}: het contract liep toen."));
        var hoofd = aanwezig.FirstOrDefault(s => s != JaarrekeningSoort.Groepsjaarrekening);
        if (soort is JaarrekeningSoort.Jaarrekening or JaarrekeningSoort.Jaarverslag && hoofd != default)
            fouten.Add(new("Soort", hoofd == soort
                ? $"{Hoofdletter(MetLidwoord(soort.Value))} over {jaar} is al ingediend."
                : $"Over {jaar} is al een {SoortNaam(hoofd)} ingediend; een aanbieder dient óf een jaarrekening óf (niet jaarrekeningplichtig, IB-46c) een jaarverslag in."));
        var wat = soort is { } s && Enum.IsDefined(s) ? MetLidwoord(s) : "het document";
        fouten.AddRange(PdfBestand.Validate(Veld, wat, $"Kies het PDF-bestand met {wat}.", naam, inhoud));
        return fouten;
    }

    private static string Hoofdletter(string tekst) => char.ToUpperInvariant(tekst[0]) + tekst[1..];
}

/// <summary>One uploaded document of the annual accounts.</summary>
public sealed class JaarrekeningBestand : BewaardBestand
{
    public Guid JaarrekeningId { get; set; }
    public JaarrekeningSoort Soort { get; set; }
}
