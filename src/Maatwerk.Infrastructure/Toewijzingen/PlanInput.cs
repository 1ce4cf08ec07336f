using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>The support plan as the aanbieder records it (form or JSON). Versie is the version of the stored plan the
/// user started from (optimistic concurrency: a stale version is refused); empty for a new plan or to overwrite.</summary>
public sealed record PlanInput
{
    public string Doelen { get; init; } = "";
    public string Activiteiten { get; init; } = "";
    public string Frequentie { get; init; } = "";
    public string Afschaling { get; init; } = "";
    public string RolNetwerk { get; init; } = "";
    public string OvereengekomenMet { get; init; } = "";
    public DateOnly OvereengekomenOp { get; init; }
    public bool RegieOvergenomen { get; init; }
    public DateOnly? RegieToestemmingOp { get; init; }
    public Guid? Versie { get; init; }

    public static PlanInput From(Ondersteuningsplan p) => new()
    {
        Doelen = p.Doelen, Activiteiten = p.Activiteiten, Frequentie = p.Frequentie, Afschaling = p.Afschaling,
        RolNetwerk = p.RolNetwerk, OvereengekomenMet = p.OvereengekomenMet, OvereengekomenOp = p.OvereengekomenOp,
        RegieOvergenomen = p.RegieOvergenomen, RegieToestemmingOp = p.RegieToestemmingOp, Versie = p.Versie,
    };

    public void ApplyTo(Ondersteuningsplan p)
    {
        p.Doelen = (Doelen ?? "").Trim();
        p.Activiteiten = (Activiteiten ?? "").Trim();
        p.Frequentie = (Frequentie ?? "").Trim();
        p.Afschaling = (Afschaling ?? "").Trim();
        p.RolNetwerk = (RolNetwerk ?? "").Trim();
        p.OvereengekomenMet = (OvereengekomenMet ?? "").Trim();
        p.OvereengekomenOp = OvereengekomenOp;
        (p.RegieOvergenomen, p.RegieToestemmingOp) = (RegieOvergenomen, RegieOvergenomen ? RegieToestemmingOp : null);
    }
}
