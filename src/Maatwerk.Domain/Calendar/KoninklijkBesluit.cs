using System.Globalization;
using System.Reflection;

namespace Maatwerk.Domain.Calendar;

/// <summary>Days equated with a public holiday by Royal Decree (art. 3 lid 3 Atw), read from the embedded data file.</summary>
public static class KoninklijkBesluit
{
    private static readonly Lazy<IReadOnlyList<Feestdag>> Loaded = new(Load);

    public static IReadOnlyList<Feestdag> Dagen => Loaded.Value;

    public static IReadOnlyList<Feestdag> Parse(string text)
    {
        var days = new List<Feestdag>();
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var space = line.IndexOf(' ');
            var datePart = space < 0 ? line : line[..space];
            if (!DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new FormatException($"KB-dagen regel {lineNo}: '{datePart}' is geen datum (jjjj-mm-dd).");
            var name = space < 0 ? "Gelijkgestelde dag (KB)" : line[(space + 1)..].Trim();
            days.Add(new Feestdag(date, name, FeestdagGrond.KoninklijkBesluit));
        }
        return days;
    }

    private static IReadOnlyList<Feestdag> Load()
    {
        const string name = "Maatwerk.Domain.Calendar.KoninklijkBesluitDagen.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Ingebedde resource {name} ontbreekt.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
