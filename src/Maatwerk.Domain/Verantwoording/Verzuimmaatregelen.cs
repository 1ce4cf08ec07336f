using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaratiebeoordeling;

namespace Maatwerk.Domain.Verantwoording;

/// <summary>A measure the gemeente may record when the accountability deadline of a rule is overdue, read from the profile's
/// controle rules with <c>maatregel</c> and <c>bijVerzuimVan</c> (Deventer: DEV-Art22.7-8 "accountant aangewezen op kosten van
/// de aanbieder" and DEV-Art22.2c "ontbindingsgrond", both at MR-31/MR-32).</summary>
public sealed record Verzuimmaatregel(string RegelId, string Bron, string Omschrijving, BesluitSoort Soort, IReadOnlyList<string> BijVerzuimVan);

public static class Verzuimmaatregelen
{
    public const string Accountant = "accountant";
    public const string Ontbindingsgrond = "ontbindingsgrond";

    public static IReadOnlyList<Verzuimmaatregel> From(ContractProfile profiel) =>
        profiel.Regels.Where(r => r.Type == RegelType.Controle && !profiel.Uitschakelen.Contains(r.Id) && r.Parameters.ContainsKey("bijVerzuimVan"))
            .Select(r => r.Parameters.GetValueOrDefault("maatregel") switch
            {
                Accountant => new Verzuimmaatregel(r.Id, r.Bron, r.Omschrijving, BesluitSoort.Accountantskosten, Lijst(r)),
                Ontbindingsgrond => new Verzuimmaatregel(r.Id, r.Bron, r.Omschrijving, BesluitSoort.Ontbindingsgrond, Lijst(r)),
                _ => null,
            })
            .OfType<Verzuimmaatregel>().ToList();

    private static IReadOnlyList<string> Lijst(Regel r) =>
        r.Parameters["bijVerzuimVan"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The decision, when the measure applies to this overdue rule: an accountant's firm and cost (euros, set off against the
    /// next payment) for DEV-Art22.7-8; a note for DEV-Art22.2c.</summary>
    public static (Declaratiebesluit? Besluit, IReadOnlyList<ValidationError> Fouten) Besluit(Verzuimmaatregel? maatregel, string regelId, bool teLaat,
        Guid gemeenteId, Guid aanbiederId, int jaar, string? accountant, decimal? bedrag, string? notitie, string door, DateTimeOffset op)
    {
        var fouten = new List<ValidationError>();
        if (!teLaat)
            fouten.Add(new("VerplichtingId", $"De termijn {regelId} is niet te laat; een maatregel wegens verzuim kan pas na de termijn."));
        if (maatregel is null)
            fouten.Add(new("Maatregel", $"Het contract kent deze maatregel niet bij verzuim van {regelId}."));
        else if (maatregel.Soort == BesluitSoort.Accountantskosten)
        {
            if (string.IsNullOrWhiteSpace(accountant) || accountant.Length > 200)
                fouten.Add(new("Accountant", "Vul de naam van het aangewezen accountantskantoor in (hoogstens 200 tekens)."));
            if (bedrag is not { } b || b <= 0 || b > 1_000_000m || decimal.Round(b, 2) != b)
                fouten.Add(new("Bedrag", "Vul de kosten van de accountant in euro's in: meer dan 0, hoogstens 1.000.000, met hoogstens twee decimalen."));
        }
        if (maatregel?.Soort == BesluitSoort.Ontbindingsgrond && (string.IsNullOrWhiteSpace(notitie) || notitie.Trim().Length < Declaratiebesluit.MinRedenLengte))
            fouten.Add(new("Notitie", $"Leg vast waarom de ontbindingsgrond is vastgesteld (minstens {Declaratiebesluit.MinRedenLengte} tekens)."));
        if (notitie is { Length: > 700 })
            fouten.Add(new("Notitie", "De notitie is hoogstens 700 tekens."));
        if (fouten.Count > 0)
            return (null, fouten);
        var toelichting = string.IsNullOrWhiteSpace(notitie) ? "" : $" — {notitie.Trim()}";
        var reden = maatregel!.Soort == BesluitSoort.Accountantskosten
            ? $"{regelId} {jaar} te laat: accountant {accountant!.Trim()} aangewezen op kosten van de aanbieder{toelichting}"
            : $"{regelId} {jaar} te laat: ontbindingsgrond vastgesteld{toelichting}";
        return (new Declaratiebesluit
        {
            GemeenteId = gemeenteId, AanbiederId = aanbiederId, Soort = maatregel.Soort, Jaar = jaar,
            Bedrag = maatregel.Soort == BesluitSoort.Accountantskosten ? (long)(bedrag!.Value * 100m) : 0, Reden = reden, Bron = maatregel.Bron, Door = door, Op = op,
        }, []);
    }
}
