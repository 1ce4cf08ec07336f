using Maatwerk.Domain.Common;
using Wmo325 = Maatwerk.IWmo.Berichten.Model.Wmo325;

namespace Maatwerk.Domain.Declaraties;

/// <summary>Applies a WMO325 to the lines of the WMO323 it answers. TR342: the 325 returns only the rejected prestaties,
/// so every line that is not in it is granted, and Σ rejected = submitted − granted. A rejection of the whole declaration
/// (0001 in the Header, or a code on DeclaratieAntwoord other than 0200/8001) rejects every line: the declaration counts as
/// not sent (TR342's explanation). A granted credit (IV091) marks the line it withdraws as gecrediteerd.</summary>
public static class DeclaratieAntwoordVerwerking
{
    public sealed record Outcome(IReadOnlyList<ValidationError> Errors, bool Unchanged, int Toegekend, int Afgewezen)
    {
        public bool IsValid => Errors.Count == 0;
    }

    private static readonly string[] Goed = ["0200", "8001"];

    /// <param name="declaratieNummer">The 323's DeclaratieNummer (and BerichtIdentificatie).</param>
    /// <param name="regels">Every line the 323 carried.</param>
    /// <param name="gecorrigeerd">Lines of this declaration that already have a credit or new debit: a later, different 325
    /// may not judge them again.</param>
    /// <param name="origineel">The line a credit withdraws, by ReferentieNummer (null when unknown).</param>
    public static Outcome Apply(Wmo325.Bericht antwoord, string declaratieNummer, IReadOnlyList<Prestatie> regels, ISet<Guid> gecorrigeerd,
        Func<string, Prestatie?> origineel, DateTimeOffset nu)
    {
        var errors = new List<ValidationError>();
        var id = antwoord.Header.BerichtIdentificatie.Identificatie;
        if (antwoord.Header.DeclaratieIdentificatie.Identificatie != declaratieNummer)
            errors.Add(new("Header.DeclaratieIdentificatie.Identificatie",
                $"Het retourbericht hoort bij declaratie {antwoord.Header.DeclaratieIdentificatie.Identificatie}, niet bij {declaratieNummer}."));
        if (errors.Count > 0)
            return new(errors, false, 0, 0);
        if (regels.Count > 0 && regels.All(r => r.RetourIdentificatie == id))
            return new([], true, regels.Count(r => r.Status != PrestatieStatus.Afgewezen), regels.Count(r => r.Status == PrestatieStatus.Afgewezen));
        if (regels.FirstOrDefault(r => r.RetourIdentificatie is not null && r.RetourIdentificatie != id && gecorrigeerd.Contains(r.Id)) is { } al)
            return new([new("Header.BerichtIdentificatie.Identificatie",
                $"Declaratie {declaratieNummer} is al beoordeeld met retourbericht {al.RetourIdentificatie} en regel {al.ReferentieNummer} is sindsdien gecrediteerd of opnieuw gedeclareerd; een ander retourbericht ({id}) wordt daarom niet verwerkt.")], false, 0, 0);

        var afgewezen = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var heelCodes = antwoord.Header.RetourCodes.RetourCode.Where(c => c == "0001").ToList();
        if (antwoord.DeclaratieAntwoord is { } da)
        {
            if (heelCodes.Count == 0)
                heelCodes = da.RetourCodes.RetourCode.Where(c => !Goed.Contains(c)).ToList();
            if (da.DeclaratieNummer != declaratieNummer)
                errors.Add(new("DeclaratieAntwoord.DeclaratieNummer", $"DeclaratieNummer {da.DeclaratieNummer} hoort niet bij declaratie {declaratieNummer}."));
            var byRef = regels.ToDictionary(r => r.ReferentieNummer, StringComparer.Ordinal);
            var clienten = da.Clienten?.Client ?? [];
            for (var i = 0; i < clienten.Count; i++)
                for (var j = 0; j < clienten[i].Prestaties.Prestatie.Count; j++)
                {
                    var p = clienten[i].Prestaties.Prestatie[j];
                    var veld = $"Clienten.Client[{i + 1}].Prestaties.Prestatie[{j + 1}]";
                    var referentie = p.ProductReferentie.ReferentieNummer;
                    if (!byRef.ContainsKey(referentie))
                        errors.Add(new($"{veld}.ProductReferentie.ReferentieNummer", $"ReferentieNummer {referentie} is geen regel van declaratie {declaratieNummer}; een retourbericht bevat alleen regels van de declaratie die het beantwoordt (TR342)."));
                    var codes = p.RetourCodes.RetourCode.Where(c => c != "0200").ToList();
                    if (codes.Count == 0)
                        errors.Add(new($"{veld}.RetourCodes", $"Regel {referentie} staat in het retourbericht zonder afwijzingscode; alleen afgewezen regels worden teruggestuurd (TR342)."));
                    afgewezen[referentie] = codes;
                }
            if (heelCodes.Count == 0 && errors.Count == 0)
            {
                var ingediend = Signed(da.TotaalIngediendBedrag);
                var totaal = regels.Sum(r => r.Saldo);
                if (ingediend != totaal)
                    errors.Add(new("DeclaratieAntwoord.TotaalIngediendBedrag", $"TotaalIngediendBedrag {Euro(ingediend)} is niet het totaal van declaratie {declaratieNummer} ({Euro(totaal)})."));
                var verwacht = totaal - regels.Where(r => afgewezen.ContainsKey(r.ReferentieNummer)).Sum(r => r.Saldo);
                if (Signed(da.TotaalToegekendBedrag) != verwacht)
                    errors.Add(new("DeclaratieAntwoord.TotaalToegekendBedrag", $"TotaalToegekendBedrag {Euro(Signed(da.TotaalToegekendBedrag))} is niet het ingediende bedrag min de afgewezen regels ({Euro(verwacht)}; TR342)."));
            }
        }
        else if (heelCodes.Count == 0)
            errors.Add(new("DeclaratieAntwoord", "Het retourbericht heeft geen DeclaratieAntwoord en geen technische afwijzing (0001) in de Header."));
        if (errors.Count > 0)
            return new(errors, false, 0, 0);

        foreach (var r in regels)
        {
            var codes = heelCodes.Count > 0 ? heelCodes : afgewezen.GetValueOrDefault(r.ReferentieNummer);
            var vorige = r.Status;
            r.Status = codes is { Count: > 0 } ? PrestatieStatus.Afgewezen : PrestatieStatus.Toegekend;
            r.Retourcodes = codes is { Count: > 0 } ? string.Join(',', codes) : null;
            (r.RetourIdentificatie, r.BeoordeeldOp) = (id, nu);
            if (r.Credit && r.VorigReferentieNummer is { } vorig && origineel(vorig) is { } o)
            {
                if (r.Status == PrestatieStatus.Toegekend)
                    o.Status = PrestatieStatus.Gecrediteerd;
                else if (vorige == PrestatieStatus.Toegekend && o.Status == PrestatieStatus.Gecrediteerd)
                    o.Status = PrestatieStatus.Toegekend; // a later 325 rejected the credit after all
            }
        }
        return new([], false, regels.Count(r => r.Status == PrestatieStatus.Toegekend), regels.Count(r => r.Status == PrestatieStatus.Afgewezen));
    }

    private static long Signed(IWmo.Berichten.Model.Basis.TotaalBedragMetDC b) => (b.TotaalBedrag ?? 0) * (b.DebetCredit == "C" ? -1 : 1);

    public static string Euro(long centen) => "€ " + (centen / 100m).ToString("#,##0.00", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
}
