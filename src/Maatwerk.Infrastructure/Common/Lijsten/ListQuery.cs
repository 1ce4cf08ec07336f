using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Common.Lijsten;

/// <summary>Which page of a list, how large, what to search for and in which order (issue 9, "lists that scale"). The
/// query names are Dutch and the same on every list page and list API: <c>pagina</c>, <c>grootte</c>, <c>zoek</c>,
/// <c>sortering</c>.</summary>
public sealed record ListQuery(int Pagina, int Grootte, string? Zoek, string Sortering)
{
    public const int StandaardGrootte = 50;
    public const int MaximaleGrootte = 200;
    public const int MaximaleZoekLengte = 100;

    public int Overslaan => (Pagina - 1) * Grootte;

    /// <summary>The search and filters in words for the audit line of an export, e.g. "zoek=jansen;status=TeLaat".</summary>
    public string Beschrijf(params (string Naam, object? Waarde)[] filters) =>
        string.Join(';', filters.Prepend(("zoek", Zoek)).Where(f => f.Waarde is not null).Select(f => $"{f.Naam}={f.Waarde}"));
}

/// <summary>One page of a list with the total it came from, for a pager ("1–50 van 12.345") and the API's headers.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Totaal, int Pagina, int Grootte)
{
    /// <summary>Position of the first item on this page (1-based), 0 when the page is empty.</summary>
    public int Van => Items.Count == 0 ? 0 : (Pagina - 1) * Grootte + 1;
    public int Tot => Items.Count == 0 ? 0 : Van + Items.Count - 1;
    public int AantalPaginas => Math.Max(1, (Totaal + Grootte - 1) / Grootte);
    public bool HeeftVorige => Pagina > 1;
    public bool HeeftVolgende => Pagina < AantalPaginas;

    public ListPage<TOut> Select<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Totaal, Pagina, Grootte);
}

/// <summary>The names of a list's orders, for reading and showing them without the entity type.</summary>
public interface ISorting
{
    string Standaard { get; }
    IEnumerable<(string Naam, string Omschrijving)> Opties { get; }
    bool Kent(string naam);
}

/// <summary>The orders a list offers by name, the first being its default; each ends on a unique key so that pages
/// never overlap or skip rows.</summary>
public sealed class Sorting<T> : ISorting
{
    private readonly List<(string Naam, string Omschrijving, Func<IQueryable<T>, IOrderedQueryable<T>> Order)> _options = [];

    public Sorting<T> Add(string naam, string omschrijving, Func<IQueryable<T>, IOrderedQueryable<T>> order)
    {
        _options.Add((naam, omschrijving, order));
        return this;
    }

    public string Standaard => _options[0].Naam;
    public IEnumerable<(string Naam, string Omschrijving)> Opties => _options.Select(o => (o.Naam, o.Omschrijving));
    public bool Kent(string naam) => _options.Any(o => o.Naam == naam);

    public IOrderedQueryable<T> Apply(IQueryable<T> query, string naam) =>
        (_options.FirstOrDefault(o => o.Naam == naam).Order ?? _options[0].Order)(query);
}

public static class ListQueries
{
    /// <summary>Counts the filtered rows (one COUNT query) and fetches only the requested page in the list's order.
    /// <paramref name="filtered"/> is counted unordered; <paramref name="page"/> orders it and may join and project.</summary>
    /// <param name="order">The list's order (from its <see cref="Sorting{T}"/>), applied before the page is cut, so the
    /// database sorts one table and stops after the page.</param>
    /// <param name="project">Joins and projection for the rows of the page only (names of client, contract …).</param>
    public static async Task<ListPage<TOut>> ToPageAsync<T, TOut>(this IQueryable<T> filtered, ListQuery query,
        Func<IQueryable<T>, IOrderedQueryable<T>> order, Func<IQueryable<T>, IQueryable<TOut>> project, CancellationToken ct = default)
    {
        var totaal = await filtered.CountAsync(ct);
        var pagina = query.Pagina;
        if (totaal > 0 && query.Overslaan >= totaal)
            pagina = (totaal + query.Grootte - 1) / query.Grootte; // past the end: the last page, not an empty one
        var items = await project(order(filtered).Skip((pagina - 1) * query.Grootte).Take(query.Grootte)).ToListAsync(ct);
        return new ListPage<TOut>(items, totaal, pagina, query.Grootte);
    }

    /// <summary>The whole filtered list in the list's order, read row by row (for a CSV export).</summary>
    public static IAsyncEnumerable<TOut> Stream<T, TOut>(this IQueryable<T> filtered, Func<IQueryable<T>, IOrderedQueryable<T>> order,
        Func<IQueryable<T>, IQueryable<TOut>> project) => project(order(filtered)).AsAsyncEnumerable();

    /// <summary>Writes who exported which list with which search, before the rows go out: an export of personal data is a
    /// read of every client in it.</summary>
    public static async Task AuditExportAsync(this Data.MaatwerkDbContext db, string lijst, string? beschrijving, CancellationToken ct = default)
    {
        var id = string.IsNullOrEmpty(beschrijving) ? "alles" : beschrijving;
        db.AuditRegels.Add(db.NewAudit(Audit.AuditAction.Exporteren, lijst, id.Length <= 100 ? id : id[..100]));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The search term as a BSN when it is one (9 digits; dots and spaces allowed, as on a letter), else null.</summary>
    public static string? AlsBsn(string zoek)
    {
        var cijfers = new string(zoek.Where(c => c is not ('.' or ' ')).ToArray());
        return cijfers.Length == 9 && cijfers.All(char.IsAsciiDigit) ? cijfers : null;
    }

}
