using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Startpagina;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Startpagina;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>The work queues that are stored obligations of one kind (issue 13): per role, which kinds (the profiles'
/// <c>soort</c>) for which party (<c>actor</c>). Counts and the first items come from
/// <see cref="VerplichtingenService.OpenstaandAsync"/>, the query of the Verplichtingen page, and each queue links to that
/// page with the same filter — one computation of every deadline, by the obligations engine.</summary>
public sealed class VerplichtingenWerkbron(VerplichtingenService verplichtingen, DataScope scope) : IWerkvoorraadBron
{
    /// <summary>One queue: its filter, wording, and where an item is done (null: the toewijzing, else the client).</summary>
    public sealed record Definitie(Rol Rol, string Sleutel, string Titel, string Soort, string Actor, string Leeg, int Volgorde,
        string DeadlineLabel = "uiterlijk", string? Onderwerp = null, Func<VerplichtingenService.Row, string?>? Link = null);

    public static readonly IReadOnlyList<Definitie> Definities =
    [
        new(Rol.Administratie, "acceptatie", "Toewijzingen accepteren of weigeren", "acceptatie", "aanbieder",
            "Geen toewijzingen die op acceptatie wachten.", 10, "geldt als aanvaard na"),
        new(Rol.Administratie, "contact", "Contact opnemen met de cliënt", "contact", "aanbieder", "Geen cliënten om contact mee op te nemen.", 20),
        new(Rol.Administratie, "start", "Zorg starten", "start", "aanbieder", "Geen toewijzingen die op de start van de zorg wachten.", 30),
        new(Rol.Administratie, "evaluatie", "Evaluaties", "evaluatie", "aanbieder", "Geen evaluaties te doen.", 50),
        new(Rol.Administratie, "declaratie", "Afgewezen declaratieregels opnieuw indienen", "declaratie", "aanbieder",
            "Geen afgewezen declaratieregels om opnieuw in te dienen.", 60, Onderwerp: "declaratie", Link: _ => "/Declaraties/Afgewezen"),
        new(Rol.Begeleider, "registratielijsten", "Registratielijsten laten tekenen", "registratie", "aanbieder",
            "Geen registratielijsten om te laten tekenen.", 20, Link: r => r.Verplichting.ToewijzingId is { } t ? $"/Tijdregistraties/Registratielijst/{t}" : null),
        new(Rol.Consulent, "wlz", "Wlz-controles en einde van de toewijzing", "einde", "gemeente", "Geen Wlz-controles of einde-termijnen open.", 30,
            Link: r => r.Verplichting.ToewijzingId is not null ? null
                : r.Verplichting.ClientId is { } c ? $"/Clienten/Wlz/{c}" : "/Verplichtingen/WlzControle"),
        new(Rol.Declaratiebeoordelaar, "declaraties", "Declaraties beantwoorden en betalen", "declaratie", "gemeente",
            "Geen declaraties die op antwoord wachten.", 10, Onderwerp: "declaratie", Link: _ => "/Declaratiebeoordeling"),
    ];

    public async Task<IReadOnlyList<Werkbak>> LeesAsync(CancellationToken ct = default)
    {
        var bakken = new List<Werkbak>();
        foreach (var d in Definities.Where(d => d.Rol == scope.Rol && d.Rol.BelongsToOpdrachtgever() == !scope.IsAanbieder))
            bakken.Add(await BakAsync(d, ct));
        return bakken;
    }

    /// <summary>The filter of a queue as the Verplichtingen page reads it from its address.</summary>
    public static string Lijst(Definitie d, VerplichtingStatus status) =>
        $"/Verplichtingen?soort={d.Soort}&actor={d.Actor}{(d.Onderwerp is null ? "" : $"&onderwerp={d.Onderwerp}")}&status={status}";

    private async Task<Werkbak> BakAsync(Definitie d, CancellationToken ct)
    {
        var stand = await verplichtingen.OpenstaandAsync(new VerplichtingQuery { Soort = d.Soort, Actor = d.Actor, Onderwerp = d.Onderwerp },
            WerkvoorraadService.Getoond, ct);
        return new Werkbak
        {
            Sleutel = d.Sleutel, Titel = d.Titel, Aantal = stand.TeLaat + stand.Open, TeLaat = stand.TeLaat, LeegTekst = d.Leeg, Volgorde = d.Volgorde,
            LijstLink = Lijst(d, VerplichtingStatus.Open), TeLaatLink = Lijst(d, VerplichtingStatus.TeLaat),
            Items = Urgentie.Orden(stand.Eerste.Select(r => Item(d, r))),
        };
    }

    private static Werkitem Item(Definitie d, VerplichtingenService.Row r)
    {
        var v = r.Verplichting;
        return new Werkitem
        {
            Titel = r.Client ?? r.Contract,
            Betreft = r.ToewijzingNummer is { } nummer ? $"Toewijzing {nummer}: {v.Omschrijving}" : v.Omschrijving,
            Link = d.Link?.Invoke(r) ?? (v.ToewijzingId is { } t ? $"/Toewijzingen/Details/{t}" : v.ClientId is { } c ? $"/Clienten/Details/{c}" : Lijst(d, v.Status)),
            Deadline = v.Deadline, DeadlineMoment = v.DeadlineMoment, DeadlineLabel = d.DeadlineLabel, TeLaat = v.Status == VerplichtingStatus.TeLaat,
            Bron = v.Bron,
        };
    }
}
