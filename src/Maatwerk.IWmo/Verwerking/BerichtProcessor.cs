using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Retour;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Verwerking;

public sealed record ProcessingResult(ValidationResult Validatie, byte[]? Retour, bool IsHerhaling, string? Melding)
{
    /// <summary>Over the size limit: the web layer answers 413.</summary>
    public bool IsTeGroot => Validatie.Fouten.Any(f => f.Code == "X003");

    /// <summary>No retour could be made (not an iWmo heenbericht, unreadable header): the web layer answers 400.</summary>
    public bool IsOnbruikbaar => Retour is null;
}

/// <summary>What the web layer calls for an uploaded heenbericht: validate (layers 1–5), answer with the retourbericht,
/// and answer a second delivery of the same BerichtIdentificatie with the first answer. The caller's clock gives the
/// systeemdatum (TR135) and the DagtekeningRetour.</summary>
public sealed class BerichtProcessor(IBerichtContext context, TimeProvider klok, ValidationOptions? opties = null)
{
    public ProcessingResult Process(byte[] xml)
    {
        var vandaag = Systeemdatum.From(klok);
        var o = (opties ?? ValidationOptions.Standaard) with { Vandaag = vandaag };
        var contextRegels = new ContextRegels(context);
        var boom = new Tree(contextRegels);
        var validatie = BerichtValidator.Validate(new MemoryStream(xml, writable: false), o, boom);
        if (validatie.Soort is null || validatie.Header is null || validatie.Bericht is null)
            return new(validatie, null, false, "Er kan geen retourbericht worden gemaakt: het bestand is geen leesbaar iWmo-bericht.");
        if (validatie.Soort.IsRetour)
            return new(validatie, null, false, $"{validatie.Soort.Naam} is een retourbericht; daar hoort geen retourbericht bij.");

        var h = validatie.Header;
        var sleutel = new BerichtKey(h.Afzender, h.BerichtCode, h.Identificatie);
        if (context.PreviousAntwoord(sleutel) is { } eerder)
            return new(validatie, eerder, true, "Dit bericht (zelfde afzender en BerichtIdentificatie) is al eerder ontvangen; het eerste antwoord wordt opnieuw gegeven.");

        if (!validatie.IsTechnischAfgekeurd)
            validatie.Fouten.AddRange(contextRegels.Fouten);
        byte[] retour;
        try
        {
            var tree = RetourGenerator.Create(Heen(xml, validatie, o), validatie.Fouten, new RetourOptions { Identificatie = context.NewIdentificatie(), Dagtekening = vandaag });
            retour = BerichtWriter.ToBytes(tree);
        }
        catch (RetourNotPossibleException ex)
        {
            return new(validatie, null, false, ex.Message);
        }
        if (!BerichtValidator.Validate(retour, new ValidationOptions { Inhoud = false }).IsGeldig)
            return new(validatie, null, false, "De Header van het bericht is onvolledig of ongeldig; er kan geen geldig retourbericht worden gemaakt.");
        context.SaveAntwoord(sleutel, retour);
        if (validatie.Soort == BerichtCatalog.Wmo301 && !validatie.IsTechnischAfgekeurd)
            RegisterToewijzingen(validatie.Bericht);
        return new(validatie, retour, false, null);
    }

    /// <summary>The heen tree the retour is built from. For a 323 only the prestaties with findings are kept (a second
    /// streaming pass), since the 325 returns only those (TR342); every other message is small and kept whole.</summary>
    private static BerichtElement Heen(byte[] xml, ValidationResult validatie, ValidationOptions o)
    {
        if (validatie.Soort != BerichtCatalog.Wmo323 || validatie.IsTechnischAfgekeurd) return validatie.Bericht!;
        var paden = validatie.Fouten.Select(f => f.Pad).ToList();
        var selectie = new Selection(paden);
        return BerichtValidator.Validate(new MemoryStream(xml, writable: false), o with { Inhoud = false }, selectie).Bericht!;
    }

    private void RegisterToewijzingen(BerichtElement bericht)
    {
        var gemeente = bericht.Text("Header/Afzender") ?? "";
        var aanbieder = bericht.Text("Header/Ontvanger") ?? "";
        var bsn = bericht.Text("Client/Bsn") ?? "";
        foreach (var p in bericht.Find("Client/ToegewezenProducten")?.Kinderen ?? [])
            context.RegisterToewijzing(new ToewijzingData(gemeente, aanbieder, bsn, p.Text("ToewijzingNummer") ?? "",
                p.Text("Product/Categorie"), p.Text("Product/Code"), p.Date("Ingangsdatum") ?? default, p.Date("Einddatum"), p.Text("Omvang/Eenheid")));
    }

    /// <summary>Runs the context rules and keeps the tree (streamed 323 prestaties are not kept here).</summary>
    private sealed class Tree(ContextRegels regels) : IBerichtVisitor
    {
        public void Unit(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
        {
            regels.Unit(eenheid, voorouders);
            if (voorouders[0].Namespace != Schema.Generated.Wmo323Schema.Ns) voorouders[^1].Kinderen.Add(eenheid);
        }

        public void Einde(BerichtElement bericht) => regels.Einde(bericht);
    }

    /// <summary>Keeps only streamed elements that own a finding (the deepest Client[n]/Prestatie[n] on its path), and
    /// clients that keep a prestatie.</summary>
    private sealed class Selection(IEnumerable<string> paden) : IBerichtVisitor
    {
        private readonly HashSet<string> _eigenaars = paden.Select(Owner).ToHashSet(StringComparer.Ordinal);

        private static string Owner(string pad)
        {
            var i = pad.LastIndexOf(']');
            return i < 0 ? pad : pad[..(i + 1)];
        }

        public void Unit(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
        {
            if (_eigenaars.Contains(eenheid.Pad) || eenheid.Find("Prestaties")?.AantalKinderen > 0)
                voorouders[^1].Kinderen.Add(eenheid);
        }

        public void Einde(BerichtElement bericht) { }
    }
}
