using System.Globalization;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Common.Lijsten;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Maatwerk.Web.Hosting;

/// <summary>What every list page and list API shares (issue 9): reading the query (<c>pagina</c>, <c>grootte</c>,
/// <c>zoek</c>, <c>sortering</c> and the list's filters) with Dutch messages for bad values, the paging metadata of the
/// API (the body stays a JSON array of the page; <c>X-Total-Count</c>, <c>X-Pagina</c>, <c>X-Grootte</c> and an RFC 8288
/// <c>Link</c> header with first/prev/next/last), the pager of the pages and the streamed CSV export.</summary>
public static class Lijsten
{
    public const string ApiBeschrijving =
        "Gepagineerd op de server: ?pagina= (vanaf 1), ?grootte= (1–200, standaard 50), ?zoek= en ?sortering=. " +
        "Het antwoord is de lijst van die pagina; X-Total-Count geeft het totaal van het filter, X-Pagina en X-Grootte de pagina, " +
        "Link (RFC 8288) de adressen van first, prev, next en last. Een onbruikbare waarde geeft 400 met een Nederlandse melding per parameter.";

    public const string ExportBeschrijving =
        "Het hele gefilterde resultaat (dezelfde parameters als de lijst, zonder pagina) als CSV voor Nederlandse Excel: " +
        "UTF-8 met BOM, ';' als scheidingsteken, datums als dd-MM-yyyy. Elke export komt in het auditlog.";

    public static QueryReader Query(this HttpRequest request) =>
        new(naam => request.Query.TryGetValue(naam, out var waarde) ? waarde.ToString() : null);

    /// <summary>Maps GET <paramref name="pattern"/>: one page of the list as a JSON array with the paging headers.</summary>
    public static RouteHandlerBuilder MapListPage<TService, TFilter, TRow>(this IEndpointRouteBuilder group, string pattern, ISorting sorting,
        Func<QueryReader, TFilter> filter, Func<TService, TFilter, ListQuery, CancellationToken, Task<ListPage<TRow>>> page,
        Func<TRow, object> dto) where TService : notnull =>
        group.MapGet(pattern, async (HttpRequest request, CancellationToken ct) =>
        {
            var query = request.Query();
            var f = filter(query);
            var lijst = query.List(sorting);
            if (!query.IsValid)
                return Invalid(query);
            var resultaat = await page(request.HttpContext.RequestServices.GetRequiredService<TService>(), f, lijst, ct);
            AddPagingHeaders(request, resultaat);
            return Results.Ok(resultaat.Items.Select(dto));
        }).WithDescription(ApiBeschrijving + Sorteringen(sorting)).Produces(StatusCodes.Status200OK).ProducesValidationProblem();

    /// <summary>Maps GET <paramref name="pattern"/>: the whole filtered list as a streamed CSV file.</summary>
    public static RouteHandlerBuilder MapListExport<TService, TFilter, TRow>(this IEndpointRouteBuilder group, string pattern, string bestandsnaam,
        ISorting sorting, CsvExport<TRow> csv, Func<QueryReader, TFilter> filter,
        Func<TService, TFilter, ListQuery, CancellationToken, Task<IAsyncEnumerable<TRow>>> export) where TService : notnull =>
        group.MapGet(pattern, async (HttpRequest request, Clock klok, CancellationToken ct) =>
        {
            var query = request.Query();
            var f = filter(query);
            var lijst = query.List(sorting);
            if (!query.IsValid)
                return Invalid(query);
            var rijen = await export(request.HttpContext.RequestServices.GetRequiredService<TService>(), f, lijst, ct);
            var naam = $"{bestandsnaam}-{klok.Vandaag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
            return Results.Stream(stream => csv.WriteAsync(stream, rijen, ct), "text/csv; charset=utf-8", naam);
        }).WithDescription(ExportBeschrijving + Sorteringen(sorting)).Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();

    private static string Sorteringen(ISorting sorting) =>
        " Sortering: " + string.Join(", ", sorting.Opties.Select(o => $"{o.Naam} ({o.Omschrijving})")) + $"; standaard {sorting.Standaard}.";

    public static IResult Invalid(QueryReader query) => Results.ValidationProblem(
        query.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        title: "De zoekvraag is niet geldig.", detail: string.Join(" ", query.Errors.Select(e => e.Message)));

