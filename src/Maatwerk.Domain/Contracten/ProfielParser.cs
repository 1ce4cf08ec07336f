using System.Text.RegularExpressions;
using Maatwerk.Domain.Calendar;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Maatwerk.Domain.Contracten;

public sealed record ProfielLeesResultaat(ContractProfiel? Profiel, IReadOnlyList<ProfielFout> Fouten)
{
    public bool Gelukt => Profiel is not null && Fouten.Count == 0;
}

/// <summary>Parses one contract profile from YAML text. Pure: the caller reads the file and passes its name.</summary>
public static partial class ProfielParser
{
    private static readonly string[] TopVelden =
    [
        "id", "versie", "naam", "basis", "bron", "geldigVanaf", "geldigTot", "werkdag", "percelen", "gebeurtenissen",
        "uitschakelen", "negeren", "producten", "regels", "vog", "klachten", "meldingen", "declaratie", "socialReturn", "evaluatie",
    ];

    public static readonly IReadOnlyList<string> Actoren = ["aanbieder", "gemeente", "toezichthouder", "aanbieder+gemeente"];

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex IdPatroon();

    public static ContractProfiel Parse(string yaml, string bestand)
    {
        var result = Lees(yaml, bestand);
        return result.Gelukt ? result.Profiel! : throw new ProfielOngeldigException(result.Fouten);
    }

    public static ProfielLeesResultaat Lees(string yaml, string bestand)
    {
        var lezer = new YamlLezer(bestand);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var melding = e.InnerException?.Message ?? e.Message;
            return new(null, [new ProfielFout(bestand, (int)e.Start.Line, (int)e.Start.Column, $"ongeldige YAML: {melding}")]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException when a flow collection is still open at
            // the end of the text.
            var laatste = yaml.TrimEnd().Split('\n').Length;
            return new(null, [new ProfielFout(bestand, laatste, 1,
                "ongeldige YAML: onverwacht einde van het bestand; is een '{' of '[' niet gesloten?")]);
        }
        if (stream.Documents.Count != 1)
            return new(null, [new ProfielFout(bestand, 1, 1, "een profielbestand moet precies één YAML-document bevatten.")]);
        if (lezer.AlsMap(stream.Documents[0].RootNode, "het profiel") is not { } root) return new(null, lezer.Fouten);

        lezer.AlleenVelden(root, "het profiel", TopVelden);
        var id = lezer.Tekst(root, "id", "het profiel", verplicht: true);
        if (id is not null && !IdPatroon().IsMatch(id))
            lezer.Fout(lezer.Knoop(root, "id")!, $"profiel-id '{id}' mag alleen kleine letters, cijfers, '.' en '-' bevatten.");
        var versie = lezer.Getal(root, "versie", "het profiel", verplicht: true);
        if (versie is < 1) lezer.Fout(lezer.Knoop(root, "versie")!, "versie moet 1 of hoger zijn.");
        var (basis, basisVersie) = LeesBasis(lezer, root);

        var profiel = new ContractProfiel
        {
            Id = id ?? "",
            Versie = versie ?? 0,
            Naam = lezer.Tekst(root, "naam", "het profiel", verplicht: true) ?? "",
            Basis = basis,
            BasisVersie = basisVersie,
            Bron = lezer.Tekst(root, "bron", "het profiel"),
            GeldigVanaf = lezer.Datum(root, "geldigVanaf", "het profiel"),
            GeldigTot = lezer.Datum(root, "geldigTot", "het profiel"),
            Werkdag = lezer.Knoop(root, "werkdag") is { } w ? LeesWerkdag(lezer, w) : null,
            Percelen = lezer.Reeks(root, "percelen", "het profiel").Select(n => LeesPerceel(lezer, n)).OfType<Perceel>().ToList(),
            Gebeurtenissen = lezer.Reeks(root, "gebeurtenissen", "het profiel").Select(n => LeesGebeurtenis(lezer, n)).OfType<GebeurtenisDefinitie>().ToList(),
            Uitschakelen = lezer.Lijst(root, "uitschakelen", "het profiel"),
            Negeren = lezer.Lijst(root, "negeren", "het profiel"),
            Producten = lezer.Reeks(root, "producten", "het profiel").Select(n => ProductParser.Lees(lezer, n)).OfType<Product>().ToList(),
            Regels = lezer.Reeks(root, "regels", "het profiel").Select(n => LeesRegel(lezer, n, id)).OfType<Regel>().ToList(),
            Vog = lezer.Knoop(root, "vog") is { } v ? BeleidParser.Vog(lezer, v) : null,
            Klachten = lezer.Knoop(root, "klachten") is { } k ? BeleidParser.Klachten(lezer, k) : null,
            Meldingen = lezer.Reeks(root, "meldingen", "het profiel").Select(n => BeleidParser.Melding(lezer, n)).OfType<MeldingBeleid>().ToList(),
            Declaratie = lezer.Knoop(root, "declaratie") is { } d ? BeleidParser.Declaratie(lezer, d) : null,
            SocialReturn = lezer.Knoop(root, "socialReturn") is { } s ? BeleidParser.SocialReturn(lezer, s) : null,
            Evaluatie = lezer.Knoop(root, "evaluatie") is { } ev ? LeesEvaluatie(lezer, ev) : null,
            Bestand = bestand,
            Regelnummers = root.Children.Where(k => k.Key is YamlScalarNode).GroupBy(k => ((YamlScalarNode)k.Key).Value ?? "")
                .ToDictionary(g => g.Key, g => (int)g.First().Key.Start.Line),
        };
        ProfielValidatie.ControleerBestand(lezer, root, profiel);
        return new(lezer.Fouten.Count == 0 ? profiel : null, lezer.Fouten);
    }

