using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Declaraties;

/// <summary>The aanbieder's corrections of sent lines: a credit of a granted line (IV085, IV091, TR390) and a new debit of
/// a rejected or credited line (OP366). Both wait as <see cref="PrestatieStatus.TeVerzenden"/> for the next WMO323, in which
/// credits go before debits (OP366) and a line never meets its own credit (IV086/TR316: the credited line went in an
/// earlier message, since only a line a 325 granted can be credited).</summary>
public static class Prestatiecorrectie
{
    public sealed record Correctie(long GeleverdVolume, long? ProductTarief, long Bedrag);

    /// <param name="gerelateerd">The lines that already refer to <paramref name="regel"/> (its credits and new debits).</param>
    public static (Prestatie? Credit, ValidationError? Error) Credit(Prestatie regel, IEnumerable<Prestatie> gerelateerd, string referentie, string door, DateTimeOffset nu)
    {
        const string veld = "ReferentieNummer";
        if (regel.Credit)
            return (null, new(veld, $"Regel {regel.ReferentieNummer} is zelf een creditregel; die wordt niet gecrediteerd."));
        if (regel.Status == PrestatieStatus.Afgewezen)
            return (null, new(veld, $"Regel {regel.ReferentieNummer} is afgewezen en wordt dus niet gecrediteerd: alleen een toegekende regel kan worden gecrediteerd (IV085). Corrigeer haar en declareer opnieuw."));
        if (regel.Status == PrestatieStatus.Gecrediteerd || gerelateerd.Any(r => r.Credit && r.Status != PrestatieStatus.Afgewezen))
            return (null, new(veld, $"Regel {regel.ReferentieNummer} is al gecrediteerd of de creditregel staat klaar; een regel wordt één keer gecrediteerd (TR390)."));
        if (regel.Status != PrestatieStatus.Toegekend)
            return (null, new(veld, $"Regel {regel.ReferentieNummer} is nog niet toegekend in een retourbericht (WMO325); crediteren kan pas daarna (IV085)."));
        var credit = Copy(regel, referentie, door, nu);
        (credit.Credit, credit.VorigReferentieNummer, credit.CorrectieVan) = (true, regel.ReferentieNummer, regel.Id); // IV091
        return (credit, null);
    }

    /// <summary>A new debit for a rejected line, or for a granted line whose credit is sent or waits to go first (OP366).</summary>
    public static (Prestatie? Debet, ValidationError? Error) Redeclare(Prestatie regel, IEnumerable<Prestatie> gerelateerd, Correctie correctie, string referentie, string door, DateTimeOffset nu)
    {
        const string veld = "ReferentieNummer";
        var eerder = gerelateerd.ToList();
        if (regel.Credit)
            return (null, new(veld, $"Regel {regel.ReferentieNummer} is een creditregel; declareer de oorspronkelijke regel opnieuw."));
        if (eerder.FirstOrDefault(r => !r.Credit && r.Status != PrestatieStatus.Afgewezen) is { } nieuw)
            return (null, new(veld, $"Regel {regel.ReferentieNummer} is al opnieuw gedeclareerd met regel {nieuw.ReferentieNummer}."));
        if (regel.NietOpnieuwOp is not null)
            return (null, new(veld, $"Over regel {regel.ReferentieNummer} is besloten dat zij niet opnieuw wordt ingediend: {regel.NietOpnieuwReden}"));
        var gecrediteerd = regel.Status == PrestatieStatus.Gecrediteerd || eerder.Any(r => r.Credit && r.Status != PrestatieStatus.Afgewezen);
        if (regel.Status is PrestatieStatus.Toegekend && !gecrediteerd)
            return (null, new(veld, $"Regel {regel.ReferentieNummer} is toegekend; crediteer haar eerst, dan gaat de creditregel vóór de nieuwe regel (OP366)."));
        if (regel.Status is PrestatieStatus.Ingediend or PrestatieStatus.TeVerzenden)
            return (null, new(veld, $"Regel {regel.ReferentieNummer} wacht nog op het retourbericht (WMO325)."));
        if (correctie.GeleverdVolume <= 0)
            return (null, new("GeleverdVolume", "GeleverdVolume moet een geheel getal groter dan 0 zijn."));
        if (correctie.ProductTarief is < 0 || correctie.Bedrag < 0)
            return (null, new("ProductTarief", "Tarief en bedrag kunnen niet negatief zijn."));
        var debet = Copy(regel, referentie, door, nu);
        (debet.CorrectieVan, debet.GeleverdVolume, debet.ProductTarief, debet.Bedrag) = (regel.Id, correctie.GeleverdVolume, correctie.ProductTarief, correctie.Bedrag);
        return (debet, null);
    }

