using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>The toewijzing page shows the next step in front and the other possible steps behind a disclosure (issue 13);
/// a flow that takes one of those opens it first (setting open, so an already open disclosure stays open).</summary>
internal static class AndereStappen
{
    public static async Task OpenAsync(IPage page)
    {
        var details = page.GetByTestId("andere-stappen");
        if (await details.CountAsync() > 0)
            await details.EvaluateAsync("d => d.open = true");
    }
}
