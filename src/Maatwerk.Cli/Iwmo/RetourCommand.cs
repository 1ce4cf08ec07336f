using System.CommandLine;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Codelijsten;
using Maatwerk.IWmo.Retour;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.Cli.Iwmo;

internal static class RetourCommand
{
    private const string Syntax = "maatwerk iwmo retour <bestand> --out <bestand>";

    public static Command Create(TimeProvider klok)
    {
        var bestand = new Argument<string[]>("bestand") { Description = "Het heenbericht (XML)", Arity = ArgumentArity.ZeroOrMore };
        var uitOptie = new Option<string?>("--out") { Description = "Waar het retourbericht wordt geschreven", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("retour", "Maak het retourbericht (302/306/308/316/318/320/325) bij een heenbericht")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Arguments.Add(bestand);
        command.Options.Add(uitOptie);
        command.SetAction(parse =>
        {
            var uit = parse.InvocationConfiguration.Output;
            var fout = parse.InvocationConfiguration.Error;
            var paden = parse.GetValue(bestand) ?? [];
            var doel = parse.GetValue(uitOptie);
            if (parse.UnmatchedTokens.Count > 0)
                return Usage.Error(fout, $"onbekende optie(s): {string.Join(" ", parse.UnmatchedTokens)}", Syntax);
            if (paden.Any(p => p.StartsWith("--", StringComparison.Ordinal)))
                return Usage.Error(fout, $"onbekende optie: {paden.First(p => p.StartsWith("--", StringComparison.Ordinal))}", Syntax);
            if (paden.Length != 1)
                return Usage.Error(fout, "geef precies één heenbericht op.", Syntax);
            if (string.IsNullOrWhiteSpace(doel))
                return Usage.Error(fout, "--out <bestand> is verplicht.", Syntax);
            return Execute(paden[0], doel, klok, uit, fout);
        });
        return command;
    }

    /// <summary>Max 12 characters (LDT_IdentificatieBericht): "R" + milliseconds since 2020 in base 36.</summary>
    private static string NewIdentificatie(TimeProvider klok)
    {
        const string tekens = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var n = (long)(klok.GetUtcNow() - new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)).TotalMilliseconds;
        var s = "";
        do { s = tekens[(int)(n % 36)] + s; n /= 36; } while (n > 0);
        return "R" + s;
    }

    private static int Execute(string pad, string doel, TimeProvider klok, TextWriter uit, TextWriter fout)
    {
        if (!File.Exists(pad))
        {
            fout.WriteLine($"Fout: bestand '{pad}' bestaat niet of is niet leesbaar.");
            return 1;
        }
        try
        {
            var vandaag = Systeemdatum.From(klok);
            byte[] xml = File.ReadAllBytes(pad);
            var (bericht, resultaat) = BerichtReader.Read(xml, new ValidationOptions { Vandaag = vandaag });
            if (resultaat.Soort is null || bericht is null || resultaat.Header is null)
            {
                fout.WriteLine("Fout: er kan geen retourbericht worden gemaakt; het bestand is geen leesbaar iWmo 3.2-bericht.");
                foreach (var f in resultaat.Fouten) fout.WriteLine($"  {f.Code,-6} {f.Pad}: {f.Melding}");
                return 1;
            }
            var opties = new RetourOptions { Identificatie = NewIdentificatie(klok), Dagtekening = vandaag };
            var retour = RetourGenerator.Create(bericht, resultaat.Fouten, opties);
            var bytes = BerichtWriter.ToBytes(retour);
            if (!BerichtValidator.Validate(bytes, new ValidationOptions { Inhoud = false }).IsGeldig)
            {
                fout.WriteLine("Fout: de Header van het heenbericht is onvolledig of ongeldig; er kan geen geldig retourbericht worden gemaakt.");
                foreach (var f in resultaat.Fouten) fout.WriteLine($"  {f.Code,-6} {f.Pad}: {f.Melding}");
                return 1;
            }
            File.WriteAllBytes(doel, bytes);
            var soort = resultaat.Soort.Retour!;
            var headerCode = retour.Text("Header/RetourCodes/RetourCode") ?? "0200";
            uit.WriteLine($"{soort.Naam} ({soort.Omschrijving}) geschreven naar {doel}.");
            uit.WriteLine($"Header: {headerCode} – {Codelijst.RetourcodeOmschrijving(headerCode)}");
            foreach (var f in resultaat.Fouten) uit.WriteLine($"  {f.Retourcode} {f.Code,-6} {f.Pad}: {f.Melding}");
            return 0;
        }
        catch (RetourNotPossibleException ex)
        {
            fout.WriteLine($"Fout: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            fout.WriteLine($"Fout: bestand kan niet worden gelezen of geschreven ({ex.GetType().Name}).");
            return 1;
        }
    }
}
