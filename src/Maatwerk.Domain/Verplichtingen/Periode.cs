using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Maatwerk.Domain.Verplichtingen;

/// <summary>A period the contracts count terms from — a month, quarter or year (profile: an event with
/// <c>periode: maand|kwartaal|jaar</c>, such as maandeinde). Under one contract a period is the subject of its own
/// obligations, e.g. "declare a month within 30 days after it" (DEV-Art8.1, MR-20), met by evidence about the same
/// period (the declaration over that month). Its subject id is stable, so the platform and the declaration agree on it.</summary>
public sealed record Periode(string Soort, DateOnly Begin, DateOnly Einde)
{
    public const string OnderwerpSoort = "periode";
    public const string Maand = "maand";
    public const string Kwartaal = "kwartaal";
    public const string Jaar = "jaar";

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static Periode Containing(string soort, DateOnly datum)
    {
        var begin = soort switch
        {
            Maand => new DateOnly(datum.Year, datum.Month, 1),
            Kwartaal => new DateOnly(datum.Year, (datum.Month - 1) / 3 * 3 + 1, 1),
            Jaar => new DateOnly(datum.Year, 1, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, "Een periode is een maand, kwartaal of jaar."),
        };
        var einde = (soort switch { Maand => begin.AddMonths(1), Kwartaal => begin.AddMonths(3), _ => begin.AddYears(1) }).AddDays(-1);
        return new Periode(soort, begin, einde);
    }

    public Periode Next() => Containing(Soort, Einde.AddDays(1));

    /// <summary>The periods of this kind that ended on or after <paramref name="vanaf"/> and before <paramref name="vandaag"/>.</summary>
    public static IEnumerable<Periode> EndedBetween(string soort, DateOnly vanaf, DateOnly vandaag)
    {
        for (var p = Containing(soort, vanaf); p.Einde < vandaag; p = p.Next())
            yield return p;
    }

    public bool Overlaps(DateOnly begin, DateOnly? einde) => begin <= Einde && (einde is null || einde >= Begin);

    /// <summary>"oktober 2026", "4e kwartaal 2026", "2026".</summary>
    public string Name => Soort switch
    {
        Maand => Begin.ToString("MMMM yyyy", Nl),
        Kwartaal => $"{(Begin.Month + 2) / 3}e kwartaal {Begin.Year}",
        _ => Begin.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The subject id of this period under one contract: a name-based UUID (version 8, from SHA-256), the same
    /// wherever it is computed.</summary>
    public Guid SubjectId(Guid contractId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"periode|{contractId:N}|{Soort}|{Begin:yyyy-MM-dd}"));
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }
}
