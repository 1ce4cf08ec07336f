using System.Text.RegularExpressions;
using Maatwerk.Domain.Calendar;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Maatwerk.Domain.Contracten;

public sealed record ContractProfileReadResult(ContractProfile? Profiel, IReadOnlyList<ContractProfileError> Fouten)
{
    public bool Gelukt => Profiel is not null && Fouten.Count == 0;
}

/// <summary>Parses one contract profile from YAML text. Pure: the caller reads the file and passes its name.</summary>
public static partial class ContractProfileParser
{
    private static readonly string[] TopVelden =
    [
        "id", "versie", "naam", "basis", "bron", "geldigVanaf", "geldigTot", "werkdag", "percelen", "gebeurtenissen",
        "uitschakelen", "negeren", "producten", "regels", "vog", "klachten", "meldingen", "declaratie", "socialReturn", "evaluatie",
        "kwalificaties",
    ];

    public static readonly IReadOnlyList<string> Actoren = ["aanbieder", "gemeente", "toezichthouder", "aanbieder+gemeente"];

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex IdPatroon();

    public static ContractProfile Parse(string yaml, string bestand)
    {
        var result = Read(yaml, bestand);
        return result.Gelukt ? result.Profiel! : throw new ContractProfileInvalidException(result.Fouten);
    }

    public static ContractProfileReadResult Read(string yaml, string bestand)
    {
        var lezer = new YamlReader(bestand);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var melding = e.InnerException?.Message ?? e.Message;
            return new(null, [new ContractProfileError(bestand, (int)e.Start.Line, (int)e.Start.Column, $"ongeldige YAML: {melding}")]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException when a flow collection is still open at
            // the end of the text.
            var laatste = yaml.TrimEnd().Split('\n').Length;
            return new(null, [new ContractProfileError(bestand, laatste, 1,
                "ongeldige YAML: onverwacht einde van het bestand; is een '{' of '[' niet gesloten?")]);
        }
        if (stream.Documents.Count != 1)
            return new(null, [new ContractProfileError(bestand, 1, 1, "een profielbestand moet precies één YAML-document bevatten.")]);
        if (lezer.AsMap(stream.Documents[0].RootNode, "het profiel") is not { } root) return new(null, lezer.Fouten);

        lezer.OnlyFields(root, "het profiel", TopVelden);
        var id = lezer.Text(root, "id", "het profiel", verplicht: true);
        if (id is not null && !IdPatroon().IsMatch(id))
            lezer.Error(lezer.Node(root, "id")!, $"profiel-id '{id}' mag alleen kleine letters, cijfers, '.' en '-' bevatten.");
        var versie = lezer.Number(root, "versie", "het profiel", verplicht: true);
        if (versie is < 1) lezer.Error(lezer.Node(root, "versie")!, "versie moet 1 of hoger zijn.");
        var (basis, basisVersie) = ReadBase(lezer, root);

        var profiel = new ContractProfile
        {
            Id = id ?? "",
            Versie = versie ?? 0,
            Naam = lezer.Text(root, "naam", "het profiel", verplicht: true) ?? "",
            Basis = basis,
            BasisVersie = basisVersie,
            Bron = lezer.Text(root, "bron", "het profiel"),
            GeldigVanaf = lezer.Date(root, "geldigVanaf", "het profiel"),
            GeldigTot = lezer.Date(root, "geldigTot", "het profiel"),
            Werkdag = lezer.Node(root, "werkdag") is { } w ? ReadWerkdag(lezer, w) : null,
            Percelen = lezer.Sequence(root, "percelen", "het profiel").Select(n => ReadPerceel(lezer, n)).OfType<Perceel>().ToList(),
            Gebeurtenissen = lezer.Sequence(root, "gebeurtenissen", "het profiel").Select(n => ReadGebeurtenis(lezer, n)).OfType<GebeurtenisDefinition>().ToList(),
            Uitschakelen = lezer.List(root, "uitschakelen", "het profiel"),
            Negeren = lezer.List(root, "negeren", "het profiel"),
            Producten = lezer.Sequence(root, "producten", "het profiel").Select(n => ProductParser.Read(lezer, n)).OfType<Product>().ToList(),
            Regels = lezer.Sequence(root, "regels", "het profiel").Select(n => ReadRegel(lezer, n, id)).OfType<Regel>().ToList(),
            Vog = lezer.Node(root, "vog") is { } v ? BeleidParser.Vog(lezer, v) : null,
            Kwalificaties = lezer.Sequence(root, "kwalificaties", "het profiel").Select(n => BeleidParser.Kwalificatie(lezer, n)).OfType<KwalificatieEis>().ToList(),
            Klachten = lezer.Node(root, "klachten") is { } k ? BeleidParser.Klachten(lezer, k) : null,
            Meldingen = lezer.Sequence(root, "meldingen", "het profiel").Select(n => BeleidParser.Melding(lezer, n)).OfType<MeldingBeleid>().ToList(),
            Declaratie = lezer.Node(root, "declaratie") is { } d ? BeleidParser.Declaratie(lezer, d) : null,
            SocialReturn = lezer.Node(root, "socialReturn") is { } s ? BeleidParser.SocialReturn(lezer, s) : null,
            Evaluatie = lezer.Node(root, "evaluatie") is { } ev ? ReadEvaluatie(lezer, ev) : null,
            Bestand = bestand,
            Regelnummers = root.Children.Where(k => k.Key is YamlScalarNode).GroupBy(k => ((YamlScalarNode)k.Key).Value ?? "")
                .ToDictionary(g => g.Key, g => (int)g.First().Key.Start.Line),
        };
        ContractProfileValidator.ValidateFile(lezer, root, profiel);
        return new(lezer.Fouten.Count == 0 ? profiel : null, lezer.Fouten);
    }

