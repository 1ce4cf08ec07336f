namespace Maatwerk.Domain.Verplichtingen;

/// <summary>Counts for a start page: open, overdue, due this (ISO) week, met.</summary>
public sealed record VerplichtingenSummary(int Open, int TeLaat, int DezeWeek, int Voldaan)
{
    public static VerplichtingenSummary From(IEnumerable<Verplichting> verplichtingen, DateOnly peildatum)
    {
        var list = verplichtingen.ToList();
        var maandag = peildatum.AddDays(-(((int)peildatum.DayOfWeek + 6) % 7));
        var zondag = maandag.AddDays(6);
        return new(
            list.Count(v => v.Status == VerplichtingStatus.Open),
            list.Count(v => v.Status == VerplichtingStatus.TeLaat),
            list.Count(v => v.Status == VerplichtingStatus.Open && v.Deadline.Datum >= maandag && v.Deadline.Datum <= zondag),
            list.Count(v => v.Status == VerplichtingStatus.Voldaan));
    }
}
