using Maatwerk.Domain.Ervaringsonderzoek;

namespace Maatwerk.Infrastructure.Ervaringsonderzoek;

/// <summary>The answers to the IB-47a questions, as the aanbieder enters them from paper (or digital) and as the client fills
/// them in through a link (then <see cref="ClientId"/> and <see cref="Kanaal"/> come from the link).</summary>
public sealed record ClientervaringInput
{
    public Guid ClientId { get; init; }
    public ErvaringKanaal Kanaal { get; init; } = ErvaringKanaal.Papier;
    // Nullable so that an empty field reaches the domain's Dutch message with its label (IB-47a) instead of the
    // framework's implicit "is verplicht" with the property name.
    public string? Postcode { get; init; } = "";
    public DateOnly Datum { get; init; }
    public string? Zorgaanbieder { get; init; } = "";
    public string? OntvangenZorg { get; init; } = "";
    public bool? Tevreden { get; init; }
    public string? TevredenToelichting { get; init; }
    public string? GoedEnBeter { get; init; }
    public bool? HeeftOpmerkingen { get; init; }
    public string? Opmerkingen { get; init; }

    public Clientervaring ToClientervaring() => new()
    {
        ClientId = ClientId, Kanaal = Kanaal, Postcode = Postcode ?? "", Datum = Datum, Zorgaanbieder = Zorgaanbieder ?? "", OntvangenZorg = OntvangenZorg ?? "",
        Tevreden = Tevreden, TevredenToelichting = TevredenToelichting, GoedEnBeter = GoedEnBeter, HeeftOpmerkingen = HeeftOpmerkingen,
        Opmerkingen = Opmerkingen,
    };
}

/// <summary>A survey round (OCO-2.21, BSD-63f) as the aanbieder registers it.</summary>
public sealed record ErvaringsrondeInput
{
    public Guid ContractId { get; init; }
    public Doelgroep Doelgroep { get; init; } = Doelgroep.Clienten;
    public DateOnly Van { get; init; }
    public DateOnly Tot { get; init; }
    public string Methode { get; init; } = "";
    public int Respondenten { get; init; }
    public string Resultaten { get; init; } = "";
    public string? Verbetermaatregelen { get; init; }
    public DateOnly? GedeeldMetGemeenteOp { get; init; }
}

/// <summary>The day a round's results were shared with the gemeente (OCO-2.21).</summary>
public sealed record DelenInput
{
    public DateOnly Datum { get; init; }
}

/// <summary>A one-time link for a client (IB-47b).</summary>
public sealed record ErvaringslinkInput
{
    public Guid ClientId { get; init; }
}

/// <summary>The year of an overview or summary (IB-47c) and, for the gemeente, the aanbieder.</summary>
public sealed record ErvaringJaarInput
{
    public int Jaar { get; init; }
    public Guid? AanbiederId { get; init; }
}