    private static (string?, int?) ReadBase(YamlReader lezer, YamlMappingNode root)
    {
        var text = lezer.Text(root, "basis", "het profiel");
        if (text is null) return (null, null);
        var at = text.IndexOf('@');
        if (at < 0) return (text, null);
        if (int.TryParse(text[(at + 1)..], out var v) && v >= 1) return (text[..at], v);
        lezer.Error(lezer.Node(root, "basis")!, $"basis '{text}' moet 'profiel-id' of 'profiel-id@versie' zijn.");
        return (text[..at], null);
    }

    private static WerkdagDefinitie? ReadWerkdag(YamlReader lezer, YamlNode node)
    {
        const string wat = "werkdag";
        if (lezer.AsMap(node, wat) is not { } map) return null;
        lezer.OnlyFields(map, wat, "bron", "goedeVrijdag", "koninklijkBesluit", "extraVrijeDagen", "toelichting", "goedgekeurdeWerkdag");
        var extra = new List<Feestdag>();
        foreach (var item in lezer.Sequence(map, "extraVrijeDagen", wat))
        {
            if (lezer.AsMap(item, "een extra vrije dag") is not { } m) continue;
            lezer.OnlyFields(m, "een extra vrije dag", "datum", "naam");
            var datum = lezer.Date(m, "datum", "een extra vrije dag", verplicht: true);
            if (datum is { } d) extra.Add(new Feestdag(d, lezer.Text(m, "naam", "een extra vrije dag") ?? "Vrije dag (profiel)", FeestdagGrond.Profiel));
        }
        return new WerkdagDefinitie
        {
            Bron = lezer.Text(map, "bron", wat, verplicht: true) ?? "",
            GoedeVrijdagVrij = lezer.YesNo(map, "goedeVrijdag", wat) ?? true,
            KoninklijkBesluitDagenVrij = lezer.YesNo(map, "koninklijkBesluit", wat) ?? true,
            ExtraVrijeDagen = extra,
            Toelichting = lezer.Text(map, "toelichting", wat),
            GoedgekeurdeWerkdagGebeurtenis = lezer.Text(map, "goedgekeurdeWerkdag", wat),
        };
    }

