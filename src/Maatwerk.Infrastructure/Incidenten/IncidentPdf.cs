using System.Globalization;
using Maatwerk.Domain.Incidenten;
using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Infrastructure.Incidenten;

/// <summary>The printable report of one incident, calamity or data breach: both moments (AMB-32), the report fields, the
/// routing of the contract with each deadline and clause, and the reports made. The toezichthouder's copy leaves out the
/// client's name.</summary>
public static class IncidentPdf
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static byte[] Write(IncidentService.Detail detail, bool zonderClient)
    {
        var incident = detail.Row.Incident;
        using var pdf = new PdfLines($"Melding {incident.Soort}: {incident.Titel}", detail.Aanbieder);
        string Moment(DateTimeOffset m) => Amsterdam.Local(m).ToString("d MMMM yyyy 'om' HH:mm", Nl);

        pdf.Line($"Melding {incident.Soort}", pdf.Titel);
        pdf.Gap();
        pdf.Field("Aanbieder", detail.Aanbieder);
        pdf.Field("Contract", detail.Row.Contract);
        pdf.Field("Titel", incident.Titel);
        if (!zonderClient)
            pdf.Field("Cliënt", detail.Row.Client);
        pdf.Field("Voorgevallen", Moment(incident.Voorgevallen));
        pdf.Field("Ontdekt", Moment(incident.Ontdekt));
        if (detail.Row.AlTeLaatBijOntdekking)
            pdf.Field("Let op", "Een meldtermijn was al verstreken toen de aanbieder het voorval ontdekte (AMB-32).");
        pdf.Field("Omschrijving", incident.Omschrijving);
        foreach (var (veld, label, _) in Incident.Meldvelden)
            if (incident.Veld(veld) is { } waarde)
                pdf.Field(label, waarde);
        pdf.Gap();
        pdf.Line("Melden aan (volgens het contract)", pdf.Vet);
        foreach (var route in detail.Routes)
            pdf.Paragraph($"{route.Aan} — {route.Termijn} ({route.Bron})");
        pdf.Gap();
        pdf.Line("Termijnen", pdf.Vet);
        foreach (var t in detail.Row.Termijnen)
        {
            var v = t.Verplichting;
            var deadline = v.Onverwijld ? "onverwijld" : v.DeadlineMoment is { } dm ? Moment(dm) : v.Deadline.ToString("d MMMM yyyy", Nl);
            pdf.Paragraph($"{v.Omschrijving} — uiterlijk {deadline} — {Status(v.Status)} ({v.Bron}){(t.AlTeLaatBijOntdekking ? " — al te laat bij ontdekking" : "")}");
        }
        pdf.Gap();
        pdf.Line("Verloop", pdf.Vet);
        foreach (var g in detail.Gebeurtenissen)
            pdf.Paragraph($"{Moment(g.Moment)}: {detail.Namen.GetValueOrDefault(g.Soort, g.Soort)}{(g.Toelichting is { } tl ? $" — {tl}" : "")}");
        pdf.Gap(10);
        pdf.Line($"Geregistreerd door {incident.GeregistreerdDoor} op {Moment(incident.GeregistreerdOp)}.", pdf.Klein);
        return pdf.Save();
    }

    private static string Status(Domain.Verplichtingen.VerplichtingStatus status) => status switch
    {
        Domain.Verplichtingen.VerplichtingStatus.Voldaan => "voldaan",
        Domain.Verplichtingen.VerplichtingStatus.TeLaat => "te laat",
        Domain.Verplichtingen.VerplichtingStatus.Open => "open",
        _ => status.ToString().ToLowerInvariant(),
    };
}
