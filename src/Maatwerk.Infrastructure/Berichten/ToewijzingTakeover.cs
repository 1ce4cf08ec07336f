using System.Globalization;
using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.IWmo.Berichten;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Berichten;

/// <summary>
/// A WMO301 that a gemeente with its own system delivered to an aanbieder on the platform (upload or API) becomes a
/// toewijzing here, exactly as if the consulent had issued it: under the running contract between the two whose profile
/// has the product (category and iWmo code, through the contract's product code mapping), for the client with that BSN
/// (registered from the message when the gemeente has not done so on the platform). A 301 for a known toewijzing number
/// is a gewijzigde toewijzing: the end date, reason and volume follow it. Nothing is taken over that the rules refuse.
/// </summary>
public sealed class ToewijzingTakeover(MaatwerkDbContext db, ContractProfileCatalog catalogus, ProductcodeService productcodes, KetenStappen keten, TimeProvider clock)
{
    public sealed record Outcome(List<string> Meldingen, Guid? ToewijzingId, Guid? ClientId);

    /// <param name="retourGegeven">The platform answered the 301 with its retourbericht (302) on receipt (OP090).</param>
    public async Task<Outcome> TakeOverAsync(BerichtElement boom, string door, bool retourGegeven, CancellationToken ct)
    {
        var uitkomst = new Outcome([], null, null);
        var gemeenteCode = boom.Text("Header/Afzender");
        var agb = boom.Text("Header/Ontvanger");
        var gemeente = await db.Organisaties.FirstOrDefaultAsync(o => o.Gemeentecode == gemeenteCode, ct);
        var aanbieder = await db.Organisaties.FirstOrDefaultAsync(o => o.AgbCode == agb, ct);
        if (gemeente is null || aanbieder is null)
        {
            uitkomst.Meldingen.Add($"Gemeente {gemeenteCode} of aanbieder {agb} is niet bekend op het platform; de toewijzingen zijn niet overgenomen.");
            return uitkomst;
        }
        var clientDeel = boom.Kind("Client")!;
        Client? client = null;
        Guid? toewijzingId = null;
        foreach (var p in clientDeel.Find("ToegewezenProducten")?.Kinderen ?? [])
        {
            var nummer = p.Text("ToewijzingNummer") ?? "";
            var ingang = p.Date("Ingangsdatum") ?? default;
            var categorie = p.Text("Product/Categorie") ?? "";
            var code = p.Text("Product/Code");
            var bestaand = await db.Toewijzingen.FirstOrDefaultAsync(t => t.ToewijzingNummer == nummer, ct);
            var contract = bestaand is not null
                ? await db.Contracten.FirstAsync(c => c.Id == bestaand.ContractId, ct)
                : await ContractAsync(gemeente, aanbieder, ingang, categorie, code, ct);
            if (contract is null || contract.AanbiederId != aanbieder.Id)
            {
                uitkomst.Meldingen.Add(bestaand is not null
                    ? $"Toewijzing {nummer}: dit nummer hoort bij een andere aanbieder; niet overgenomen."
                    : $"Toewijzing {nummer}: er is geen lopend contract tussen {gemeente.Naam} en {aanbieder.Naam} met productcategorie {categorie}" +
                      (code is null ? "" : $" en iWmo-productcode {code}") + $" op {ingang:dd-MM-yyyy}; niet overgenomen.");
                continue;
            }
            client ??= await ClientAsync(clientDeel, gemeente, uitkomst.Meldingen, ct);
            if (client is null)
                break;
            var product = await productcodes.ContractProductAsync(contract, categorie, code, ct);
            var gegevens = new Received301(p.Date("Toewijzingsdatum") ?? Amsterdam.Today(clock), categorie, product?.Code, code, ingang, p.Date("Einddatum"),
                int.TryParse(p.Text("Omvang/Volume"), NumberStyles.None, CultureInfo.InvariantCulture, out var volume) ? volume : null,
                p.Text("Omvang/Eenheid"), p.Text("Omvang/Frequentie"), p.Text("RedenWijziging"), p.Text("ReferentieAanbieder"),
                long.TryParse(p.Text("Budget"), NumberStyles.None, CultureInfo.InvariantCulture, out var budget) ? budget / 100m : null);
            if (bestaand is not null && bestaand.ClientId != client.Id)
            {
                uitkomst.Meldingen.Add($"Toewijzing {nummer}: dit nummer hoort bij een andere cliënt.");
                continue;
            }
            var (t, stap) = bestaand is null ? Toewijzing.FromBericht(nummer, client.Id, contract.Id, gegevens) : (bestaand, bestaand.TakeOver(gegevens));
            if (t is null || !stap.IsGelukt)
            {
                uitkomst.Meldingen.Add($"Toewijzing {nummer}: " + string.Join(" ", stap.Fouten.Select(f => f.Message)));
                continue;
            }
            if (bestaand is null)
            {
                db.Toewijzingen.Add(t);
                if (retourGegeven)
                    stap = stap with { Feiten = [.. stap.Feiten, new KetenFact(KetenGebeurtenis.RetourVerzonden, Amsterdam.Today(clock), "WMO302 bij ontvangst")] };
            }
            await keten.ApplyAsync(t, contract, stap, null, verzend: false, door, ct);
            toewijzingId ??= t.Id;
        }
        if (toewijzingId is null && client is not null && db.Entry(client).State == EntityState.Added)
            db.Entry(client).State = EntityState.Detached; // a new client only comes with a toewijzing
        return uitkomst with { ToewijzingId = toewijzingId, ClientId = toewijzingId is null ? null : client?.Id };
    }

