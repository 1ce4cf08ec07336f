using System.Globalization;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tijdregistraties;

namespace Maatwerk.Domain.Afwezigheid;

/// <summary>A threshold of no-shows in a rolling window of calendar days and what it calls for (IB-22b, IB-23).</summary>
/// <param name="Gevolg"><see cref="NoShowRegels.Waarschuwing"/> (written warning to the client) or
/// <see cref="NoShowRegels.GemeenteInformeren"/>.</param>
public sealed record Drempel(int Aantal, int VensterDagen, string Gevolg, string Bron)
{
    /// <summary>The event the platform records at a no-show that reaches this threshold.</summary>
    public string Gebeurtenis => Gevolg == NoShowRegels.Waarschuwing ? AfwezigheidGebeurtenis.DrempelWaarschuwing : AfwezigheidGebeurtenis.DrempelGemeente;

    public string Omschrijving => $"{Aantal} in {VensterDagen} dagen";
}

/// <summary>The contract's no-show rules, read from the parameters of its <c>soort: noshow</c> controle rules, each with
/// the clause it comes from. A contract without <c>afmeldenUrenVooraf</c> has no no-show (BSD, OCO).</summary>
/// <param name="UrenVooraf">A cancellation at least this many elapsed hours before the contact is in time (IB-21a, DEV-B2-NoShow).</param>
/// <param name="Uitzonderingen">Reasons that are never a no-show (IB-21b).</param>
/// <param name="UitzonderingenGemeldOpDeDag">Reasons that are no no-show when reported no later than the day of the contact (DEV-B2-NoShow).</param>
/// <param name="Producten">Only contacts of these products can be a no-show (DEV-B2-NoShow).</param>
/// <param name="Drempels">Thresholds in rolling windows (IB-22b, IB-23).</param>
/// <param name="MaxEenhedenPerMaand">At most this many no-show units per toewijzing per calendar month (DEV-Eis28-b, AMB-12).</param>
/// <param name="EenheidMinuten">The size of a no-show unit in minutes (AMB-13).</param>
/// <param name="NoShowProduct">The product the gemeente registers a no-show under and on whose toewijzing the unit is
/// declared (Eis 28 "No Show", DEV-Art8.4).</param>
/// <param name="Herinneringen">Show at a no-show whether the client was reminded of the appointment (IB-22a; parameter
/// <c>herinnering: vastleggen</c>).</param>
public sealed record NoShowRegels(
    Regelwaarde<int>? UrenVooraf,
    Regelwaarde<IReadOnlyList<Afmeldreden>>? Uitzonderingen,
    Regelwaarde<IReadOnlyList<Afmeldreden>>? UitzonderingenGemeldOpDeDag,
    Regelwaarde<IReadOnlyList<string>>? Producten,
    IReadOnlyList<Drempel> Drempels,
    Regelwaarde<int>? MaxEenhedenPerMaand,
    Regelwaarde<int>? EenheidMinuten,
    Regelwaarde<string>? NoShowProduct = null,
    Regelwaarde<bool>? Herinneringen = null)
{
    public const string Soort = "noshow";
    public const string UrenVoorafParameter = "afmeldenUrenVooraf";
    public const string UitzonderingenParameter = "uitzonderingen";
    public const string UitzonderingenOpDeDagParameter = "uitzonderingenGemeldOpDeDag";
    public const string ProductenParameter = "producten";
    public const string GevolgParameter = "gevolg";
    public const string MaxEenhedenParameter = "maxEenheden";
    public const string VensterParameter = "venster";
    public const string EenheidMinutenParameter = "eenheidMinuten";
    public const string NoShowProductParameter = "noShowProduct";
    public const string HerinneringParameter = "herinnering";
    public const string Vastleggen = "vastleggen";
    public const string Waarschuwing = "waarschuwing";
    public const string GemeenteInformeren = "gemeente-informeren";
    public const string Kalendermaand = "kalendermaand";

    /// <summary>Pairs of count and window in one rule: <c>aantal</c>/<c>vensterDagen</c>, <c>aantal1</c>/<c>vensterDagen1</c> …</summary>
    private static readonly string[] Achtervoegsels = ["", "1", "2", "3"];

    private static readonly Dictionary<string, Afmeldreden> RedenCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ziekte"] = Afmeldreden.Ziekte,
        ["opname"] = Afmeldreden.Opname,
    };

    public static NoShowRegels Geen { get; } = new(null, null, null, null, [], null, null);

    public bool HasNoShow => UrenVooraf is not null;

    public static NoShowRegels From(ContractProfile profiel)
    {
        Regelwaarde<int>? uren = null, max = null, eenheid = null;
        Regelwaarde<IReadOnlyList<Afmeldreden>>? uitzonderingen = null, opDeDag = null;
        Regelwaarde<IReadOnlyList<string>>? producten = null;
        Regelwaarde<string>? noShowProduct = null;
        Regelwaarde<bool>? herinneringen = null;
        var drempels = new List<Drempel>();
        foreach (var regel in NoShowRules(profiel))
        {
            if (Getal(regel, UrenVoorafParameter) is { } u) uren = new(u, regel.Bron);
            if (regel.Parameters.TryGetValue(UitzonderingenParameter, out var lijst)) uitzonderingen = new(Redenen(lijst), regel.Bron);
            if (regel.Parameters.TryGetValue(UitzonderingenOpDeDagParameter, out var dag)) opDeDag = new(Redenen(dag), regel.Bron);
            if (regel.Parameters.TryGetValue(ProductenParameter, out var p)) producten = new(Lijst(p), regel.Bron);
            if (Getal(regel, MaxEenhedenParameter) is { } m && regel.Parameters.GetValueOrDefault(VensterParameter) == Kalendermaand) max = new(m, regel.Bron);
            if (Getal(regel, EenheidMinutenParameter) is { } e) eenheid = new(e, regel.Bron);
            if (regel.Parameters.TryGetValue(NoShowProductParameter, out var np) && np.Trim().Length > 0) noShowProduct = new(np.Trim(), regel.Bron);
            if (regel.Parameters.GetValueOrDefault(HerinneringParameter) == Vastleggen) herinneringen = new(true, regel.Bron);
            if (regel.Parameters.TryGetValue(GevolgParameter, out var gevolg) && gevolg is Waarschuwing or GemeenteInformeren)
                foreach (var s in Achtervoegsels)
                    if (Getal(regel, "aantal" + s) is { } aantal && Getal(regel, "vensterDagen" + s) is { } venster)
                        drempels.Add(new Drempel(aantal, venster, gevolg, regel.Bron));
        }
        return new NoShowRegels(uren, uitzonderingen, opDeDag, producten, drempels, max, eenheid, noShowProduct, herinneringen);
    }

    /// <summary>Parameters of the no-show rules that the platform cannot use, naming profile, rule and parameter (start-up
    /// and <c>maatwerk contracts check</c>).</summary>
    public static IEnumerable<ContractProfileError> Validate(ContractProfile profiel)
    {
        foreach (var regel in NoShowRules(profiel))
        {
            var lijn = regel.Positie?.Lijn ?? profiel.LineNumber("regels");
            string Waar(string parameter) => $"profiel '{profiel.Sleutel}', regel '{regel.Id}' ({regel.Bron}): parameter '{parameter}'";
            ContractProfileError Fout(string parameter, string tekst) => new(profiel.Bestand, lijn, 1, $"{Waar(parameter)} {tekst}");
            var getallen = new[] { UrenVoorafParameter, MaxEenhedenParameter, EenheidMinutenParameter }
                .Concat(Achtervoegsels.SelectMany(s => new[] { "aantal" + s, "vensterDagen" + s }));
            foreach (var parameter in getallen)
                if (regel.Parameters.TryGetValue(parameter, out var tekst) && Getal(regel, parameter) is null)
                    yield return Fout(parameter, $"moet een positief geheel getal zijn, niet '{tekst}'.");
            foreach (var parameter in new[] { UitzonderingenParameter, UitzonderingenOpDeDagParameter })
                if (regel.Parameters.TryGetValue(parameter, out var lijst))
                    foreach (var code in Lijst(lijst).Where(c => !RedenCodes.ContainsKey(c)))
                        yield return Fout(parameter, $"noemt reden '{code}'; het platform kent {string.Join(", ", RedenCodes.Keys)}.");
            if (regel.Parameters.TryGetValue(ProductenParameter, out var producten))
                foreach (var code in Lijst(producten).Where(c => profiel.FindProduct(c) is null))
                    yield return Fout(ProductenParameter, $"noemt product '{code}', dat niet in het profiel staat.");
            if (regel.Parameters.TryGetValue(NoShowProductParameter, out var noShowProduct) && profiel.FindProduct(noShowProduct.Trim()) is null)
                yield return Fout(NoShowProductParameter, $"noemt product '{noShowProduct}', dat niet in het profiel staat.");
            if (regel.Parameters.TryGetValue(HerinneringParameter, out var herinnering) && herinnering != Vastleggen)
                yield return Fout(HerinneringParameter, $"kent alleen '{Vastleggen}', niet '{herinnering}'.");
            if (regel.Parameters.TryGetValue(GevolgParameter, out var gevolg))
            {
                if (gevolg is not (Waarschuwing or GemeenteInformeren))
                    yield return Fout(GevolgParameter, $"kent alleen '{Waarschuwing}' en '{GemeenteInformeren}', niet '{gevolg}'.");
                if (!Achtervoegsels.Any(s => regel.Parameters.ContainsKey("aantal" + s) && regel.Parameters.ContainsKey("vensterDagen" + s)))
                    yield return Fout(GevolgParameter, "vraagt een drempel: 'aantal' met 'vensterDagen' (of 'aantal1' met 'vensterDagen1' …).");
            }
            if (regel.Parameters.ContainsKey(MaxEenhedenParameter) && regel.Parameters.GetValueOrDefault(VensterParameter) != Kalendermaand)
                yield return Fout(VensterParameter, $"moet '{Kalendermaand}' zijn bij '{MaxEenhedenParameter}' (AMB-12: CS340 maakt de declaratieperiode een kalendermaand).");
        }
    }

    private static IEnumerable<Regel> NoShowRules(ContractProfile profiel) =>
        profiel.Regels.Where(r => r.Type == RegelType.Controle && r.Soort == Soort);

    private static IReadOnlyList<string> Lijst(string tekst) =>
        tekst.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static IReadOnlyList<Afmeldreden> Redenen(string tekst) =>
        Lijst(tekst).Where(RedenCodes.ContainsKey).Select(c => RedenCodes[c]).ToList();

    private static int? Getal(Regel regel, string parameter) =>
        regel.Parameters.TryGetValue(parameter, out var tekst) && int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
