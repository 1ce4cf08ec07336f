using Maatwerk.Domain.Tijdregistraties;

namespace Maatwerk.Domain.Declaraties;

/// <summary>How a volume is derived from registered time for the units other than minutes and hours.</summary>
public static class Eenheden
{
    private const int MinutenPerDag = 24 * 60;

    /// <summary>Etmaal (unit 14, respijtopvang): the contract pays "per aaneensluitende periode van 24 uur" the client is
    /// present (DEV-Art7, B2 "All-in tarief per 24-uur RO", TC-05), read as the number of complete contiguous 24-hour
    /// periods; a remainder is not declarable (AMB-28). Registrations that follow on without a gap (also across midnight,
    /// a registration ends at 24:00 at the latest) form one stay; overlapping ones count once. Returns, per complete
    /// etmaal, the day on which it was completed (an etmaal ending at 24:00 belongs to that day): the date of delivery
    /// decides the month (IV076).</summary>
    public static IReadOnlyList<DateOnly> EtmaalEinden(IEnumerable<Tijdregistratie> registraties)
    {
        var einden = new List<DateOnly>();
        long? verblijfBegin = null, verblijfEinde = null;
        foreach (var (begin, einde) in registraties.Where(r => r.Minuten > 0)
                     .Select(r => (Begin: (long)r.Datum.DayNumber * MinutenPerDag + r.BeginMinuut, Einde: (long)r.Datum.DayNumber * MinutenPerDag + r.EindMinuut))
                     .OrderBy(x => x.Begin))
        {
            if (verblijfEinde is { } e && begin <= e)
            {
                verblijfEinde = Math.Max(e, einde);
                continue;
            }
            Close();
            (verblijfBegin, verblijfEinde) = (begin, einde);
        }
        Close();
        return einden;

        void Close()
        {
            if (verblijfBegin is not { } b || verblijfEinde is not { } e)
                return;
            for (var k = 1L; b + k * MinutenPerDag <= e; k++)
                einden.Add(DateOnly.FromDayNumber((int)((b + k * MinutenPerDag - 1) / MinutenPerDag)));
        }
    }
}
