namespace Maatwerk.Cli.Iwmo;

internal static class Gebruik
{
    public const int Code = 2;

    public static int Fout(TextWriter fout, string melding, string gebruik)
    {
        fout.WriteLine($"Fout: {melding}");
        fout.WriteLine($"Gebruik: {gebruik}");
        return Code;
    }
}
