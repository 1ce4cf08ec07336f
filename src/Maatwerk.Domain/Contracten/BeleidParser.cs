using YamlDotNet.RepresentationModel;

namespace Maatwerk.Domain.Contracten;

internal static class BeleidParser
{
    public static VogBeleid? Vog(YamlReader lezer, YamlNode node)
    {
        const string wat = "vog";
        if (lezer.AsMap(node, wat) is not { } map) return null;
        lezer.OnlyFields(map, wat, "maxLeeftijdBijStartMaanden", "vernieuwenNaMaanden", "screeningsprofiel", "risicogebieden",
            "verplichtVoor", "beoordelingDoorGemeente", "bron", "bronMaxLeeftijd", "bronVernieuwen", "bronScreening", "bronBeoordeling",
            "geenInzetZonderVog", "systeemtoegang");
        return new VogBeleid
        {
            MaxLeeftijdBijStartMaanden = lezer.Number(map, "maxLeeftijdBijStartMaanden", wat),
            VernieuwenNaMaanden = lezer.Number(map, "vernieuwenNaMaanden", wat),
            Screeningsprofiel = lezer.Text(map, "screeningsprofiel", wat),
            Risicogebieden = lezer.List(map, "risicogebieden", wat),
            VerplichtVoor = lezer.List(map, "verplichtVoor", wat),
            BeoordelingDoorGemeente = lezer.YesNo(map, "beoordelingDoorGemeente", wat) ?? false,
            Bron = lezer.List(map, "bron", wat),
            BronMaxLeeftijd = lezer.Text(map, "bronMaxLeeftijd", wat),
            BronVernieuwen = lezer.Text(map, "bronVernieuwen", wat),
            BronScreening = lezer.Text(map, "bronScreening", wat),
            BronBeoordeling = lezer.Text(map, "bronBeoordeling", wat),
            GeenInzetZonderVog = lezer.Text(map, "geenInzetZonderVog", wat),
            BronSysteemtoegang = lezer.Text(map, "systeemtoegang", wat),
        };
    }

    public static readonly IReadOnlyList<string> Kwalificatieniveaus = ["MBO 3", "MBO 4", "HBO"];

    public static KwalificatieEis? Kwalificatie(YamlReader lezer, YamlNode node)
    {
        const string wat = "een kwalificatie-eis";
        if (lezer.AsMap(node, wat) is not { } map) return null;
        lezer.OnlyFields(map, wat, "product", "niveau", "bron");
        var product = lezer.Text(map, "product", wat, verplicht: true);
        var niveau = lezer.Text(map, "niveau", wat, verplicht: true);
        var bron = lezer.Text(map, "bron", wat, verplicht: true);
        if (niveau is not null && !Kwalificatieniveaus.Contains(niveau))
        {
            lezer.Error(map, $"niveau '{niveau}' in {wat} is onbekend; kies uit {string.Join(", ", Kwalificatieniveaus)}.");
            return null;
        }
        return product is null || niveau is null || bron is null ? null : new KwalificatieEis(product, niveau, bron);
    }

    public static KlachtenBeleid? Klachten(YamlReader lezer, YamlNode node)
    {
        const string wat = "klachten";
        if (lezer.AsMap(node, wat) is not { } map) return null;
        lezer.OnlyFields(map, wat, "ontvangstbevestiging", "afhandeling", "klachtenregeling", "bron");
        return new KlachtenBeleid
        {
            Ontvangstbevestiging = lezer.Node(map, "ontvangstbevestiging") is { } o ? TermijnParser.Read(lezer, o, "klachten.ontvangstbevestiging") : null,
            Afhandeling = lezer.Node(map, "afhandeling") is { } a ? TermijnParser.Read(lezer, a, "klachten.afhandeling") : null,
            Klachtenregeling = lezer.Text(map, "klachtenregeling", wat),
            Bron = lezer.List(map, "bron", wat),
        };
    }

    public static MeldingBeleid? Melding(YamlReader lezer, YamlNode node)
    {
        const string wat = "een melding";
        if (lezer.AsMap(node, wat) is not { } map) return null;
        lezer.OnlyFields(map, wat, "soort", "aan", "termijn", "bron", "velden");
        var soort = lezer.Text(map, "soort", wat, verplicht: true);
        var aan = lezer.Text(map, "aan", wat, verplicht: true);
        var termijnNode = lezer.Node(map, "termijn");
        if (termijnNode is null) lezer.Error(map, $"verplicht veld 'termijn' ontbreekt in {wat}.");
        var termijn = termijnNode is null ? null : TermijnParser.Read(lezer, termijnNode, $"de termijn van {wat}");
        return soort is null || aan is null || termijn is null ? null
            : new MeldingBeleid { Soort = soort, Aan = aan, Termijn = termijn, Bron = lezer.Text(map, "bron", wat), Velden = lezer.List(map, "velden", wat) };
    }

    public static DeclaratieBeleid? Declaratie(YamlReader lezer, YamlNode node)
    {
        const string wat = "declaratie";
        if (lezer.AsMap(node, wat) is not { } map) return null;
        lezer.OnlyFields(map, wat, "indienenNaPeriode", "uitersteIndiening", "correctievensters", "boetePerRegel", "betaaltermijn", "bron");
        return new DeclaratieBeleid
        {
            IndienenNaPeriode = lezer.Node(map, "indienenNaPeriode") is { } a ? TermijnParser.Read(lezer, a, "declaratie.indienenNaPeriode") : null,
            UitersteIndiening = lezer.Node(map, "uitersteIndiening") is { } b ? TermijnParser.Read(lezer, b, "declaratie.uitersteIndiening") : null,
            Correctievensters = lezer.Sequence(map, "correctievensters", wat)
                .Select(n => TermijnParser.Read(lezer, n, "een correctievenster")).OfType<Calendar.Termijn>().ToList(),
            BoetePerRegel = lezer.Amount(map, "boetePerRegel", wat),
            Betaaltermijn = lezer.Node(map, "betaaltermijn") is { } c ? TermijnParser.Read(lezer, c, "declaratie.betaaltermijn") : null,
            Bron = lezer.List(map, "bron", wat),
        };
    }

    public static SocialReturnBeleid? SocialReturn(YamlReader lezer, YamlNode node)
    {
        const string wat = "socialReturn";
        if (lezer.AsMap(node, wat) is not { } map) return null;
        lezer.OnlyFields(map, wat, "percentage", "grondslag", "bron");
        var pct = lezer.Amount(map, "percentage", wat, verplicht: true);
        if (pct is < 0 or > 100) lezer.Error(map, "socialReturn.percentage moet tussen 0 en 100 liggen.");
        var grondslag = lezer.Text(map, "grondslag", wat, verplicht: true);
        return pct is null || grondslag is null ? null : new SocialReturnBeleid(pct.Value, grondslag, lezer.Text(map, "bron", wat));
    }
}
