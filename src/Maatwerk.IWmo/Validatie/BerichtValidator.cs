using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Validatie.Regels;

namespace Maatwerk.IWmo.Validatie;

/// <summary>Validates an iWmo message in one streaming pass: layers 1–2 always, layers 3–4 when the message is
/// structurally valid (rules assume the XSD shape, as the official XSLT does).</summary>
public static class BerichtValidator
{
    public static ValidationResult Validate(Stream xml, ValidationOptions? opties = null, IBerichtVisitor? bezoeker = null)
    {
        opties ??= ValidationOptions.Standaard;
        // A visitor (the receipt) sees the units in order, so only a validation without one may be split.
        if (bezoeker is null && xml is MemoryStream ms && ms.TryGetBuffer(out var buffer)
            && GesplitsteValidatie.Probeer(buffer.AsMemory((int)ms.Position), opties) is { } gesplitst)
            return gesplitst;
        var doorloop = new Doorloop(opties, bezoeker);
        doorloop.Lezer.Read(xml);
        return doorloop.Afronden();
    }

    public static ValidationResult Validate(string pad, ValidationOptions? opties = null, IBerichtVisitor? bezoeker = null)
    {
        opties ??= ValidationOptions.Standaard;
        using var stream = new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (bezoeker is null && GesplitsteValidatie.Splitsbaar(stream.Length, opties))
        {
            // Both parts of a split validation need their bytes at once: mapped, not copied.
            using var bestand = GemaptBestand.Open(stream);
            if (GesplitsteValidatie.Probeer(bestand.Memory, opties) is { } gesplitst) return gesplitst;
        }
        return Validate(stream, opties, bezoeker);
    }

    public static ValidationResult Validate(byte[] xml, ValidationOptions? opties = null) => Validate(new MemoryStream(xml, 0, xml.Length, writable: false, publiclyVisible: true), opties);
}

/// <summary>One pass of layers 1–4 over (a part of) a message: the structure reader hands the units to the content
/// check. <paramref name="eindeUitstellen"/>: the end of the message is left to the caller (the second part of a split
/// validation, whose rules can only finish once the first part's state is added).</summary>
internal sealed class Doorloop
{
    private readonly ValidationOptions _opties;
    public ValidationResult Resultaat { get; } = new();
    public ContentCheck? Inhoud { get; }
    public StructureReader Lezer { get; }
    /// <summary>The message at its end, when <c>eindeUitstellen</c> kept it from the content check.</summary>
    public BerichtElement? Einde { get; private set; }

    public Doorloop(ValidationOptions opties, IBerichtVisitor? bezoeker, bool vervolg = false, bool eindeUitstellen = false,
        Func<Utf8XmlScanner, (Stream Bron, int? Regels)?>? bijEinde = null, int bewaakDiepte = 0)
    {
        _opties = opties;
        Inhoud = opties.Inhoud ? new ContentCheck(opties.Vandaag, vervolg) : null;
        var composite = new Composite(this, bezoeker, eindeUitstellen);
        Lezer = new StructureReader(opties, Resultaat, composite) { BijEinde = bijEinde, BewaakDiepte = bewaakDiepte };
    }

    public ValidationResult Afronden()
    {
        if (Inhoud is not null && Resultaat.Fouten.Count == 0)
            // Findings that reject a single prestatie are all kept: the retour must name every one of them.
            Resultaat.Fouten.AddRange(Inhoud.Fouten.Where(f => f.IsTechnisch).Take(_opties.MaxFouten).Concat(Inhoud.Fouten.Where(f => !f.IsTechnisch)));
        return Resultaat;
    }

