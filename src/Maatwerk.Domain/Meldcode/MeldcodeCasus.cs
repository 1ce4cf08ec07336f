using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Meldcode;

/// <summary>A case under the Meldcode huiselijk geweld en kindermishandeling, registered along its five steps (IB-52a/c):
/// the signals, per step the date and a note of the considerations, the decision whether to report to Veilig Thuis and the
/// date of that report (IB-52b), and the closure. Only the aanbieder's aandachtsfunctionaris (role kwaliteit) sees it; the
/// gemeente gets an anonymised export on request (IB-52c).</summary>
public sealed class MeldcodeCasus : Entity
{
    public const int AantalStappen = 5;

    /// <summary>The five steps of the Meldcode (afwegingskader 2019).</summary>
    public static readonly IReadOnlyList<string> Stapnamen =
    [
        "In kaart brengen van signalen",
        "Collegiale consultatie en zo nodig raadplegen van Veilig Thuis",
        "Gesprek met de cliënt",
        "Wegen van het huiselijk geweld of de kindermishandeling (afwegingskader)",
        "Beslissen: melden bij Veilig Thuis en/of hulp organiseren",
    ];

    public Guid AanbiederId { get; set; }
    /// <summary>Optional link to a client of the aanbieder; the case may concern a child or a relative who is not a client.</summary>
    public Guid? ClientId { get; set; }
    public string Signalen { get; set; } = "";
    public DateOnly? Stap1Datum { get; set; }
    public string? Stap1Notitie { get; set; }
    public DateOnly? Stap2Datum { get; set; }
    public string? Stap2Notitie { get; set; }
    public DateOnly? Stap3Datum { get; set; }
    public string? Stap3Notitie { get; set; }
    public DateOnly? Stap4Datum { get; set; }
    public string? Stap4Notitie { get; set; }
    public DateOnly? Stap5Datum { get; set; }
    public string? Stap5Notitie { get; set; }
    /// <summary>The decision of step 5: report to Veilig Thuis (true), not (false), or not yet decided (null).</summary>
    public bool? MeldenBijVeiligThuis { get; set; }
    /// <summary>The date of the report to Veilig Thuis; required when the decision is to report (IB-52b/c).</summary>
    public DateOnly? VeiligThuisGemeldOp { get; set; }
    public DateOnly? AfgeslotenOp { get; set; }
    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    /// <summary>Date and note per step, step 1 first.</summary>
    public IReadOnlyList<(DateOnly? Datum, string? Notitie)> Stappen =>
        [(Stap1Datum, Stap1Notitie), (Stap2Datum, Stap2Notitie), (Stap3Datum, Stap3Notitie), (Stap4Datum, Stap4Notitie), (Stap5Datum, Stap5Notitie)];

    /// <summary>The highest step with a date (0 = none yet).</summary>
    public int BereikteStap
    {
        get
        {
            var stappen = Stappen;
            for (var i = AantalStappen; i >= 1; i--)
                if (stappen[i - 1].Datum is not null)
                    return i;
            return 0;
        }
    }

    public bool IsAfgesloten => AfgeslotenOp is not null;

    public static string DatumVeld(int stap) => $"Stap{stap}Datum";
    public static string NotitieVeld(int stap) => $"Stap{stap}Notitie";

    /// <summary>The rules of a case: the steps in order (a step is dated only after the previous one, never before it), the
    /// decision at step 5, the Veilig Thuis date when reporting, the closure after the last step. Dutch messages per field.</summary>
    public IReadOnlyList<ValidationError> Validate(DateOnly vandaag)
    {
        var v = new Validator().Required(nameof(Signalen), "Signalen", Signalen, 4000);
        var stappen = Stappen;
        DateOnly? vorige = null;
        for (var stap = 1; stap <= AantalStappen; stap++)
        {
            var (datum, notitie) = stappen[stap - 1];
            var naam = $"Stap {stap} ({Stapnamen[stap - 1]})";
            v.Optional(NotitieVeld(stap), $"{naam}: de notitie", notitie, 4000)
                .Check(NotitieVeld(stap), string.IsNullOrWhiteSpace(notitie) || datum is not null, $"{naam}: vul de datum in bij de notitie.");
            if (datum is not { } d)
                continue;
            if (stap > 1 && stappen[stap - 2].Datum is null)
                v.Add(DatumVeld(stap), $"{naam}: deze stap kan pas worden gedateerd als stap {stap - 1} een datum heeft (de stappen van de meldcode volgen op elkaar).");
            else if (vorige is { } p && d < p)
                v.Add(DatumVeld(stap), $"{naam}: de datum ({d:dd-MM-yyyy}) kan niet vóór die van stap {stap - 1} ({p:dd-MM-yyyy}) liggen.");
            v.Check(DatumVeld(stap), d <= vandaag, $"{naam}: de datum kan niet in de toekomst liggen.");
            vorige = d;
        }
        v.Check(nameof(MeldenBijVeiligThuis), MeldenBijVeiligThuis is null || Stap5Datum is not null,
            "Besluit melden bij Veilig Thuis: het besluit hoort bij stap 5; vul eerst de datum van stap 5 in.");
        if (MeldenBijVeiligThuis == true)
        {
            v.Check(nameof(VeiligThuisGemeldOp), VeiligThuisGemeldOp is not null,
                "Datum melding bij Veilig Thuis is verplicht als het besluit is te melden (IB-52b/c).");
            if (VeiligThuisGemeldOp is { } gemeld)
                v.Check(nameof(VeiligThuisGemeldOp), Stap5Datum is null || gemeld >= Stap5Datum,
                        "Datum melding bij Veilig Thuis: de datum kan niet vóór het besluit in stap 5 liggen.")
                    .Check(nameof(VeiligThuisGemeldOp), gemeld <= vandaag, "Datum melding bij Veilig Thuis: de datum kan niet in de toekomst liggen.");
        }
        else
        {
            v.Check(nameof(VeiligThuisGemeldOp), VeiligThuisGemeldOp is null,
                "Datum melding bij Veilig Thuis: vul deze alleen in als het besluit is te melden.");
        }
        if (AfgeslotenOp is { } af)
        {
            v.Check(nameof(AfgeslotenOp), Stap5Datum is not null && MeldenBijVeiligThuis is not null,
                    "Afgesloten: een casus wordt afgesloten na stap 5 met een besluit over melden bij Veilig Thuis.")
                .Check(nameof(AfgeslotenOp), (vorige is null || af >= vorige) && (VeiligThuisGemeldOp is null || af >= VeiligThuisGemeldOp),
                    "Afgesloten: de datum kan niet vóór de laatste stap of de melding liggen.")
                .Check(nameof(AfgeslotenOp), af <= vandaag, "Afgesloten: de datum kan niet in de toekomst liggen.");
        }
        return v.Errors;
    }
}
