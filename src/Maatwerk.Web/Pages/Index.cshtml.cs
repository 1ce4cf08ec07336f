using System.Text.Json;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Startpagina;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Startpagina;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages;

/// <summary>The start page: the work queues of the user's role (issue 13), most urgent first, then the figures of the
/// user's data scope. A tile links only to a menu the role has.</summary>
public sealed class IndexModel(DataScope scope, VerplichtingenService verplichtingen, WerkvoorraadService werkvoorraad) : PageModel
{
    /// <summary>Months in the contract manager's trend chart.</summary>
    public const int TrendMaanden = 6;

    public StartFigures Cijfers { get; private set; } = null!;
    public VerplichtingenSummary Verplichtingen { get; private set; } = null!;
    public IReadOnlyList<Werkbak> Werkbakken { get; private set; } = [];
    public IReadOnlyList<VerplichtingenService.Maandstand> Trend { get; private set; } = [];
    public string Organisatie => scope.Organisatie.Naam;
    public string Rol => scope.Rol.DisplayName();

    /// <summary>Whether the role has the menu a tile would lead to (the toezichthouder has no clients menu).</summary>
    public bool HeeftMenu(string pad) => Navigation.ForRol(scope.Rol).Any(i => i.Pad == pad);

    /// <summary>The trend as the chart script reads it from the canvas's data attribute (the CSP allows no inline script).</summary>
    public string TrendJson => JsonSerializer.Serialize(new
    {
        maanden = Trend.Select(m => m.Maand.ToString("MMM yyyy", View.Nl)),
        voldaan = Trend.Select(m => m.Voldaan),
        teLaat = Trend.Select(m => m.TeLaat),
    });

    public async Task OnGetAsync(CancellationToken ct)
    {
        Werkbakken = await werkvoorraad.LeesAsync(ct);
        Cijfers = await StartFigures.CalculateAsync(scope, ct);
        Verplichtingen = await verplichtingen.SummaryAsync(ct);
        if (scope.Rol == Domain.Gebruikers.Rol.Contractmanager)
            Trend = await verplichtingen.TrendAsync(TrendMaanden, ct);
    }
}
