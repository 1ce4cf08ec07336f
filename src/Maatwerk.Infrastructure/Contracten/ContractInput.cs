using Maatwerk.Domain.Contracten;

namespace Maatwerk.Infrastructure.Contracten;

public sealed record ContractInput
{
    public string Naam { get; init; } = "";
    public Guid OpdrachtgeverId { get; init; }
    public Guid AanbiederId { get; init; }
    public string ProfielId { get; init; } = "";
    public int ProfielVersie { get; init; } = 1;
    public DateOnly Ingangsdatum { get; init; }
    public DateOnly? Einddatum { get; init; }
    public Guid? Versie { get; init; }

    public static ContractInput From(Contract c) => new()
    {
        Naam = c.Naam, OpdrachtgeverId = c.OpdrachtgeverId, AanbiederId = c.AanbiederId, ProfielId = c.ProfielId,
        ProfielVersie = c.ProfielVersie, Ingangsdatum = c.Ingangsdatum, Einddatum = c.Einddatum, Versie = c.Versie,
    };

    public void ApplyTo(Contract c)
    {
        c.Naam = (Naam ?? "").Trim();
        c.OpdrachtgeverId = OpdrachtgeverId;
        c.AanbiederId = AanbiederId;
        c.ProfielId = (ProfielId ?? "").Trim();
        c.ProfielVersie = ProfielVersie;
        c.Ingangsdatum = Ingangsdatum;
        c.Einddatum = Einddatum;
    }
}
