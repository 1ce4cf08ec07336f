using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Retour;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Verwerking;

public sealed record VerwerkingsResultaat(ValidatieResultaat Validatie, byte[]? Retour, bool IsHerhaling, string? Melding);

/// <summary>What the web layer calls for an uploaded heenbericht: validate (layers 1–5), answer with the retourbericht,
/// and answer a second delivery of the same BerichtIdentificatie with the first answer.</summary>
public sealed class BerichtVerwerker(IBerichtContext context, ValidatieOpties? opties = null, TimeProvider? klok = null)
{
    private readonly TimeProvider _klok = klok ?? TimeProvider.System;

    public VerwerkingsResultaat Verwerk(byte[] xml)
    {
        var vandaag = DateOnly.FromDateTime(_klok.GetLocalNow().DateTime);
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
            var tree = RetourGenerator.Maak(validatie.Bericht, validatie.Fouten, new RetourOpties { Identificatie = context.NieuweIdentificatie(), Dagtekening = vandaag });
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

    private void RegistreerToewijzingen(BerichtElement bericht)
    {
        var gemeente = bericht.Tekst("Header/Afzender") ?? "";
        var aanbieder = bericht.Tekst("Header/Ontvanger") ?? "";
        var bsn = bericht.Tekst("Client/Bsn") ?? "";
        foreach (var p in bericht.Zoek("Client/ToegewezenProducten")?.Kinderen ?? [])
            context.RegistreerToewijzing(new ToewijzingGegevens(gemeente, aanbieder, bsn, p.Tekst("ToewijzingNummer") ?? "",
                p.Tekst("Product/Categorie"), p.Tekst("Product/Code"), p.Datum("Ingangsdatum") ?? default, p.Datum("Einddatum"), p.Tekst("Omvang/Eenheid")));
    }

    /// <summary>Keeps the whole tree (the retour needs it) and runs the context rules.</summary>
    private sealed class Boom(ContextRegels regels) : IBerichtBezoeker
    {
        public void Eenheid(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
        {
            regels.Eenheid(eenheid, voorouders);
            voorouders[^1].Kinderen.Add(eenheid);
        }

        public void Einde(BerichtElement bericht) => regels.Einde(bericht);
    }
}
