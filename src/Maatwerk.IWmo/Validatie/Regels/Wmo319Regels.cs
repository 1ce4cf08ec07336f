using Maatwerk.IWmo.Berichten;

namespace Maatwerk.IWmo.Validatie.Regels;

internal sealed class Wmo319Regels : RegelSet
{
    public override void Einde(BerichtElement bericht)
    {
        if (bericht.Kind("Antwoord") is not { } antwoord) return;
        var reden = antwoord.Kind("RedenAfwijzingVerzoek");
        var soort = antwoord.Text("VerzoekAntwoord");
        if (soort == "1" && reden is null)
            Finding("CD085", antwoord, "RedenAfwijzingVerzoek is verplicht als het verzoek is afgewezen (VerzoekAntwoord 1).");
        if (soort == "2" && reden is not null)
            Finding("CD086", reden, "RedenAfwijzingVerzoek leeg laten als de aanvraag in onderzoek is (VerzoekAntwoord 2).");
    }
}
