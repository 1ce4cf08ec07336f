using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Retour;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Verwerking;

public sealed record VerwerkingsResultaat(ValidatieResultaat Validatie, byte[]? Retour, bool IsHerhaling, string? Melding)
{
    /// <summary>Over the size limit: the web layer answers 413.</summary>
    public bool IsTeGroot => Validatie.Fouten.Any(f => f.Code == "X003");

    /// <summary>No retour could be made (not an iWmo heenbericht, unreadable header): the web layer answers 400.</summary>
    public bool IsOnbruikbaar => Retour is null;
}

/// <summary>What the web layer calls for an uploaded heenbericht: validate (layers 1–5), answer with the retourbericht,
/// and answer a second delivery of the same BerichtIdentificatie with the first answer. The caller's clock gives the
/// systeemdatum (TR135) and the DagtekeningRetour.</summary>
public sealed class BerichtVerwerker(IBerichtContext context, TimeProvider klok, ValidatieOpties? opties = null)
{
    public VerwerkingsResultaat Verwerk(byte[] xml)
    {
        var vandaag = Systeemdatum.Van(klok);
        var o = (opties ?? ValidatieOpties.Standaard) with { Vandaag = vandaag };
        var contextRegels = new ContextRegels(context);
        var boom = new Boom(contextRegels);
        var validatie = BerichtValidator.Valideer(new MemoryStream(xml, writable: false), o, boom);
        if (validatie.Soort is null || validatie.Header is null || validatie.Bericht is null)
            return new(validatie, null, false, "Er kan geen retourbericht worden gemaakt: het bestand is geen leesbaar iWmo-bericht.");
        if (validatie.Soort.IsRetour)
            return new(validatie, null, false, $"{validatie.Soort.Naam} is een retourbericht; daar hoort geen retourbericht bij.");

        var h = validatie.Header;
        var sleutel = new BerichtSleutel(h.Afzender, h.BerichtCode, h.Identificatie);
        if (context.EerderAntwoord(sleutel) is { } eerder)
            return new(validatie, eerder, true, "Dit bericht (zelfde afzender en BerichtIdentificatie) is al eerder ontvangen; het eerste antwoord wordt opnieuw gegeven.");

        if (!validatie.IsTechnischAfgekeurd)
            validatie.Fouten.AddRange(contextRegels.Fouten);
        byte[] retour;
        try
        {
            var tree = RetourGenerator.Maak(Heen(xml, validatie, o), validatie.Fouten, new RetourOpties { Identificatie = context.NieuweIdentificatie(), Dagtekening = vandaag });
            retour = BerichtSchrijver.NaarBytes(tree);
        }
        catch (RetourNietMogelijkException ex)
        {
            return new(validatie, null, false, ex.Message);
        }
        if (!BerichtValidator.Valideer(retour, new ValidatieOpties { Inhoud = false }).IsGeldig)
            return new(validatie, null, false, "De Header van het bericht is onvolledig of ongeldig; er kan geen geldig retourbericht worden gemaakt.");
        context.BewaarAntwoord(sleutel, retour);
        if (validatie.Soort == BerichtCatalogus.Wmo301 && !validatie.IsTechnischAfgekeurd)
            RegistreerToewijzingen(validatie.Bericht);
        return new(validatie, retour, false, null);
    }

    /// <summary>The heen tree the retour is built from. For a 323 only the prestaties with findings are kept (a second
    /// streaming pass), since the 325 returns only those (TR342); every other message is small and kept whole.</summary>
    private static BerichtElement Heen(byte[] xml, ValidatieResultaat validatie, ValidatieOpties o)
    {
        if (validatie.Soort != BerichtCatalogus.Wmo323 || validatie.IsTechnischAfgekeurd) return validatie.Bericht!;
        var paden = validatie.Fouten.Select(f => f.Pad).ToList();
        var selectie = new Selectie(paden);
        return BerichtValidator.Valideer(new MemoryStream(xml, writable: false), o with { Inhoud = false }, selectie).Bericht!;
    }

    private void RegistreerToewijzingen(BerichtElement bericht)
    {
        var gemeente = bericht.Tekst("Header/Afzender") ?? "";
        var aanbieder = bericht.Tekst("Header/Ontvanger") ?? "";
        var bsn = bericht.Tekst("Client/Bsn") ?? "";
        foreach (var p in bericht.Zoek("Client/ToegewezenProducten")?.Kinderen ?? [])
            context.RegistreerToewijzing(new ToewijzingGegevens(gemeente, aanbieder, bsn, p.Tekst("ToewijzingNummer") ?? "",
                p.Tekst("Product/Categorie"), p.Tekst("Product/Code"), p.Datum("Ingangsdatum") ?? default, p.Datum("Einddatum"), p.Tekst("Omvang/Eenheid")));
    }

    /// <summary>Runs the context rules and keeps the tree (streamed 323 prestaties are not kept here).</summary>
    private sealed class Boom(ContextRegels regels) : IBerichtBezoeker
    {
        public void Eenheid(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
        {
            regels.Eenheid(eenheid, voorouders);
            if (voorouders[0].Namespace != Schema.Generated.Wmo323Schema.Ns) voorouders[^1].Kinderen.Add(eenheid);
        }

        public void Einde(BerichtElement bericht) => regels.Einde(bericht);
    }

    /// <summary>Keeps only streamed elements that own a finding (the deepest Client[n]/Prestatie[n] on its path), and
    /// clients that keep a prestatie.</summary>
    private sealed class Selectie(IEnumerable<string> paden) : IBerichtBezoeker
    {
        private readonly HashSet<string> _eigenaars = paden.Select(Eigenaar).ToHashSet(StringComparer.Ordinal);

        private static string Eigenaar(string pad)
        {
            var i = pad.LastIndexOf(']');
            return i < 0 ? pad : pad[..(i + 1)];
        }

        public void Eenheid(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
        {
            if (_eigenaars.Contains(eenheid.Pad) || eenheid.Zoek("Prestaties")?.AantalKinderen > 0)
                voorouders[^1].Kinderen.Add(eenheid);
        }

        public void Einde(BerichtElement bericht) { }
    }
}
