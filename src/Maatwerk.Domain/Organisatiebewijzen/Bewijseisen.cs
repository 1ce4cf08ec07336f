using System.Globalization;
using Maatwerk.Domain.Calendar;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tijdregistraties;

namespace Maatwerk.Domain.Organisatiebewijzen;

/// <summary>What one kind of evidence must meet under a contract, each value with the clause it comes from.</summary>
/// <param name="Bronnen">The clauses that require this kind (parameter <c>bewijzen</c> of their rule).</param>
/// <param name="MinPerAanspraak">Minimum insured amount per claim or event (<c>minPerAanspraak</c>, IB-62; or
/// <c>minPerGebeurtenis</c>, DEV-B2-Ins).</param>
/// <param name="MinPerJaar">Minimum insured amount per insurance year (<c>minPerJaar</c>, IB-62, BSD-50; or
/// <c>minPerGebeurtenis</c> × <c>minGebeurtenissenPerJaar</c>, DEV-B2-Ins).</param>
/// <param name="GeldigheidMaanden">For evidence without an expiry date of its own (VOG rechtspersoon): the renewal term of
/// the requiring rule (DEV-Eis18-g: 3 years).</param>
public sealed record Bewijseis(Bewijssoort Soort, IReadOnlyList<string> Bronnen, Regelwaarde<decimal>? MinPerAanspraak, Regelwaarde<decimal>? MinPerJaar,
    Regelwaarde<int>? GeldigheidMaanden)
{
    public string Bron => string.Join(", ", Bronnen);
}

/// <summary>The evidence a contract asks of the aanbieder, read from the profile's rules (their <c>parameters</c>): which
/// kinds (<c>bewijzen: [bedrijfsaansprakelijkheid, …]</c>), the minimum insured amounts, and the validity of a VOG
/// rechtspersoon from its renewal term. A contract without such a rule asks nothing: its kinds do not show as missing.</summary>
public static class Bewijseisen
{
    public const string BewijzenParameter = "bewijzen";
    public const string MinPerAanspraakParameter = "minPerAanspraak";
    public const string MinPerGebeurtenisParameter = "minPerGebeurtenis";
    public const string MinGebeurtenissenPerJaarParameter = "minGebeurtenissenPerJaar";
    public const string MinPerJaarParameter = "minPerJaar";

    public static IReadOnlyList<Bewijseis> From(ContractProfile profiel)
    {
        var eisen = new Dictionary<Bewijssoort, Bewijseis>();
        foreach (var regel in profiel.Regels.Where(r => r.Parameters.ContainsKey(BewijzenParameter)))
        {
            var perAanspraak = Bedrag(regel, MinPerAanspraakParameter) ?? Bedrag(regel, MinPerGebeurtenisParameter);
            var perJaar = Bedrag(regel, MinPerJaarParameter)
                ?? (Bedrag(regel, MinPerGebeurtenisParameter) is { } g && Bedrag(regel, MinGebeurtenissenPerJaarParameter) is { } n ? g * n : null);
            var maanden = regel.Termijn is { Aantal: > 0 } t ? t.Basis switch { Tijdbasis.Jaren => t.Aantal * 12, Tijdbasis.Maanden => t.Aantal, _ => (int?)null } : null;
            foreach (var soort in Soorten(regel).OfType<Bewijssoort>())
            {
                var eis = eisen.GetValueOrDefault(soort) ?? new Bewijseis(soort, [], null, null, null);
                eisen[soort] = eis with
                {
                    Bronnen = eis.Bronnen.Contains(regel.Bron) ? eis.Bronnen : [.. eis.Bronnen, regel.Bron],
                    MinPerAanspraak = Hoogste(eis.MinPerAanspraak, soort.IsVerzekering() && perAanspraak is { } a ? new(a, regel.Bron) : null),
                    MinPerJaar = Hoogste(eis.MinPerJaar, soort.IsVerzekering() && perJaar is { } j ? new(j, regel.Bron) : null),
                    GeldigheidMaanden = eis.GeldigheidMaanden ?? (maanden is { } m ? new Regelwaarde<int>(m, regel.Bron) : null),
                };
            }
        }
        return eisen.Values.OrderBy(e => e.Soort).ToList();
    }

