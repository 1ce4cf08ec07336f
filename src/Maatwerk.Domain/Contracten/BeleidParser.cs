using YamlDotNet.RepresentationModel;

namespace Maatwerk.Domain.Contracten;

internal static class BeleidParser
{
    public static VogBeleid? Vog(YamlLezer lezer, YamlNode node)
    {
        const string wat = "vog";
        if (lezer.AlsMap(node, wat) is not { } map) return null;
        lezer.AlleenVelden(map, wat, "maxLeeftijdBijStartMaanden", "vernieuwenNaMaanden", "screeningsprofiel", "risicogebieden",
            "verplichtVoor", "beoordelingDoorGemeente", "bron");
        return new VogBeleid
        {
            MaxLeeftijdBijStartMaanden = lezer.Getal(map, "maxLeeftijdBijStartMaanden", wat),
            VernieuwenNaMaanden = lezer.Getal(map, "vernieuwenNaMaanden", wat),
            Screeningsprofiel = lezer.Tekst(map, "screeningsprofiel", wat),
            Risicogebieden = lezer.Lijst(map, "risicogebieden", wat),
            VerplichtVoor = lezer.Lijst(map, "verplichtVoor", wat),
            BeoordelingDoorGemeente = lezer.JaNee(map, "beoordelingDoorGemeente", wat) ?? false,
            Bron = lezer.Lijst(map, "bron", wat),
        };
    }

    public static KlachtenBeleid? Klachten(YamlLezer lezer, YamlNode node)
    {
        const string wat = "klachten";
        if (lezer.AlsMap(node, wat) is not { } map) return null;
        lezer.AlleenVelden(map, wat, "ontvangstbevestiging", "afhandeling", "klachtenregeling", "bron");
        return new KlachtenBeleid
        {
            Ontvangstbevestiging = lezer.Knoop(map, "ontvangstbevestiging") is { } o ? TermijnParser.Lees(lezer, o, "klachten.ontvangstbevestiging") : null,
            Afhandeling = lezer.Knoop(map, "afhandeling") is { } a ? TermijnParser.Lees(lezer, a, "klachten.afhandeling") : null,
            Klachtenregeling = lezer.Tekst(map, "klachtenregeling", wat),
            Bron = lezer.Lijst(map, "bron", wat),
        };
    }

    public static MeldingBeleid? Melding(YamlLezer lezer, YamlNode node)
    {
        const string wat = "een melding";
        if (lezer.AlsMap(node, wat) is not { } map) return null;
        lezer.AlleenVelden(map, wat, "soort", "aan", "termijn", "bron");
        var soort = lezer.Tekst(map, "soort", wat, verplicht: true);
        var aan = lezer.Tekst(map, "aan", wat, verplicht: true);
        var termijnNode = lezer.Knoop(map, "termijn");
        if (termijnNode is null) lezer.Fout(map, $"verplicht veld 'termijn' ontbreekt in {wat}.");
        var termijn = termijnNode is null ? null : TermijnParser.Lees(lezer, termijnNode, $"de termijn van {wat}");
        return soort is null || aan is null || termijn is null ? null
            : new MeldingBeleid { Soort = soort, Aan = aan, Termijn = termijn, Bron = lezer.Tekst(map, "bron", wat) };
    }

    public static DeclaratieBeleid? Declaratie(YamlLezer lezer, YamlNode node)
    {
        const string wat = "declaratie";
        if (lezer.AlsMap(node, wat) is not { } map) return null;
        lezer.AlleenVelden(map, wat, "indienenNaPeriode", "uitersteIndiening", "correctievensters", "boetePerRegel", "betaaltermijn", "bron");
        return new DeclaratieBeleid
        {
            IndienenNaPeriode = lezer.Knoop(map, "indienenNaPeriode") is { } a ? TermijnParser.Lees(lezer, a, "declaratie.indienenNaPeriode") : null,
            UitersteIndiening = lezer.Knoop(map, "uitersteIndiening") is { } b ? TermijnParser.Lees(lezer, b, "declaratie.uitersteIndiening") : null,
            Correctievensters = lezer.Reeks(map, "correctievensters", wat)
                .Select(n => TermijnParser.Lees(lezer, n, "een correctievenster")).OfType<Calendar.Termijn>().ToList(),
            BoetePerRegel = lezer.Bedrag(map, "boetePerRegel", wat),
            Betaaltermijn = lezer.Knoop(map, "betaaltermijn") is { } c ? TermijnParser.Lees(lezer, c, "declaratie.betaaltermijn") : null,
            Bron = lezer.Lijst(map, "bron", wat),
        };
    }

    public static SocialReturnBeleid? SocialReturn(YamlLezer lezer, YamlNode node)
    {
        const string wat = "socialReturn";
        if (lezer.AlsMap(node, wat) is not { } map) return null;
        lezer.AlleenVelden(map, wat, "percentage", "grondslag", "bron");
        var pct = lezer.Bedrag(map, "percentage", wat, verplicht: true);
        if (pct is < 0 or > 100) lezer.Fout(map, "socialReturn.percentage moet tussen 0 en 100 liggen.");
        var grondslag = lezer.Tekst(map, "grondslag", wat, verplicht: true);
        return pct is null || grondslag is null ? null : new SocialReturnBeleid(pct.Value, grondslag, lezer.Tekst(map, "bron", wat));
    }
}