    /// <summary>The running contract between the gemeente (or its regio) and the aanbieder that has this product.</summary>
    private async Task<Contract?> ContractAsync(Organisatie gemeente, Organisatie aanbieder, DateOnly ingang, string categorie, string? code, CancellationToken ct)
    {
        var opdrachtgevers = new[] { gemeente.Id, gemeente.RegioId ?? gemeente.Id };
        var kandidaten = await db.Contracten.Where(c => c.AanbiederId == aanbieder.Id && opdrachtgevers.Contains(c.OpdrachtgeverId)).ToListAsync(ct);
        foreach (var contract in kandidaten.Where(c => c.IsRunning(ingang)))
        {
            var producten = catalogus.Find(contract.ProfielId, contract.ProfielVersie)?.Producten ?? [];
            if (await productcodes.ContractProductAsync(contract, categorie, code, ct) is not null
                || (code is null && producten.Any(p => p.Productcategorie == categorie)))
                return contract;
        }
        return null;
    }

    /// <summary>The client with this BSN at the gemeente, or a new one from the message's client data.</summary>
    private async Task<Client?> ClientAsync(BerichtElement c, Organisatie gemeente, List<string> meldingen, CancellationToken ct)
    {
        var bsn = c.Text("Bsn") ?? "";
        if (await db.Clienten.FirstOrDefaultAsync(x => x.GemeenteId == gemeente.Id && x.Bsn == bsn, ct) is { } bekend)
            return bekend;
        var adres = c.Find("Contactgegevens")?.Kinderen.Select(k => k.Kind("Adres")).FirstOrDefault(a => a is not null);
        var client = new Client
        {
            Bsn = bsn, GemeenteId = gemeente.Id, Geboortedatum = c.Date("Geboortedatum/Datum") ?? default,
            Achternaam = c.Text("Naam/Geslachtsnaam/Achternaam") ?? "", Tussenvoegsel = c.Text("Naam/Geslachtsnaam/Voorvoegsel"),
            Voornamen = c.Text("Naam/Voornamen") ?? c.Text("Naam/Voorletters") ?? "",
            Straat = adres?.Text("Straatnaam") ?? "", Postcode = adres?.Text("Postcode") ?? "", Woonplaats = adres?.Text("Plaatsnaam") ?? "",
            Huisnummer = string.Concat(adres?.Text("Huis/Huisnummer"), adres?.Text("Huis/Huisletter"), adres?.Text("Huis/HuisnummerToevoeging") is { } t ? "-" + t : ""),
        };
        client.Normalize();
        if (client.Validate(Amsterdam.Today(clock)) is { Count: > 0 } fouten)
        {
            meldingen.Add($"Cliënt {bsn} is nog niet bekend bij {gemeente.Naam} en het bericht is onvolledig om hem vast te leggen: " +
                string.Join(" ", fouten.Select(f => f.Message)) + " Niets is overgenomen.");
            return null;
        }
        db.Clienten.Add(client);
        return client;
    }
}
