using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Retour;

/// <summary>Puts each finding's retour code on the deepest message class that carries RetourCodes in the retour
/// message (header, client, product, prestatie …).</summary>
internal sealed class RetourCodeLayout
{
    private readonly Dictionary<string, List<string>> _codes = new(StringComparer.Ordinal);

    public RetourCodeLayout(IEnumerable<Finding> fouten, Func<string, bool> heeftRetourCodes)
    {
        foreach (var f in fouten)
        {
            var pad = f.Pad;
            while (pad.Length > 0 && !heeftRetourCodes(pad))
            {
                var i = pad.LastIndexOf('/');
                pad = i <= 0 ? "" : pad[..i];
            }
            if (pad.Length == 0) pad = "/Bericht/Header";
            if (!_codes.TryGetValue(pad, out var lijst)) _codes[pad] = lijst = [];
            if (!lijst.Contains(f.Retourcode)) lijst.Add(f.Retourcode);
        }
    }

    public IReadOnlyList<string> For(string pad) => _codes.TryGetValue(pad, out var l) ? l : ["0200"];

    public bool HasCodes(string pad) => _codes.ContainsKey(pad);

    public IEnumerable<string> Paden => _codes.Keys;
}
