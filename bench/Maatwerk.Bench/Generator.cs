using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Berichten.Declaratie;

namespace Maatwerk.Bench;

/// <summary>Writes a valid WMO323 with the requested number of prestaties (10 per client), streaming.</summary>
public static class Generator
{
    public static void Write323(string pad, int aantalPrestaties, int perClient = 10)
    {
        var begin = new DateOnly(2025, 3, 1);
        var eind = new DateOnly(2025, 3, 31);
        long totaal = 0;
        for (var i = 0; i < aantalPrestaties; i++) totaal += Amount(i);
        var kop = new DeclaratieKop(new BerichtHeader("484", "65656055", "0384", "BENCH1", new DateOnly(2025, 4, 5), "1.0.0", "1.0.0"),
            "DN2025031", begin, eind, new DateOnly(2025, 4, 5), totaal, "D");
        using var fs = File.Create(pad);
        using var w = new Wmo323Writer(fs, kop, inspringen: true);
        for (var c = 0; c * perClient < aantalPrestaties; c++)
        {
            var n = Math.Min(perClient, aantalPrestaties - c * perClient);
            w.Client(Bsn(c), Enumerable.Range(c * perClient, n).Select(i => new DeclaratiePrestatie(
                $"RN{i:D8}", null, (100000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "02", "02A01",
                begin, eind, 4 + i % 8, "04", 1250, Amount(i), "D")));
        }
    }

    private static long Amount(int i) => (4 + i % 8) * 1250L;

    /// <summary>A BSN passing the eleven test, derived from a running number.</summary>
    public static string Bsn(int n)
    {
        for (var k = 0; ; k++)
        {
            var basis = (100000000 + (n * 7L + k) % 800000000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var som = 0;
            for (var i = 0; i < 8; i++) som += (9 - i) * (basis[i] - '0');
            for (var last = 0; last <= 9; last++)
                if ((som - last) % 11 == 0 && som - last != 0)
                    return basis[..8] + last;
        }
    }
}