    /// <summary>"Niet opnieuw indienen" (DEV-Art8.7): the aanbieder decides, with a reason, that a rejected line is not
    /// declared again (e.g. the care was not delivered); the line leaves the worklist and counts as dealt with.</summary>
    public static ValidationError? NietOpnieuw(Prestatie regel, IEnumerable<Prestatie> gerelateerd, string? reden, string door, DateTimeOffset nu)
    {
        if (regel.Status != PrestatieStatus.Afgewezen || regel.Credit)
            return new("ReferentieNummer", $"Regel {regel.ReferentieNummer} is niet afgewezen; alleen over een afgewezen regel beslist u of zij opnieuw wordt ingediend (DEV-Art8.7).");
        if (gerelateerd.FirstOrDefault(r => !r.Credit && r.Status != PrestatieStatus.Afgewezen) is { } nieuw)
            return new("ReferentieNummer", $"Regel {regel.ReferentieNummer} is al opnieuw gedeclareerd met regel {nieuw.ReferentieNummer}; trek die eerst in.");
        if (regel.NietOpnieuwOp is not null)
            return new("ReferentieNummer", $"Over regel {regel.ReferentieNummer} is al besloten dat zij niet opnieuw wordt ingediend.");
        if (string.IsNullOrWhiteSpace(reden) || reden.Trim().Length > 500)
            return new("Reden", "Reden is verplicht (hoogstens 500 tekens): waarom wordt de afgewezen regel niet opnieuw ingediend (DEV-Art8.7)?");
        (regel.NietOpnieuwReden, regel.NietOpnieuwDoor, regel.NietOpnieuwOp) = (reden.Trim(), door, nu);
        return null;
    }

    /// <summary>DEV-Art8.7: the rejected lines of a declaration are dealt with when each has a new debit in a sent message
    /// (whatever the gemeente later judges of it) or a decision not to resubmit it.</summary>
    /// <param name="correcties">The new debits that correct any of <paramref name="afgewezen"/> (<see cref="Prestatie.CorrectieVan"/>).</param>
    public static bool Herindiend(IReadOnlyCollection<Prestatie> afgewezen, IEnumerable<Prestatie> correcties)
    {
        var verzonden = correcties.Where(c => !c.Credit && c.Status != PrestatieStatus.TeVerzenden && c.CorrectieVan is not null)
            .Select(c => c.CorrectieVan!.Value).ToHashSet();
        return afgewezen.Count > 0 && afgewezen.All(r => r.NietOpnieuwOp is not null || verzonden.Contains(r.Id));
    }

    /// <summary>OP366: the credits of a message first, then the debits; within each, the order they were made.</summary>
    public static IReadOnlyList<Prestatie> Order(IEnumerable<Prestatie> regels) =>
        regels.OrderByDescending(r => r.Credit).ThenBy(r => r.AangemaaktOp).ThenBy(r => r.ReferentieNummer, StringComparer.Ordinal).ToList();

    /// <summary>The amount of a corrected line per IV081 from the hourly tariff in euros: minutes (01) at the hourly tariff
    /// / 60, rounded half up per line; other units volume × the tariff per unit.</summary>
    public static Correctie Bereken(string eenheid, long volume, decimal uurtarief)
    {
        var centen = uurtarief * 100m;
        return eenheid == Declaratieopbouw.Minuut
            ? new(volume, (long)Math.Round(centen / 60m, MidpointRounding.AwayFromZero), (long)Math.Round(centen * volume / 60m, MidpointRounding.AwayFromZero))
            : new(volume, (long)Math.Round(centen, MidpointRounding.AwayFromZero), volume * (long)Math.Round(centen, MidpointRounding.AwayFromZero));
    }

    private static Prestatie Copy(Prestatie r, string referentie, string door, DateTimeOffset nu) => new()
    {
        AanbiederId = r.AanbiederId, GemeenteId = r.GemeenteId, ReferentieNummer = referentie, ToewijzingId = r.ToewijzingId, ToewijzingNummer = r.ToewijzingNummer,
        Bsn = r.Bsn, ProductCategorie = r.ProductCategorie, ProductCode = r.ProductCode, Begindatum = r.Begindatum, Einddatum = r.Einddatum,
        GeleverdVolume = r.GeleverdVolume, Eenheid = r.Eenheid, ProductTarief = r.ProductTarief, Bedrag = r.Bedrag, Status = PrestatieStatus.TeVerzenden,
        AangemaaktDoor = door, AangemaaktOp = nu,
    };
}
