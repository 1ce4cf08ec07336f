using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Personeel;

/// <summary>One thing wrong with a person's VOG under a contract, with the clause it breaks.</summary>
/// <param name="RefusesDeployment">The contract forbids deploying the person at all (no VOG, <see cref="VogBeleid.GeenInzetZonderVog"/>):
/// time they register is refused. Every other problem warns at time registration; any problem refuses making the person
/// a client's fixed worker.</param>
public sealed record VogProblem(string Bron, string Message, bool RefusesDeployment = false)
{
    public override string ToString() => $"{Message} ({Bron})";
}

/// <summary>The VOG matrix (next-capabilities §2, "the 10 hardest rules" 9): given a person, their VOGs, the contract's
/// VOG policy (profile block <c>vog</c>) and a date, is the person's VOG valid under that contract, and if not, why (with
/// the clause). Pure: no storage, no clock.</summary>
public static class VogCheck
{
    public static IReadOnlyList<VogProblem> Evaluate(Medewerker medewerker, IEnumerable<Vog> vogs, VogBeleid? beleid, DateOnly datum)
    {
        if (beleid is null)
            return [];
        var bronAlgemeen = beleid.GeenInzetZonderVog ?? beleid.BronMaxLeeftijd ?? beleid.Bron.FirstOrDefault() ?? "vog";
        var afgegeven = vogs.Where(v => v.Afgiftedatum <= datum).OrderBy(v => v.Afgiftedatum).ToList();
        if (afgegeven.Count == 0)
            return [new VogProblem(bronAlgemeen, $"{medewerker.Naam} heeft op {Datum(datum)} geen VOG; het contract staat inzet zonder VOG niet toe.",
                beleid.GeenInzetZonderVog is not null)];

        var problemen = new List<VogProblem>();
        // Maximum age at the start (OCO-1.2b 6, IB-9b 3, BSD-39 3, DEV-Eis18-a 12 months): some VOG issued no earlier than
        // that many months before the employment start (a VOG issued later still counts: the start term was late, not failed).
        if (beleid.MaxLeeftijdBijStartMaanden is { } max)
        {
            var vroegst = medewerker.InDienst.AddMonths(-max);
            if (!afgegeven.Any(v => v.Afgiftedatum >= vroegst))
                problemen.Add(new(beleid.BronMaxLeeftijd ?? bronAlgemeen,
                    $"De VOG van {medewerker.Naam} (afgegeven {Datum(afgegeven[^1].Afgiftedatum)}) was bij indiensttreding op {Datum(medewerker.InDienst)} " +
                    $"ouder dan {max} maanden."));
        }
        var laatste = afgegeven[^1];
        // Renewal (IB-9c every 12 months, BSD-40a 3 years, DEV-Eis18-d 3 years): the latest VOG is valid that long after issue (IB-A8).
        if (beleid.VernieuwenNaMaanden is { } vernieuwen && laatste.Afgiftedatum.AddMonths(vernieuwen) < datum)
            problemen.Add(new(beleid.BronVernieuwen ?? bronAlgemeen,
                $"De VOG van {medewerker.Naam} (afgegeven {Datum(laatste.Afgiftedatum)}) had uiterlijk {Datum(laatste.Afgiftedatum.AddMonths(vernieuwen))} " +
                $"vernieuwd moeten zijn (elke {vernieuwen} maanden)."));
        // Screening profile and risk areas (IB-8a profile 45 with 08 and 12, BSD-42 profile 45).
        if (beleid.BronScreening is { } bronScreening)
        {
            if (beleid.Screeningsprofiel is { } profiel && !string.Equals(laatste.Screeningsprofiel?.Trim(), profiel, StringComparison.OrdinalIgnoreCase))
                problemen.Add(new(bronScreening, $"De VOG van {medewerker.Naam} heeft niet het screeningsprofiel {profiel}."));
            var ontbreekt = beleid.Risicogebieden.Except(laatste.RisicogebiedenLijst).ToList();
            if (ontbreekt.Count > 0)
                problemen.Add(new(bronScreening, $"De VOG van {medewerker.Naam} mist de risicogebieden {string.Join(" en ", ontbreekt)}."));
        }
        // The gemeente assesses the VOG before deployment (IB-8b).
        if (beleid.BeoordelingDoorGemeente && (laatste.BeoordeeldDoorGemeenteOp is not { } beoordeeld || beoordeeld > datum))
            problemen.Add(new(beleid.BronBeoordeling ?? bronAlgemeen, $"De VOG van {medewerker.Naam} is nog niet door de gemeente beoordeeld."));
        return problemen;
    }

    private static string Datum(DateOnly d) => d.ToString("dd-MM-yyyy");
}