    /// <summary>Warnings for an evidence record against the contract's minimums, naming the clause (the record is kept:
    /// the contract asks the aanbieder to fix it, the platform shows it).</summary>
    public static IReadOnlyList<string> Check(Organisatiebewijs bewijs, Bewijseis? eis)
    {
        if (eis is null || !bewijs.Soort.IsVerzekering())
            return [];
        var waarschuwingen = new List<string>();
        void Toets(decimal? bedrag, Regelwaarde<decimal>? minimum, string wat)
        {
            if (minimum is null) return;
            if (bedrag is null)
                waarschuwingen.Add($"Dekking {wat} ontbreekt; {minimum.Bron} vraagt minstens {Euro(minimum.Waarde)}.");
            else if (bedrag < minimum.Waarde)
                waarschuwingen.Add($"Dekking {wat} ({Euro(bedrag.Value)}) is lager dan het minimum van {Euro(minimum.Waarde)} ({minimum.Bron}).");
        }
        Toets(bewijs.BedragPerAanspraak, eis.MinPerAanspraak, "per aanspraak");
        Toets(bewijs.BedragPerJaar, eis.MinPerJaar, "per verzekeringsjaar");
        return waarschuwingen;
    }

    /// <summary>The last valid day of a record under a contract: its own expiry date, or issue date plus the contract's
    /// renewal term minus one day (VOG rechtspersoon); null = no end known.</summary>
    public static DateOnly? GeldigTot(Organisatiebewijs bewijs, Bewijseis? eis) =>
        bewijs.GeldigTot ?? (eis?.GeldigheidMaanden is { } m ? bewijs.GeldigVanaf.AddMonths(m.Waarde).AddDays(-1) : null);

    /// <summary>Parameters that cannot be used, naming profile, rule and parameter (for the profile tests and checks).</summary>
    public static IEnumerable<ContractProfileError> Controleer(ContractProfile profiel)
    {
        foreach (var regel in profiel.Regels.Where(r => r.Parameters.ContainsKey(BewijzenParameter)))
        {
            var lijn = regel.Positie?.Lijn ?? profiel.LineNumber("regels");
            foreach (var code in Lijst(regel.Parameters[BewijzenParameter]).Where(c => BewijssoortInfo.FromCode(c) is null))
                yield return new ContractProfileError(profiel.Bestand, lijn, 1,
                    $"profiel '{profiel.Sleutel}', regel '{regel.Id}' ({regel.Bron}): parameter '{BewijzenParameter}' kent '{code}' niet; mogelijk: {string.Join(", ", BewijssoortInfo.Alle.Select(s => s.Code()))}.");
            foreach (var p in new[] { MinPerAanspraakParameter, MinPerGebeurtenisParameter, MinGebeurtenissenPerJaarParameter, MinPerJaarParameter })
                if (regel.Parameters.TryGetValue(p, out var tekst) && Bedrag(regel, p) is null)
                    yield return new ContractProfileError(profiel.Bestand, lijn, 1,
                        $"profiel '{profiel.Sleutel}', regel '{regel.Id}' ({regel.Bron}): parameter '{p}' moet een positief getal zijn, niet '{tekst}'.");
        }
    }

    public static string Euro(decimal bedrag) => "€ " + bedrag.ToString("#,##0", CultureInfo.GetCultureInfo("nl-NL"));

    private static IEnumerable<Bewijssoort?> Soorten(Regel regel) => Lijst(regel.Parameters[BewijzenParameter]).Select(BewijssoortInfo.FromCode);

    private static Regelwaarde<decimal>? Hoogste(Regelwaarde<decimal>? a, Regelwaarde<decimal>? b) =>
        a is null ? b : b is null ? a : b.Waarde > a.Waarde ? b : a;

    private static decimal? Bedrag(Regel regel, string parameter) =>
        regel.Parameters.TryGetValue(parameter, out var tekst) && decimal.TryParse(tekst, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d > 0 ? d : null;

    private static IReadOnlyList<string> Lijst(string tekst) => tekst.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
