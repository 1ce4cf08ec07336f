using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Tests.Shared;

/// <summary>Toewijzingen for tests, made and moved through the aggregate's own factory and steps (never by setting state).</summary>
public static class TestToewijzingen
{
    public static readonly DateOnly Dagtekening = new(2026, 4, 24);

    /// <summary>A toewijzing as received from a gemeente: PO-B, 24-04-2026, running 01-05-2026 – 30-04-2027.</summary>
    public static Toewijzing New(string nummer = "26000001", Guid? clientId = null, Guid? contractId = null, string? productcode = "PO-B",
        string categorie = "02", DateOnly? dagtekening = null, DateOnly? ingang = null, DateOnly? einde = null, int? volume = 120,
        string? iwmoProductcode = null, string? redenWijziging = null, string? referentieAanbieder = null, bool zonderEinde = false, string eenheid = "01")
    {
        var dag = dagtekening ?? Dagtekening;
        var (t, uitkomst) = Toewijzing.FromBericht(nummer, clientId ?? Guid.NewGuid(), contractId ?? Guid.NewGuid(), new Received301(
            dag, categorie, productcode, iwmoProductcode, ingang ?? new DateOnly(2026, 5, 1), zonderEinde ? null : einde ?? new DateOnly(2027, 4, 30),
            volume, volume is null ? null : eenheid, volume is null ? null : "2", redenWijziging, referentieAanbieder));
        return t ?? throw new InvalidOperationException(string.Join(" ", uitkomst.Fouten.Select(f => f.Message)));
    }

    /// <summary>Takes a step that must succeed (the test is about what comes after).</summary>
    public static Toewijzing After(this Toewijzing t, Zorgstap stap, DateOnly datum, string? reden = null, string? opname = null,
        DateOnly? verwachteHervatting = null, StapContext? context = null)
    {
        var uitkomst = t.Execute(stap, new StapInput { Datum = datum, Reden = reden, Opname = opname, VerwachteHervatting = verwachteHervatting, LeveringOpStopdatum = true },
            context ?? new StapContext(datum.AddYears(1)));
        return uitkomst.IsGelukt ? t : throw new InvalidOperationException($"{stap}: " + string.Join(" ", uitkomst.Fouten.Select(f => f.Message)));
    }

    public static Toewijzing Started(DateOnly? start = null) => New().After(Zorgstap.Start, start ?? new DateOnly(2026, 5, 4));

    /// <summary>The broken rules of a step (empty when it was taken). By default as from another system's message, which
    /// carries no admission or confirmations; pass <paramref name="uitBericht"/> false for the platform's own form.</summary>
    public static IReadOnlyList<Maatwerk.Domain.Common.ValidationError> Errors(this Toewijzing t, Zorgstap stap, DateOnly datum, string? reden = null,
        bool akkoord = false, string? opname = null, DateOnly? verwacht = null, Onderbreking? vorige = null, bool uitBericht = true)
    {
        var invoer = new StapInput { Datum = datum, Reden = reden, Akkoord = akkoord, Opname = opname, VerwachteHervatting = verwacht, LeveringOpStopdatum = true };
        return t.Execute(stap, invoer, new StapContext(new DateOnly(2030, 1, 1)) { VorigeOnderbreking = vorige, UitBericht = uitBericht }).Fouten;
    }

    /// <summary>A copy with one field as another system's message claims it (e.g. a start date for a 305 built as if by a
    /// provider's own system); the original is untouched. Only for building such messages in tests.</summary>
    public static Toewijzing Set<T>(this Toewijzing t, System.Linq.Expressions.Expression<Func<Toewijzing, T>> veld, T waarde)
    {
        var kopie = t.Copy();
        var eigenschap = (System.Reflection.PropertyInfo)((System.Linq.Expressions.MemberExpression)veld.Body).Member;
        eigenschap.SetValue(kopie, waarde);
        return kopie;
    }
}
