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
        var resultaat = new ValidationResult();
        var inhoud = opties.Inhoud ? new ContentCheck(opties.Vandaag) : null;
        var doorgeven = new Composite(inhoud, bezoeker, resultaat);
        new StructureReader(opties, resultaat, doorgeven).Read(xml);
        if (inhoud is not null && resultaat.Fouten.Count == 0)
            // Findings that reject a single prestatie are all kept: the retour must name every one of them.
            resultaat.Fouten.AddRange(inhoud.Fouten.Where(f => f.IsTechnisch).Take(opties.MaxFouten).Concat(inhoud.Fouten.Where(f => !f.IsTechnisch)));
        return resultaat;
    }

    public static ValidationResult Validate(string pad, ValidationOptions? opties = null, IBerichtVisitor? bezoeker = null)
    {
        using var stream = new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Validate(stream, opties, bezoeker);
    }

    public static ValidationResult Validate(byte[] xml, ValidationOptions? opties = null) => Validate(new MemoryStream(xml, writable: false), opties);

    private sealed class Composite(ContentCheck? inhoud, IBerichtVisitor? bezoeker, ValidationResult resultaat) : IBerichtVisitor
    {
        public void Unit(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
        {
            if (resultaat.Header is null && voorouders[0].Kind("Header") is { } h) resultaat.Header = BerichtHeader.From(h);
            if (resultaat.Fouten.Count == 0) inhoud?.Unit(eenheid, voorouders);
            bezoeker?.Unit(eenheid, voorouders);
        }

        public void Einde(BerichtElement bericht)
        {
            if (bericht.Kind("Header") is { } h) resultaat.Header = BerichtHeader.From(h);
            if (resultaat.Fouten.Count == 0) inhoud?.Einde(bericht);
            bezoeker?.Einde(bericht);
        }
    }
}

/// <summary>Layers 3 and 4: runs the rule sets of the message type while it streams.</summary>
internal sealed class ContentCheck(DateOnly? vandaag) : IBerichtVisitor
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
        foreach (var r in _regels) r.Start(Fouten, vandaag);
        return _regels;
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
