using System.CommandLine;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.Cli.Iwmo;

internal static class ValidateCommand
{
    public static Command Create(TimeProvider klok)
    {
        var bestanden = new Argument<string[]>("bestand") { Description = "Een of meer iWmo-berichten (XML)", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Uitvoer als JSON-array, één object per bestand" };
        var command = new Command("validate", "Controleer iWmo 3.2-berichten: XML-veiligheid, XSD-structuur, codelijsten en CD/CS/TR-regels")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Arguments.Add(bestanden);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var uit = parse.InvocationConfiguration.Output;
            var fout = parse.InvocationConfiguration.Error;
            if (parse.UnmatchedTokens.Count > 0)
                return Usage.Error(fout, $"onbekende optie(s): {string.Join(" ", parse.UnmatchedTokens)}", "maatwerk iwmo validate <bestand>... [--json]");
            var paden = parse.GetValue(bestanden) ?? [];
            if (paden.FirstOrDefault(p => p.StartsWith("--", StringComparison.Ordinal)) is { } optie)
                return Usage.Error(fout, $"onbekende optie: {optie}", "maatwerk iwmo validate <bestand>... [--json]");
            if (paden.Length == 0)
                return Usage.Error(fout, "geef minstens één bestand op.", "maatwerk iwmo validate <bestand>... [--json]");
            var opties = new ValidationOptions { Vandaag = Systeemdatum.From(klok) };
            var uitkomsten = paden.Select(p => Validate(p, opties)).ToList();
            if (parse.GetValue(json)) JsonOutput.Write(uit, uitkomsten);
            else TextOutput.Write(uit, uitkomsten);
            return uitkomsten.All(u => u.Geldig) ? 0 : 1;
        });
        return command;
    }

    internal static Uitkomst Validate(string pad, ValidationOptions opties)
    {
        if (!File.Exists(pad))
            return new Uitkomst(pad, null, [new Finding("X000", "/", $"Bestand '{pad}' bestaat niet of is niet leesbaar.", ValidationLayer.VeiligeXml)]);
        try
        {
            var r = BerichtValidator.Validate(pad, opties);
            return new Uitkomst(pad, r.Soort?.Naam, r.Fouten);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Uitkomst(pad, null, [new Finding("X000", "/", $"Bestand '{pad}' kan niet worden gelezen: {ex.GetType().Name}.", ValidationLayer.VeiligeXml)]);
        }
    }
}

internal sealed record Uitkomst(string Bestand, string? Bericht, IReadOnlyList<Finding> Fouten)
{
    public bool Geldig => Fouten.Count == 0;
}
