using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Web.Hosting;

public static class VerplichtingWeergave
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
        v.Onverwijld ? $"onverwijld (vanaf {Weergave.Datum(v.Deadline)})"
        : v.DeadlineMoment is { } m ? Amsterdam.Lokaal(m).ToString("d MMMM yyyy HH:mm", Weergave.Nl)
        : v.Vanaf is { } vanaf ? $"{Weergave.Datum(vanaf)} – {Weergave.Datum(v.Deadline)}"
        : Weergave.Datum(v.Deadline);
}
