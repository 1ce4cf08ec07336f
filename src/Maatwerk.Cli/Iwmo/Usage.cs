namespace Maatwerk.Cli.Iwmo;

internal static class Usage
{
    public const int Code = 2;

    public static int Error(TextWriter fout, string melding, string gebruik)
    {
        fout.WriteLine($"Fout: {melding}");
        fout.WriteLine($"Gebruik: {gebruik}");
        return Code;
    }
}
