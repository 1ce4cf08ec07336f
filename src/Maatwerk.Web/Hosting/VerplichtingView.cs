using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Web.Hosting;

public static class VerplichtingView
{
    public static string Status(VerplichtingStatus status) => status switch
    {
        VerplichtingStatus.Open => "Open",
        VerplichtingStatus.Voldaan => "Voldaan",
        VerplichtingStatus.TeLaat => "Te laat",
        VerplichtingStatus.Vervallen => "Vervallen",
        VerplichtingStatus.Verlopen => "Verlopen",
        _ => status.ToString(),
    };

    public static string Deadline(VastgelegdeVerplichting v) =>
        v.Onverwijld ? $"onverwijld (vanaf {View.Date(v.Deadline)})"
        : v.DeadlineMoment is { } m ? Amsterdam.Local(m).ToString("d MMMM yyyy HH:mm", View.Nl)
        : v.Vanaf is { } vanaf ? $"{View.Date(vanaf)} – {View.Date(v.Deadline)}"
        : View.Date(v.Deadline);

    /// <summary>The deadline in a table column: dd-mm-jjjj (issue 13, short dates in tables), a moment with its time.</summary>
    public static string ShortDeadline(VastgelegdeVerplichting v) =>
        v.Onverwijld ? $"onverwijld (vanaf {View.ShortDate(v.Deadline)})"
        : v.DeadlineMoment is { } m ? View.ShortMoment(m)
        : v.Vanaf is { } vanaf ? $"{View.ShortDate(vanaf)} – {View.ShortDate(v.Deadline)}"
        : View.ShortDate(v.Deadline);
}
