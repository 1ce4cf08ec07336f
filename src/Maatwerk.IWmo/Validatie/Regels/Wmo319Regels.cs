using Maatwerk.IWmo.Berichten;

namespace Maatwerk.IWmo.Validatie.Regels;

internal sealed class Wmo319Regels : Regelset
{
    public override void Einde(BerichtElement bericht)
    {
        if (bericht.Kind("Antwoord") is not { } antwoord) return;
        var reden = antwoord.Kind("RedenAfwijzingVerzoek");
        var soort = antwoord.Tekst("VerzoekAntwoord");
        if (soort == "1" && reden is null)
            Fout("CD085", antwoord, "RedenAfwijzingVerzoek is verplicht als het verzoek is afgewezen (VerzoekAntwoord 1).");
        if (soort == "2" && reden is not null)
            Fout("CD086", reden, "RedenAfwijzingVerzoek leeg laten als de aanvraag in onderzoek is (VerzoekAntwoord 2).");
    }
}