    private static (string?, int?) LeesBasis(YamlLezer lezer, YamlMappingNode root)
    {
        var text = lezer.Tekst(root, "basis", "het profiel");
        if (text is null) return (null, null);
        var at = text.IndexOf('@');
        if (at < 0) return (text, null);
        if (int.TryParse(text[(at + 1)..], out var v) && v >= 1) return (text[..at], v);
        lezer.Fout(lezer.Knoop(root, "basis")!, $"basis '{text}' moet 'profiel-id' of 'profiel-id@versie' zijn.");
        return (text[..at], null);
    }

    private static WerkdagDefinitie? LeesWerkdag(YamlLezer lezer, YamlNode node)
    {
        const string wat = "werkdag";
        if (lezer.AlsMap(node, wat) is not { } map) return null;
        lezer.AlleenVelden(map, wat, "bron", "goedeVrijdag", "koninklijkBesluit", "extraVrijeDagen", "toelichting", "goedgekeurdeWerkdag");
        var extra = new List<Feestdag>();
        foreach (var item in lezer.Reeks(map, "extraVrijeDagen", wat))
        {
            if (lezer.AlsMap(item, "een extra vrije dag") is not { } m) continue;
            lezer.AlleenVelden(m, "een extra vrije dag", "datum", "naam");
            var datum = lezer.Datum(m, "datum", "een extra vrije dag", verplicht: true);
            if (datum is { } d) extra.Add(new Feestdag(d, lezer.Tekst(m, "naam", "een extra vrije dag") ?? "Vrije dag (profiel)", FeestdagGrond.Profiel));
        }
        return new WerkdagDefinitie
        {
            Bron = lezer.Tekst(map, "bron", wat, verplicht: true) ?? "",
            GoedeVrijdagVrij = lezer.JaNee(map, "goedeVrijdag", wat) ?? true,
            KoninklijkBesluitDagenVrij = lezer.JaNee(map, "koninklijkBesluit", wat) ?? true,
            ExtraVrijeDagen = extra,
            Toelichting = lezer.Tekst(map, "toelichting", wat),
            GoedgekeurdeWerkdagGebeurtenis = lezer.Tekst(map, "goedgekeurdeWerkdag", wat),
        };
    }

