using Maatwerk.Domain.Afwezigheid;
using Maatwerk.Domain.Calendar;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tijdregistraties;

namespace Maatwerk.Domain.Declaratiebeoordeling;

/// <summary>The contract's rules for received lines beyond iWmo, read from the profile's <c>declaratie</c> section and
/// its no-show rules, each with the clause it comes from.</summary>
/// <param name="UitersteIndiening">Lines later than this after the end of their period may be refused (DEV-Art8.13: 3
/// months; OCO-6.1c: 1 year). Reading AMB-16: a hard warning the beoordelaar sees, never an automatic rejection.</param>
/// <param name="LaatsteCorrectie">The last correction window of a financial year (DEV-Art8.8b: 1 February of Y+1): after it,
/// lines for a year the gemeente closed (DEV-Art8.8a) are rejected.</param>
/// <param name="BoetePerRegel">€ per line of a late re-declaration, only on a recorded decision of the gemeente (DEV-Art8.8c, AMB-19).</param>
/// <param name="NoShowProduct">The product the gemeente registers a no-show under (DEV-Eis28-b "No Show").</param>
/// <param name="NoShowMinuten">At most this many minutes per underlying voorziening per calendar month on the no-show
/// toewijzing (DEV-Eis28-b maxEenheden × eenheidMinuten; AMB-12/13).</param>
/// <param name="NoShowProducten">The products a no-show can be for (DEV-B2-NoShow: PO and OAD).</param>
/// <param name="Opschorting">The clause that lets the gemeente suspend payments (profile rule <c>besluit: opschorting</c>; Deventer DEV-Art8.9).</param>
/// <param name="Verrekening">The clause that lets the gemeente recover or set off amounts (<c>besluit: verrekening</c>; Deventer DEV-Art8.11).</param>
public sealed record Contractcontroles(
    Regelwaarde<Termijn>? UitersteIndiening = null,
    Regelwaarde<Termijn>? LaatsteCorrectie = null,
    Regelwaarde<decimal>? BoetePerRegel = null,
    Regelwaarde<string>? NoShowProduct = null,
    Regelwaarde<int>? NoShowMinuten = null,
    IReadOnlyList<string>? NoShowProducten = null,
    string? Opschorting = null,
    string? Verrekening = null)
{
    public const string BesluitParameter = "besluit";

    public static Contractcontroles Geen { get; } = new();

    public static Contractcontroles From(ContractProfile profiel)
    {
        var beleid = profiel.Declaratie;
        var noShow = NoShowRegels.From(profiel);
        Regelwaarde<int>? minuten = noShow.MaxEenhedenPerMaand is { } max
            ? new(max.Waarde * (noShow.EenheidMinuten?.Waarde ?? 60), max.Bron)
            : null;
        return new Contractcontroles(
            beleid?.UitersteIndiening is { } u ? new(u, Bron(profiel, beleid, r => Same(r.Termijn, u))) : null,
            beleid?.Correctievensters.OrderBy(v => v.JaarOffset).ThenBy(v => v.Datum?.Maand).LastOrDefault() is { } c
                ? new(c, Bron(profiel, beleid, r => Same(r.Termijn, c))) : null,
            beleid?.BoetePerRegel is { } b ? new(b, Bron(profiel, beleid, r => r.Parameters.ContainsKey("boetePerRegel"))) : null,
            noShow.NoShowProduct,
            minuten,
            noShow.Producten?.Waarde,
            BesluitBron(profiel, "opschorting"),
            BesluitBron(profiel, "verrekening"));
    }

    /// <summary>The clause of the controle rule that allows this kind of payment decision (<c>besluit: opschorting|verrekening</c>).</summary>
    private static string? BesluitBron(ContractProfile profiel, string soort) =>
        profiel.Regels.FirstOrDefault(r => r.Type == RegelType.Controle && r.Parameters.TryGetValue(BesluitParameter, out var s)
            && string.Equals(s, soort, StringComparison.OrdinalIgnoreCase))?.Bron;

    /// <summary>The last day on which a line whose period ends on <paramref name="periodeEinde"/> is in time (the end of
    /// the line's month plus the term; dates inclusive, AMB-20).</summary>
    public DateOnly? UitersteDatum(DateOnly periodeEinde)
    {
        if (UitersteIndiening?.Waarde is not { } t)
            return null;
        var einde = new DateOnly(periodeEinde.Year, periodeEinde.Month, 1).AddMonths(1).AddDays(-1);
        return t.Basis switch
        {
            Tijdbasis.Maanden => MonthEnd(einde.AddMonths(t.Aantal)),
            Tijdbasis.Jaren => einde.AddYears(t.Aantal),
            Tijdbasis.Weken => einde.AddDays(7 * t.Aantal),
            Tijdbasis.Kalenderdagen => einde.AddDays(t.Aantal),
            _ => null,
        };
    }

    /// <summary>The last day corrections for financial year <paramref name="jaar"/> are accepted (DEV-Art8.8b: 1 February Y+1,
    /// inclusive per AMB-18).</summary>
    public DateOnly? CorrectieDeadline(int jaar) =>
        LaatsteCorrectie?.Waarde is { Basis: Tijdbasis.VasteDatum, Datum: { } d } t
            ? new DateOnly(jaar + t.JaarOffset, d.Maand, d.Dag).AddDays(t.Voor ? -1 : 0)
            : null;

    private static DateOnly MonthEnd(DateOnly d) => new DateOnly(d.Year, d.Month, 1).AddMonths(1).AddDays(-1);

    private static bool Same(Termijn? a, Termijn b) =>
        a is not null && a.Basis == b.Basis && a.Aantal == b.Aantal && a.Datum == b.Datum && a.JaarOffset == b.JaarOffset;

    /// <summary>The clause of a <c>declaratie</c> setting: its only source, else the source of the profile rule that states
    /// the same term (e.g. MR-21 for DEV-Art8.13), else the sources together.</summary>
    private static string Bron(ContractProfile profiel, DeclaratieBeleid beleid, Func<Regel, bool> zelfde)
    {
        if (beleid.Bron.Count == 1)
            return beleid.Bron[0];
        return profiel.Regels.FirstOrDefault(r => beleid.Bron.Contains(r.Bron) && zelfde(r))?.Bron ?? string.Join(", ", beleid.Bron);
    }
}