    private sealed class Composite(Doorloop d, IBerichtVisitor? bezoeker, bool eindeUitstellen) : IBerichtVisitor
    {
        public void Unit(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
        {
            var resultaat = d.Resultaat;
            if (resultaat.Header is null && voorouders[0].Kind("Header") is { } h) resultaat.Header = BerichtHeader.From(h);
            if (resultaat.Fouten.Count == 0) d.Inhoud?.Unit(eenheid, voorouders);
            bezoeker?.Unit(eenheid, voorouders);
        }

        public void Einde(BerichtElement bericht)
        {
            var resultaat = d.Resultaat;
            if (bericht.Kind("Header") is { } h) resultaat.Header = BerichtHeader.From(h);
            if (eindeUitstellen) d.Einde = bericht;
            else if (resultaat.Fouten.Count == 0) d.Inhoud?.Einde(bericht);
            bezoeker?.Einde(bericht);
        }
    }
}

/// <summary>Layers 3 and 4: runs the rule sets of the message type while it streams.</summary>
/// <paramref name="vervolg"/>: the second part of a split message, whose header the first part has checked.
internal sealed class ContentCheck(DateOnly? vandaag, bool vervolg = false) : IBerichtVisitor
{
    private List<RegelSet>? _regels;
    public List<Finding> Fouten { get; } = [];

    private List<RegelSet> Regels(BerichtElement root)
    {
        if (_regels is not null) return _regels;
        _regels = [new AlgemeneRegels()];
        var soort = BerichtCatalog.ByNamespace(root.Namespace);
        if (soort == BerichtCatalog.Wmo323) _regels.Add(new Wmo323Regels());
        if (soort == BerichtCatalog.Wmo301 || soort == BerichtCatalog.Wmo315 || soort == BerichtCatalog.Wmo317) _regels.Add(new ToewijzingRegels());
        if (soort == BerichtCatalog.Wmo301 || soort == BerichtCatalog.Wmo315) _regels.Add(new PersoonRegels());
        if (soort == BerichtCatalog.Wmo301 || soort == BerichtCatalog.Wmo315 || soort == BerichtCatalog.Wmo317) _regels.Add(new StapelingRegels());
        if (soort == BerichtCatalog.Wmo319) _regels.Add(new Wmo319Regels());
        if (soort == BerichtCatalog.Wmo305 || soort == BerichtCatalog.Wmo307) _regels.Add(new StartStopRegels());
        if (soort?.IsRetour == true) _regels.Clear();
        foreach (var r in _regels) r.Start(Fouten, vandaag, vervolg);
        return _regels;
    }

    /// <summary>Whether the second part's rules met something the first part's rules remember (a key seen in both
    /// parts): then a finding of the sequential check is missing, and the parts cannot simply be joined.</summary>
    public bool Botst(ContentCheck tweede) =>
        _regels is null || tweede._regels is null || _regels.Count != tweede._regels.Count
        || _regels.Where((r, i) => r.GetType() != tweede._regels[i].GetType() || r.Botst(tweede._regels[i])).Any();

    /// <summary>Adds the second part: its findings after these (document order), its rules' state into these rules,
    /// so that <see cref="Einde"/> judges the whole message.</summary>
    public void Voeg(ContentCheck tweede)
    {
        Fouten.AddRange(tweede.Fouten);
        for (var i = 0; i < _regels!.Count; i++) _regels[i].Voeg(tweede._regels![i]);
    }

    public void Unit(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
    {
        try
        {
            foreach (var r in Regels(voorouders[0])) r.Unit(eenheid, voorouders);
        }
        catch (Exception ex) when (IsRegelError(ex))
        {
            Internal(eenheid);
        }
    }

    public void Einde(BerichtElement bericht)
    {
        try
        {
            foreach (var r in Regels(bericht)) r.Einde(bericht);
        }
        catch (Exception ex) when (IsRegelError(ex))
        {
            Internal(bericht);
        }
    }

    // A rule must never take the whole validation down; report it as a finding instead.
    private static bool IsRegelError(Exception ex) =>
        ex is NullReferenceException or InvalidOperationException or FormatException or OverflowException or ArgumentException;

    private void Internal(BerichtElement waar) =>
        Fouten.Add(new Finding("X900", waar.Pad, "Interne fout bij de inhoudelijke controle; het bericht kon niet volledig worden beoordeeld.", ValidationLayer.Regels));
}
