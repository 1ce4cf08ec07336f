using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Declaratiebeoordeling;

/// <summary>One Prestatie of a received WMO323, with the outcome of every check (<see cref="PrestatieCheck"/>) and the
/// beoordelaar's decision. Amounts in eurocents (IV024).</summary>
public sealed class OntvangenPrestatie : Entity
{
    public Guid DeclaratieId { get; set; }
    public int Volgnummer { get; set; }
    /// <summary>Where the Prestatie sits in the 323 (e.g. /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]): the 325 returns it there.</summary>
    public string Pad { get; set; } = "";
    public string Bsn { get; set; } = "";
    public string ReferentieNummer { get; set; } = "";
    public string? VorigReferentieNummer { get; set; }
    public string ToewijzingNummer { get; set; } = "";
    public Guid? ToewijzingId { get; set; }
    public string ProductCategorie { get; set; } = "";
    public string ProductCode { get; set; } = "";
    public DateOnly Begindatum { get; set; }
    public DateOnly Einddatum { get; set; }
    public long GeleverdVolume { get; set; }
    public string Eenheid { get; set; } = "";
    public long? ProductTarief { get; set; }
    public long Bedrag { get; set; }
    /// <summary>"D" debet or "C" credit.</summary>
    public string DebetCredit { get; set; } = "D";

    /// <summary>The checks as stored text, one per line (see <see cref="PrestatieCheck.Write"/>); column "Controles".</summary>
    public string Checks { get; set; } = "";

    public Beoordeling Beoordeling { get; set; } = Beoordeling.Open;
    /// <summary>The retour code of a rejection (WJ001), e.g. 0611.</summary>
    public string? Retourcode { get; set; }
    public string? Toelichting { get; set; }
    public string? BeoordeeldDoor { get; set; }
    public DateTimeOffset? BeoordeeldOp { get; set; }

    public bool IsCredit => DebetCredit == "C";
    public long BedragMetTeken => IsCredit ? -Bedrag : Bedrag;

    public IReadOnlyList<PrestatieCheck> ReadChecks() => PrestatieCheck.Read(Checks);

    /// <summary>No check rejects it and none asks for a person's judgement.</summary>
    public bool IsSchoon => ReadChecks().All(c => c.Outcome == CheckOutcome.Passed);

    /// <summary>The code a rejection proposes: that of the first failing check.</summary>
    public string? VoorgesteldeCode => ReadChecks().FirstOrDefault(c => c.Outcome == CheckOutcome.Rejected)?.Retourcode;
}

public enum Beoordeling
{
    Open = 0,
    Goedgekeurd = 1,
    Afgewezen = 2,
}