    private static EvaluatieBeleid? ReadEvaluatie(YamlReader lezer, YamlNode node)
    {
        const string wat = "evaluatie";
        if (lezer.AsMap(node, wat) is not { } map) return null;
        lezer.OnlyFields(map, wat, "bron", "vragen", "verslag");
        var vragen = lezer.List(map, "vragen", wat);
        if (vragen.Count == 0) lezer.Error(map, "evaluatie.vragen moet minstens één vraag bevatten.");
        VerslagBeleid? verslag = null;
        if (lezer.Node(map, "verslag") is { } v && lezer.AsMap(v, "evaluatie.verslag") is { } vm)
        {
            lezer.OnlyFields(vm, "evaluatie.verslag", "gebeurtenis", "bron");
            verslag = new VerslagBeleid(lezer.Text(vm, "gebeurtenis", "evaluatie.verslag", verplicht: true) ?? "",
                lezer.Text(vm, "bron", "evaluatie.verslag", verplicht: true) ?? "");
        }
        return new EvaluatieBeleid(lezer.Text(map, "bron", wat, verplicht: true) ?? "", vragen, verslag);
    }

    private static Perceel? ReadPerceel(YamlReader lezer, YamlNode node)
    {
        if (lezer.AsMap(node, "een perceel") is not { } map) return null;
        lezer.OnlyFields(map, "een perceel", "code", "naam");
        var code = lezer.Text(map, "code", "een perceel", verplicht: true);
        var naam = lezer.Text(map, "naam", "een perceel", verplicht: true);
        return code is null || naam is null ? null : new Perceel(code, naam);
    }

    private static GebeurtenisDefinition? ReadGebeurtenis(YamlReader lezer, YamlNode node)
    {
        if (lezer.AsMap(node, "een gebeurtenis") is not { } map) return null;
        lezer.OnlyFields(map, "een gebeurtenis", "id", "omschrijving", "periode", "gepland", "beeindigtOnderwerp", "beeindigtZorg",
            "onderbreektZorg", "hervatZorg");
        var id = lezer.Text(map, "id", "een gebeurtenis", verplicht: true);
        var omschrijving = lezer.Text(map, "omschrijving", "een gebeurtenis", verplicht: true);
        var periode = lezer.Text(map, "periode", "een gebeurtenis");
        if (periode is not null and not ("maand" or "kwartaal" or "jaar"))
            lezer.Error(lezer.Node(map, "periode")!, $"periode '{periode}' moet maand, kwartaal of jaar zijn.");
        var gepland = lezer.YesNo(map, "gepland", "een gebeurtenis") ?? false;
        var beeindigt = lezer.YesNo(map, "beeindigtOnderwerp", "een gebeurtenis") ?? false;
        return id is null || omschrijving is null ? null : new GebeurtenisDefinition(id, omschrijving, periode, gepland, beeindigt,
            BeeindigtZorg: lezer.YesNo(map, "beeindigtZorg", "een gebeurtenis") ?? false,
            OnderbreektZorg: lezer.YesNo(map, "onderbreektZorg", "een gebeurtenis") ?? false,
            HervatZorg: lezer.YesNo(map, "hervatZorg", "een gebeurtenis") ?? false);
    }

