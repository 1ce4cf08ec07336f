using System.Runtime.CompilerServices;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Validatie.Regels;

namespace Maatwerk.IWmo.Validatie;

/// <summary>Validates an iWmo message in one streaming pass: layers 1–2 always, layers 3–4 when the message is
/// structurally valid (rules assume the XSD shape, as the official XSLT does).</summary>
public static class BerichtValidator
{
    public static ValidatieResultaat Valideer(Stream xml, ValidatieOpties? opties = null, IBerichtBezoeker? bezoeker = null)
    {
        opties ??= ValidatieOpties.Standaard;
        var resultaat = new ValidatieResultaat();
        var inhoud = opties.Inhoud ? new InhoudControle(opties.Vandaag) : null;
        var doorgeven = new Samengesteld(inhoud, bezoeker, resultaat);
        new StructuurLezer(opties, resultaat, doorgeven).Lees(xml);
        if (inhoud is not null && resultaat.Fouten.Count == 0)
            // Findings that reject a single prestatie are all kept: the retour must name every one of them.
            resultaat.Fouten.AddRange(inhoud.Fouten.Where(f => f.IsTechnisch).Take(opties.MaxFouten).Concat(inhoud.Fouten.Where(f => !f.IsTechnisch)));
        return resultaat;
    }

    public static ValidatieResultaat Valideer(string pad, ValidatieOpties? opties = null, IBerichtBezoeker? bezoeker = null)
    {
        using var stream = new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Valideer(stream, opties, bezoeker);
    }

    public static ValidatieResultaat Valideer(byte[] xml, ValidatieOpties? opties = null) => Valideer(new MemoryStream(xml, writable: false), opties);

    private sealed class Samengesteld(InhoudControle? inhoud, IBerichtBezoeker? bezoeker, ValidatieResultaat resultaat) : IBerichtBezoeker
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Eenheid(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
        {
            if (resultaat.Header is null && voorouders[0].Kind("Header") is { } h) resultaat.Header = BerichtHeader.Van(h);
            if (resultaat.Fouten.Count == 0) inhoud?.Eenheid(eenheid, voorouders);
            bezoeker?.Eenheid(eenheid, voorouders);
        }

        public void Einde(BerichtElement bericht)
        {
            if (bericht.Kind("Header") is { } h) resultaat.Header = BerichtHeader.Van(h);
            if (resultaat.Fouten.Count == 0) inhoud?.Einde(bericht);
            bezoeker?.Einde(bericht);
        }
    }
}

/// <summary>Layers 3 and 4: runs the rule sets of the message type while it streams.</summary>
internal sealed class InhoudControle(DateOnly? vandaag) : IBerichtBezoeker
{
    private List<Regelset>? _regels;
    public List<Fout> Fouten { get; } = [];

    private List<Regelset> Regels(BerichtElement root)
    {
        if (_regels is not null) return _regels;
        _regels = [new AlgemeneRegels()];
        var soort = BerichtCatalogus.OpNamespace(root.Namespace);
        if (soort == BerichtCatalogus.Wmo323) _regels.Add(new Wmo323Regels());
        if (soort == BerichtCatalogus.Wmo301 || soort == BerichtCatalogus.Wmo315 || soort == BerichtCatalogus.Wmo317) _regels.Add(new ToewijzingRegels());
        if (soort == BerichtCatalogus.Wmo301 || soort == BerichtCatalogus.Wmo315) _regels.Add(new PersoonRegels());
        if (soort == BerichtCatalogus.Wmo301 || soort == BerichtCatalogus.Wmo315 || soort == BerichtCatalogus.Wmo317) _regels.Add(new StapelingRegels());
        if (soort == BerichtCatalogus.Wmo319) _regels.Add(new Wmo319Regels());
        if (soort == BerichtCatalogus.Wmo305 || soort == BerichtCatalogus.Wmo307) _regels.Add(new StartStopRegels());
        if (soort?.IsRetour == true) _regels.Clear();
        foreach (var r in _regels) r.Start(Fouten, vandaag);
        return _regels;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Eenheid(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
    {
        try
        {
            foreach (var r in Regels(voorouders[0])) r.Eenheid(eenheid, voorouders);
        }
        catch (Exception ex) when (IsRegelFout(ex))
        {
            Intern(eenheid);
        }
    }

    public void Einde(BerichtElement bericht)
    {
        try
        {
            foreach (var r in Regels(bericht)) r.Einde(bericht);
        }
        catch (Exception ex) when (IsRegelFout(ex))
        {
            Intern(bericht);
        }
    }

    // A rule must never take the whole validation down; report it as a finding instead.
    private static bool IsRegelFout(Exception ex) =>
        ex is NullReferenceException or InvalidOperationException or FormatException or OverflowException or ArgumentException;

    private void Intern(BerichtElement waar) =>
        Fouten.Add(new Fout("X900", waar.Pad, "Interne fout bij de inhoudelijke controle; het bericht kon niet volledig worden beoordeeld.", ValidatieLaag.Regels));
}
