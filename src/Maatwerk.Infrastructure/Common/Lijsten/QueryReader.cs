using System.Globalization;
using Maatwerk.Domain.Common;

namespace Maatwerk.Infrastructure.Common.Lijsten;

/// <summary>Reads a list's query values by their (Dutch) names, collecting a Dutch message that names the parameter for
/// every value it cannot use, so a bad <c>?grootte=abc</c> or <c>?status=Foo</c> is answered clearly instead of being
/// ignored. The web layer hands it the request's query string; page models and API handlers read the same names.</summary>
public sealed class QueryReader(Func<string, string?> value)
{
    private readonly List<ValidationError> _errors = [];

    public IReadOnlyList<ValidationError> Errors => _errors;
    public bool IsValid => _errors.Count == 0;

    private string? Raw(string naam) => value(naam) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private void Fout(string naam, string melding) => _errors.Add(new ValidationError(naam, melding));

    public string? Text(string naam, int maximum = ListQuery.MaximaleZoekLengte)
    {
        var v = Raw(naam);
        if (v is not null && v.Length > maximum)
        {
            Fout(naam, $"De parameter '{naam}' mag hoogstens {maximum} tekens lang zijn.");
            return null;
        }
        return v;
    }

    public Guid? Guid(string naam)
    {
        var v = Raw(naam);
        if (v is null)
            return null;
        if (System.Guid.TryParse(v, out var id))
            return id;
        Fout(naam, $"De parameter '{naam}' moet een id zijn (zoals 3f2504e0-4f89-11d3-9a0c-0305e82c3301); '{Kort(v)}' is dat niet.");
        return null;
    }

    /// <summary>An enum value by its name (case-insensitive) or number, as the API writes it.</summary>
    public T? Enum<T>(string naam) where T : struct, Enum
    {
        var v = Raw(naam);
        if (v is null)
            return null;
        if (System.Enum.TryParse<T>(v, ignoreCase: true, out var waarde) && System.Enum.IsDefined(waarde))
            return waarde;
        Fout(naam, $"De parameter '{naam}' kent de waarde '{Kort(v)}' niet; kies uit {string.Join(", ", System.Enum.GetNames<T>())}.");
        return null;
    }

    /// <summary>One of a fixed set of words (case-insensitive), e.g. the message folder "in" or "uit".</summary>
    public string? Choice(string naam, params string[] keuzes)
    {
        var v = Raw(naam);
        if (v is null)
            return null;
        if (keuzes.FirstOrDefault(k => string.Equals(k, v, StringComparison.OrdinalIgnoreCase)) is { } keuze)
            return keuze;
        Fout(naam, $"De parameter '{naam}' kent de waarde '{Kort(v)}' niet; kies uit {string.Join(", ", keuzes)}.");
        return null;
    }

    public int Int(string naam, int standaard, int minimum, int maximum)
    {
        var v = Raw(naam);
        if (v is null)
            return standaard;
        if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= minimum && n <= maximum)
            return n;
        Fout(naam, $"De parameter '{naam}' moet een geheel getal van {minimum} tot en met {maximum} zijn; '{Kort(v)}' is dat niet.");
        return standaard;
    }

    /// <summary>Paging, search and order: <c>pagina</c> (from 1), <c>grootte</c> (1–200, default 50), <c>zoek</c> and
    /// <c>sortering</c> (one of the list's orders, default its first).</summary>
    public ListQuery List(ISorting sorting)
    {
        var pagina = Int("pagina", 1, 1, 1_000_000);
        var grootte = Int("grootte", ListQuery.StandaardGrootte, 1, ListQuery.MaximaleGrootte);
        var zoek = Text("zoek");
        var sortering = Raw("sortering");
        if (sortering is not null && !sorting.Kent(sortering))
        {
            Fout("sortering", $"De parameter 'sortering' kent de waarde '{Kort(sortering)}' niet; kies uit {string.Join(", ", sorting.Opties.Select(o => o.Naam))}.");
            sortering = null;
        }
        return new ListQuery(pagina, grootte, zoek, sortering ?? sorting.Standaard);
    }

    private static string Kort(string v) => v.Length <= 40 ? v : v[..40] + "…";
}