    private static EvaluatieBeleid? LeesEvaluatie(YamlLezer lezer, YamlNode node)
    {
        const string wat = "evaluatie";
        if (lezer.AlsMap(node, wat) is not { } map) return null;
        lezer.AlleenVelden(map, wat, "bron", "vragen", "verslag");
        var vragen = lezer.Lijst(map, "vragen", wat);
        if (vragen.Count == 0) lezer.Fout(map, "evaluatie.vragen moet minstens één vraag bevatten.");
        VerslagBeleid? verslag = null;
        if (lezer.Knoop(map, "verslag") is { } v && lezer.AlsMap(v, "evaluatie.verslag") is { } vm)
        {
            lezer.AlleenVelden(vm, "evaluatie.verslag", "gebeurtenis", "bron");
            verslag = new VerslagBeleid(lezer.Tekst(vm, "gebeurtenis", "evaluatie.verslag", verplicht: true) ?? "",
                lezer.Tekst(vm, "bron", "evaluatie.verslag", verplicht: true) ?? "");
        }
        return new EvaluatieBeleid(lezer.Tekst(map, "bron", wat, verplicht: true) ?? "", vragen, verslag);
    }

    private static Perceel? LeesPerceel(YamlLezer lezer, YamlNode node)
    {
        if (lezer.AlsMap(node, "een perceel") is not { } map) return null;
        lezer.AlleenVelden(map, "een perceel", "code", "naam");
        var code = lezer.Tekst(map, "code", "een perceel", verplicht: true);
        var naam = lezer.Tekst(map, "naam", "een perceel", verplicht: true);
        return code is null || naam is null ? null : new Perceel(code, naam);
    }

    private static GebeurtenisDefinitie? LeesGebeurtenis(YamlLezer lezer, YamlNode node)
    {
        if (lezer.AlsMap(node, "een gebeurtenis") is not { } map) return null;
        lezer.AlleenVelden(map, "een gebeurtenis", "id", "omschrijving", "periode", "gepland", "beeindigtOnderwerp", "beeindigtZorg",
            "onderbreektZorg", "hervatZorg");
        var id = lezer.Tekst(map, "id", "een gebeurtenis", verplicht: true);
        var omschrijving = lezer.Tekst(map, "omschrijving", "een gebeurtenis", verplicht: true);
        var periode = lezer.Tekst(map, "periode", "een gebeurtenis");
        if (periode is not null and not ("maand" or "kwartaal" or "jaar"))
            lezer.Fout(lezer.Knoop(map, "periode")!, $"periode '{periode}' moet maand, kwartaal of jaar zijn.");
        var gepland = lezer.JaNee(map, "gepland", "een gebeurtenis") ?? false;
        var beeindigt = lezer.JaNee(map, "beeindigtOnderwerp", "een gebeurtenis") ?? false;
        return id is null || omschrijving is null ? null : new GebeurtenisDefinitie(id, omschrijving, periode, gepland, beeindigt,
            BeeindigtZorg: lezer.JaNee(map, "beeindigtZorg", "een gebeurtenis") ?? false,
            OnderbreektZorg: lezer.JaNee(map, "onderbreektZorg", "een gebeurtenis") ?? false,
            HervatZorg: lezer.JaNee(map, "hervatZorg", "een gebeurtenis") ?? false);
    }