    private static Regel? ReadRegel(YamlReader lezer, YamlNode node, string? profielId)
    {
        if (lezer.AsMap(node, "een regel") is not { } map) return null;
        var id = lezer.Text(map, "id", "een regel", verplicht: true);
        var wat = id is null ? "een regel" : $"regel '{id}'";
        lezer.OnlyFields(map, wat, "id", "bron", "omschrijving", "type", "soort", "actor", "onderwerp", "gebeurtenis",
            "termijn", "voldaanDoor", "voorwaarde", "nietVoorIngangsdatum", "lezing", "parameters", "aard", "gevolg", "eerderBewijsTelt",
            "tijdensZorg", "werkelijkEinde");
        var bron = lezer.Text(map, "bron", wat, verplicht: true);
        var omschrijving = lezer.Text(map, "omschrijving", wat, verplicht: true);
        var typeText = lezer.Text(map, "type", wat) ?? "termijn";
        RegelType? type = typeText switch { "termijn" => RegelType.Termijn, "controle" => RegelType.Controle, _ => null };
        if (type is null) lezer.Error(lezer.Node(map, "type")!, $"type '{typeText}' van {wat} moet 'termijn' of 'controle' zijn.");
        var actor = lezer.Text(map, "actor", wat) ?? "aanbieder";
        if (!Actoren.Contains(actor)) lezer.Error(lezer.Node(map, "actor")!, $"actor '{actor}' van {wat} moet een van {string.Join(", ", Actoren)} zijn.");
        var aardText = lezer.Text(map, "aard", wat) ?? "plicht";
        RegelAard? aard = aardText switch { "plicht" => RegelAard.Plicht, "recht" => RegelAard.Recht, _ => null };
        if (aard is null) lezer.Error(lezer.Node(map, "aard")!, $"aard '{aardText}' van {wat} moet 'plicht' of 'recht' zijn.");
        var gevolg = lezer.Text(map, "gevolg", wat);
        if (gevolg is not null && aard != RegelAard.Recht)
            lezer.Error(lezer.Node(map, "gevolg")!, $"{wat} noemt een gevolg, maar alleen een recht (aard: recht) heeft een gevolg als de termijn verstrijkt.");
        var termijnNode = lezer.Node(map, "termijn");
        var termijn = termijnNode is null ? null : TermijnParser.Read(lezer, termijnNode, $"de termijn van {wat}");
        // A term that failed to parse is already reported; leaving the rule out avoids a second "mist 'termijn'".
        if (id is null || bron is null || omschrijving is null || type is null || aard is null || (termijnNode is not null && termijn is null)) return null;
        return new Regel
        {
            Id = id,
            Bron = bron,
            Omschrijving = omschrijving,
            Type = type.Value,
            Soort = lezer.Text(map, "soort", wat) ?? "overig",
            Actor = actor,
            Onderwerp = lezer.Text(map, "onderwerp", wat) ?? "toewijzing",
            Gebeurtenissen = lezer.List(map, "gebeurtenis", wat),
            Termijn = termijn,
            VoldaanDoor = lezer.List(map, "voldaanDoor", wat),
            Voorwaarde = lezer.Node(map, "voorwaarde") is { } v ? ReadVoorwaarde(lezer, v, wat) : Voorwaarde.Altijd,
            NietVoorIngangsdatum = lezer.YesNo(map, "nietVoorIngangsdatum", wat) ?? false,
            Aard = aard.Value,
            Gevolg = gevolg,
            EerderBewijsTelt = lezer.YesNo(map, "eerderBewijsTelt", wat) ?? false,
            TijdensZorg = lezer.YesNo(map, "tijdensZorg", wat) ?? false,
            WerkelijkEinde = lezer.YesNo(map, "werkelijkEinde", wat) ?? false,
            Lezing = lezer.Text(map, "lezing", wat),
            Parameters = lezer.Node(map, "parameters") is { } p ? ReadParameters(lezer, p, wat) : new Dictionary<string, string>(),
            Positie = lezer.Position(node),
            Herkomst = profielId,
        };
    }

    private static Voorwaarde ReadVoorwaarde(YamlReader lezer, YamlNode node, string wat)
    {
        if (lezer.AsMap(node, $"de voorwaarde van {wat}") is not { } map) return Voorwaarde.Altijd;
        lezer.OnlyFields(map, $"de voorwaarde van {wat}", "spoed", "producten", "percelen");
        return new Voorwaarde
        {
            Spoed = lezer.YesNo(map, "spoed", $"de voorwaarde van {wat}"),
            Producten = lezer.List(map, "producten", $"de voorwaarde van {wat}"),
            Percelen = lezer.List(map, "percelen", $"de voorwaarde van {wat}"),
        };
    }

    private static IReadOnlyDictionary<string, string> ReadParameters(YamlReader lezer, YamlNode node, string wat)
    {
        var result = new Dictionary<string, string>();
        if (lezer.AsMap(node, $"de parameters van {wat}") is not { } map) return result;
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

    private static string Unsupported(YamlReader lezer, YamlNode node, string name, string wat)
    {
        lezer.Error(node, $"parameter '{name}' van {wat} moet een tekst, getal of lijst zijn.");
        return "";
    }
}
