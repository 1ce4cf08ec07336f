using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Organisaties;

/// <summary>A gemeente, a regio of gemeenten (which contracts on their behalf) or a zorgaanbieder.</summary>
public sealed class Organisatie : Entity
{
    public string Naam { get; set; } = "";
    public OrganisatieSoort Soort { get; set; }

    /// <summary>CBS gemeentecode; only for a gemeente.</summary>
    public string? Gemeentecode { get; set; }

    /// <summary>AGB-code; only for an aanbieder.</summary>
    public string? AgbCode { get; set; }

    /// <summary>KvK-nummer (Handelsregister), optional; printed in the national accountability format.</summary>
    public string? KvkNummer { get; set; }

    /// <summary>Whether the aanbieder must publish annual accounts (IB-46c): true = a jaarrekening is due, false = a jaarverslag
    /// instead, null = not recorded (the aanbieder chooses when it files).</summary>
    public bool? Jaarrekeningplichtig { get; set; }

    /// <summary>The regio a gemeente belongs to, if any.</summary>
    public Guid? RegioId { get; set; }

    /// <summary>An aanbieder that also delivers Wlz care: after a Wlz indication the gemeente dates the stop from the
    /// issue date, not from the day the indication became visible (IB-34a/b).</summary>
    public bool IsWlzAanbieder { get; set; }

    public bool IsOpdrachtgever => Soort is OrganisatieSoort.Gemeente or OrganisatieSoort.Regio;

    public IReadOnlyList<ValidationError> Validate()
    {
        var v = new Validator().Required(nameof(Naam), "Naam", Naam, 200);
        if (!Enum.IsDefined(Soort))
            v.Add(nameof(Soort), "Kies een soort organisatie: gemeente, regio of aanbieder.");
        if (Soort == OrganisatieSoort.Gemeente)
        {
            if (!Organisaties.Gemeentecode.TryParse(Gemeentecode, out _, out var error))
                v.Add(nameof(Gemeentecode), error!);
        }
        else
        {
            v.Check(nameof(Gemeentecode), string.IsNullOrWhiteSpace(Gemeentecode),
                "Alleen een gemeente heeft een CBS-gemeentecode.");
        }
        if (Soort == OrganisatieSoort.Aanbieder)
        {
            if (!Organisaties.AgbCode.TryParse(AgbCode, out _, out var error))
                v.Add(nameof(AgbCode), error!);
        }
        else
        {
            v.Check(nameof(AgbCode), string.IsNullOrWhiteSpace(AgbCode), "Alleen een aanbieder heeft een AGB-code.");
        }
        if (!string.IsNullOrWhiteSpace(KvkNummer) && !Organisaties.KvkNummer.TryParse(KvkNummer, out _, out var kvkFout))
            v.Add(nameof(KvkNummer), kvkFout!);
        v.Check(nameof(Jaarrekeningplichtig), Jaarrekeningplichtig is null || Soort == OrganisatieSoort.Aanbieder,
            "Alleen van een aanbieder wordt vastgelegd of hij jaarrekeningplichtig is (IB-46c).");
        v.Check(nameof(IsWlzAanbieder), !IsWlzAanbieder || Soort == OrganisatieSoort.Aanbieder, "Alleen een aanbieder kan Wlz-aanbieder zijn.");
        v.Check(nameof(RegioId), RegioId is null || Soort == OrganisatieSoort.Gemeente,
            "Alleen een gemeente kan deel uitmaken van een regio.");
        return v.Errors;
    }
}
