namespace Maatwerk.IWmo.Validatie.Regels;

public static class Elfproef
{
    /// <summary>BSN eleven test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0).</summary>
    public static bool IsGeldigBsn(string bsn)
    {
        if (bsn.Length != 9 || !bsn.All(char.IsAsciiDigit)) return false;
        var som = 0;
        for (var i = 0; i < 8; i++) som += (9 - i) * (bsn[i] - '0');
        som -= bsn[8] - '0';
        return som != 0 && som % 11 == 0;
    }
}
