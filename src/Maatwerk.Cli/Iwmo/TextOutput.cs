namespace Maatwerk.Cli.Iwmo;

internal static class TextOutput
{
    public static void Write(TextWriter uit, IEnumerable<Uitkomst> uitkomsten)
    {
        foreach (var u in uitkomsten)
        {
            var soort = u.Bericht is null ? "" : $" ({u.Bericht})";
            if (u.Geldig)
            {
                uit.WriteLine($"GELDIG    {u.Bestand}{soort}");
                continue;
            }
            uit.WriteLine($"ONGELDIG  {u.Bestand}{soort}: {u.Fouten.Count} fout(en)");
            foreach (var f in u.Fouten)
                uit.WriteLine($"  {f.Code,-6} {f.Pad}: {f.Melding}");
        }
    }
}