    private static void AddPagingHeaders<T>(HttpRequest request, ListPage<T> page)
    {
        var headers = request.HttpContext.Response.Headers;
        headers["X-Total-Count"] = page.Totaal.ToString(CultureInfo.InvariantCulture);
        headers["X-Pagina"] = page.Pagina.ToString(CultureInfo.InvariantCulture);
        headers["X-Grootte"] = page.Grootte.ToString(CultureInfo.InvariantCulture);
        var links = new List<string> { $"<{PageUrl(request, 1)}>; rel=\"first\"" };
        if (page.HeeftVorige) links.Add($"<{PageUrl(request, page.Pagina - 1)}>; rel=\"prev\"");
        if (page.HeeftVolgende) links.Add($"<{PageUrl(request, page.Pagina + 1)}>; rel=\"next\"");
        links.Add($"<{PageUrl(request, page.AantalPaginas)}>; rel=\"last\"");
        headers.Link = string.Join(", ", links);
    }

    /// <summary>The current address with another <c>pagina</c> (and every other parameter kept).</summary>
    public static string PageUrl(HttpRequest request, int pagina) => WithQuery(request, request.Path, ("pagina", pagina == 1 ? null : pagina.ToString(CultureInfo.InvariantCulture)));

    /// <summary><paramref name="path"/> with the current query, some values replaced (null removes one).</summary>
    public static string WithQuery(HttpRequest request, string path, params (string Naam, string? Waarde)[] vervangen)
    {
        var waarden = request.Query.Where(q => !vervangen.Any(v => string.Equals(v.Naam, q.Key, StringComparison.OrdinalIgnoreCase))
                                               && !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, StringValues>(q.Key, v)))
            .Concat(vervangen.Where(v => v.Waarde is not null).Select(v => new KeyValuePair<string, StringValues>(v.Naam, v.Waarde)))
            .Where(kv => !StringValues.IsNullOrEmpty(kv.Value));
        return QueryHelpers.AddQueryString(path, waarden);
    }
}

/// <summary>The pager and search bar of a list page: "1–50 van 12.345", previous/next, the order and the CSV link that
/// exports the whole filtered list. Pages build it with <see cref="For{T}"/>.</summary>
public sealed record Pager(int Van, int Tot, int Totaal, int Pagina, int AantalPaginas, string? Vorige, string? Volgende, string? Export,
    IReadOnlyList<(string Naam, string Omschrijving)> Sorteringen, string Sortering, IReadOnlyList<string> Fouten)
{
    public static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public string Omschrijving => Totaal == 0 ? "0 van 0" : $"{Van.ToString("N0", Nl)}–{Tot.ToString("N0", Nl)} van {Totaal.ToString("N0", Nl)}";

    /// <param name="export">The CSV address of this list (e.g. /api/verplichtingen/export); the page's filters go along.</param>
    public static Pager For<T>(HttpRequest request, ListPage<T>? page, ISorting sorting, string sortering, string? export, QueryReader query) => new(
        page?.Van ?? 0, page?.Tot ?? 0, page?.Totaal ?? 0, page?.Pagina ?? 1, page?.AantalPaginas ?? 1,
        page is { HeeftVorige: true } ? Lijsten.PageUrl(request, page.Pagina - 1) : null,
        page is { HeeftVolgende: true } ? Lijsten.PageUrl(request, page.Pagina + 1) : null,
        export is null ? null : Lijsten.WithQuery(request, export, ("pagina", null), ("grootte", null)),
        sorting.Opties.ToList(), sortering, query.Errors.Select(e => e.Message).ToList());
}

/// <summary>What a list page shows: its filters, search, the rows of the page (null when the query was not usable) and
/// the pager.</summary>
public sealed record ListView<TFilter, TRow>(TFilter Filter, string? Zoek, ListPage<TRow>? Lijst, Pager Pager)
{
    public IReadOnlyList<TRow> Regels => Lijst?.Items ?? [];
}

public static class ListPages
{
    /// <summary>The GET of every list page: read filters, paging, search and order from the query; load one page, or
    /// answer 400 with the Dutch messages in the pager when a value is unusable.</summary>
    public static async Task<ListView<TFilter, TRow>> LoadListAsync<TFilter, TRow>(this Microsoft.AspNetCore.Mvc.RazorPages.PageModel page,
        ISorting sorting, Func<QueryReader, TFilter> filter, Func<TFilter, ListQuery, Task<ListPage<TRow>>> load, string export)
    {
        var query = page.Request.Query();
        var f = filter(query);
        var lijst = query.List(sorting);
        ListPage<TRow>? resultaat = null;
        if (query.IsValid)
            resultaat = await load(f, lijst);
        else
            page.Response.StatusCode = StatusCodes.Status400BadRequest;
        return new(f, lijst.Zoek, resultaat, Pager.For(page.Request, resultaat, sorting, lijst.Sortering, export, query));
    }
}