    private static Regel? LeesRegel(YamlLezer lezer, YamlNode node, string? profielId)
    {
        if (lezer.AlsMap(node, "een regel") is not { } map) return null;
        var id = lezer.Tekst(map, "id", "een regel", verplicht: true);
        var wat = id is null ? "een regel" : $"regel '{id}'";
        lezer.AlleenVelden(map, wat, "id", "bron", "omschrijving", "type", "soort", "actor", "onderwerp", "gebeurtenis",
            "termijn", "voldaanDoor", "voorwaarde", "nietVoorIngangsdatum", "lezing", "parameters", "aard", "gevolg", "eerderBewijsTelt",
            "tijdensZorg", "werkelijkEinde");
        var bron = lezer.Tekst(map, "bron", wat, verplicht: true);
        var omschrijving = lezer.Tekst(map, "omschrijving", wat, verplicht: true);
        var typeText = lezer.Tekst(map, "type", wat) ?? "termijn";
        RegelType? type = typeText switch { "termijn" => RegelType.Termijn, "controle" => RegelType.Controle, _ => null };
        if (type is null) lezer.Fout(lezer.Knoop(map, "type")!, $"type '{typeText}' van {wat} moet 'termijn' of 'controle' zijn.");
        var actor = lezer.Tekst(map, "actor", wat) ?? "aanbieder";
        if (!Actoren.Contains(actor)) lezer.Fout(lezer.Knoop(map, "actor")!, $"actor '{actor}' van {wat} moet een van {string.Join(", ", Actoren)} zijn.");
        var aardText = lezer.Tekst(map, "aard", wat) ?? "plicht";
        RegelAard? aard = aardText switch { "plicht" => RegelAard.Plicht, "recht" => RegelAard.Recht, _ => null };
        if (aard is null) lezer.Fout(lezer.Knoop(map, "aard")!, $"aard '{aardText}' van {wat} moet 'plicht' of 'recht' zijn.");
        var gevolg = lezer.Tekst(map, "gevolg", wat);
        if (gevolg is not null && aard != RegelAard.Recht)
            lezer.Fout(lezer.Knoop(map, "gevolg")!, $"{wat} noemt een gevolg, maar alleen een recht (aard: recht) heeft een gevolg als de termijn verstrijkt.");
        var termijnNode = lezer.Knoop(map, "termijn");
        var termijn = termijnNode is null ? null : TermijnParser.Lees(lezer, termijnNode, $"de termijn van {wat}");
        // A term that failed to parse is already reported; leaving the rule out avoids a second "mist 'termijn'".
        if (id is null || bron is null || omschrijving is null || type is null || aard is null || (termijnNode is not null && termijn is null)) return null;
        return new Regel
        {
            Id = id,
            Bron = bron,
            Omschrijving = omschrijving,
            Type = type.Value,
            Soort = lezer.Tekst(map, "soort", wat) ?? "overig",
            Actor = actor,
            Onderwerp = lezer.Tekst(map, "onderwerp", wat) ?? "toewijzing",
            Gebeurtenissen = lezer.Lijst(map, "gebeurtenis", wat),
            Termijn = termijn,
            VoldaanDoor = lezer.Lijst(map, "voldaanDoor", wat),
            Voorwaarde = lezer.Knoop(map, "voorwaarde") is { } v ? LeesVoorwaarde(lezer, v, wat) : Voorwaarde.Altijd,
            NietVoorIngangsdatum = lezer.JaNee(map, "nietVoorIngangsdatum", wat) ?? false,
            Aard = aard.Value,
            Gevolg = gevolg,
            EerderBewijsTelt = lezer.JaNee(map, "eerderBewijsTelt", wat) ?? false,
            TijdensZorg = lezer.JaNee(map, "tijdensZorg", wat) ?? false,
            WerkelijkEinde = lezer.JaNee(map, "werkelijkEinde", wat) ?? false,
            Lezing = lezer.Tekst(map, "lezing", wat),
            Parameters = lezer.Knoop(map, "parameters") is { } p ? LeesParameters(lezer, p, wat) : new Dictionary<string, string>(),
            Positie = lezer.Positie(node),
            Herkomst = profielId,
        };
    }

    private static Voorwaarde LeesVoorwaarde(YamlLezer lezer, YamlNode node, string wat)
    {
        if (lezer.AlsMap(node, $"de voorwaarde van {wat}") is not { } map) return Voorwaarde.Altijd;
        lezer.AlleenVelden(map, $"de voorwaarde van {wat}", "spoed", "producten", "percelen");
        return new Voorwaarde
        {
            Spoed = lezer.JaNee(map, "spoed", $"de voorwaarde van {wat}"),
            Producten = lezer.Lijst(map, "producten", $"de voorwaarde van {wat}"),
            Percelen = lezer.Lijst(map, "percelen", $"de voorwaarde van {wat}"),
        };
    }

    private static IReadOnlyDictionary<string, string> LeesParameters(YamlLezer lezer, YamlNode node, string wat)
    {
        var result = new Dictionary<string, string>();
        if (lezer.AlsMap(node, $"de parameters van {wat}") is not { } map) return result;
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            result[name] = value switch
            {
                YamlScalarNode s => s.Value ?? "",
                YamlSequenceNode seq => string.Join(", ", seq.Children.OfType<YamlScalarNode>().Select(x => x.Value)),
                _ => Unsupported(lezer, value, name, wat),
            };
        }
        return result;
    }

    private static string Unsupported(YamlLezer lezer, YamlNode node, string name, string wat)
    {
        lezer.Fout(node, $"parameter '{name}' van {wat} moet een tekst, getal of lijst zijn.");
        return "";
    }
}