/// <summary>One of the client's toewijzingen of a product a no-show can be for (PO/OAD): a voorziening whose no-show
/// may be declared on the no-show toewijzing (DEV-Eis28-b).</summary>
public sealed record Voorziening(string Nummer, string Productcode, DateOnly Ingangsdatum, DateOnly? Einddatum)
{
    public bool Overlaps(DateOnly van, DateOnly tot) => Ingangsdatum <= tot && (Einddatum is null || Einddatum >= van);
}

/// <summary>What the checks need to know about the 323 as a whole and the gemeente's earlier decisions.</summary>
/// <param name="DeclaratiePeriode">The first day of this 323's DeclaratiePeriode.</param>
/// <param name="VorigePeriode">The first day of the latest DeclaratiePeriode of an earlier 323 of this aanbieder to this
/// gemeente (TR318), null for the first.</param>
/// <param name="Ontvangen">The day the gemeente received the 323 (Amsterdam).</param>
/// <param name="GeslotenJaren">Financial years the gemeente closed after verification (DEV-Art8.8a).</param>
/// <param name="ToegestaneJaren">Closed years for which the gemeente allowed this aanbieder's corrections after the last window
/// (DEV-Art8.8b "tenzij", <see cref="BesluitSoort.Correctietoestemming"/>).</param>
/// <param name="Motivering">The aanbieder's motivation sent with the correction (DEV-Art8.8b "met motivering").</param>
public sealed record Berichtcontext(DateOnly DeclaratiePeriode, DateOnly? VorigePeriode, DateOnly Ontvangen, IReadOnlySet<int>? GeslotenJaren = null,
    IReadOnlySet<int>? ToegestaneJaren = null, string? Motivering = null);
