using Maatwerk.Domain.Meldcode;

namespace Maatwerk.Infrastructure.Meldcode;

/// <summary>A Meldcode training of a person as the aandachtsfunctionaris enters it (IB-52a). The aanbieder and who registered
/// it are set by the platform.</summary>
public sealed record MeldcodeTrainingInput
{
    public Guid MedewerkerId { get; init; }
    public DateOnly Datum { get; init; }
    public string Soort { get; init; } = "";
    public string? Bewijs { get; init; }
}

/// <summary>A Meldcode case as the aandachtsfunctionaris enters or edits it (IB-52a/c): client (optional), signals, per step
/// the date and a note, the decision about Veilig Thuis with its date, and the closure. <see cref="Versie"/> is the version
/// an edit started from.</summary>
public sealed record MeldcodeCasusInput
{
    public Guid? ClientId { get; init; }
    public string Signalen { get; init; } = "";
    public DateOnly? Stap1Datum { get; init; }
    public string? Stap1Notitie { get; init; }
    public DateOnly? Stap2Datum { get; init; }
    public string? Stap2Notitie { get; init; }
    public DateOnly? Stap3Datum { get; init; }
    public string? Stap3Notitie { get; init; }
    public DateOnly? Stap4Datum { get; init; }
    public string? Stap4Notitie { get; init; }
    public DateOnly? Stap5Datum { get; init; }
    public string? Stap5Notitie { get; init; }
    public bool? MeldenBijVeiligThuis { get; init; }
    public DateOnly? VeiligThuisGemeldOp { get; init; }
    public DateOnly? AfgeslotenOp { get; init; }
    public Guid? Versie { get; init; }

    public static MeldcodeCasusInput From(MeldcodeCasus c) => new()
    {
        ClientId = c.ClientId, Signalen = c.Signalen, Stap1Datum = c.Stap1Datum, Stap1Notitie = c.Stap1Notitie, Stap2Datum = c.Stap2Datum,
        Stap2Notitie = c.Stap2Notitie, Stap3Datum = c.Stap3Datum, Stap3Notitie = c.Stap3Notitie, Stap4Datum = c.Stap4Datum, Stap4Notitie = c.Stap4Notitie,
        Stap5Datum = c.Stap5Datum, Stap5Notitie = c.Stap5Notitie, MeldenBijVeiligThuis = c.MeldenBijVeiligThuis, VeiligThuisGemeldOp = c.VeiligThuisGemeldOp,
        AfgeslotenOp = c.AfgeslotenOp, Versie = c.Versie,
    };

    public void ApplyTo(MeldcodeCasus c)
    {
        c.ClientId = ClientId == Guid.Empty ? null : ClientId;
        c.Signalen = Signalen.Trim();
        (c.Stap1Datum, c.Stap1Notitie) = (Stap1Datum, Leeg(Stap1Notitie));
        (c.Stap2Datum, c.Stap2Notitie) = (Stap2Datum, Leeg(Stap2Notitie));
        (c.Stap3Datum, c.Stap3Notitie) = (Stap3Datum, Leeg(Stap3Notitie));
        (c.Stap4Datum, c.Stap4Notitie) = (Stap4Datum, Leeg(Stap4Notitie));
        (c.Stap5Datum, c.Stap5Notitie) = (Stap5Datum, Leeg(Stap5Notitie));
        c.MeldenBijVeiligThuis = MeldenBijVeiligThuis;
        c.VeiligThuisGemeldOp = VeiligThuisGemeldOp;
        c.AfgeslotenOp = AfgeslotenOp;
    }

    private static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
