using Maatwerk.Domain.Tijdregistraties;

namespace Maatwerk.Domain.Declaraties;

/// <summary>The registration list of a toewijzing as the pre-flight needs it: where its periods start (the start of
/// care), where care stopped, how long a period is, which periods were signed, and the clause that requires signing.</summary>
public sealed record LijstStand(DateOnly StartZorg, DateOnly? LaatsteZorgdag, int Dagen, IReadOnlySet<int> Getekend, string Bron);

/// <summary>Pre-flight warning (issue 11): declaring direct units from a period of the 4-weekly registration list that the
/// client or representative has not signed (DEV-Eis3-REG, MR-10). A warning, not a block: the contract asks for the signed
/// list as evidence, the gemeente may ask for it (material check), the units themselves are not refused for it.</summary>
public static class OngetekendeLijsten
{
    public static IEnumerable<Bezwaar> Bezwaren(IEnumerable<DeclareerbareToewijzing> toewijzingen, IEnumerable<Tijdregistratie> registraties,
        DateOnly maand, DateOnly vandaag, Func<Guid, LijstStand?> lijst)
    {
        var eerste = new DateOnly(maand.Year, maand.Month, 1);
        var laatste = eerste.AddMonths(1).AddDays(-1);
        var perToewijzing = registraties
            .Where(r => r.Datum >= eerste && r.Datum <= laatste && Registratielijst.HoortOpLijst(r))
            .ToLookup(r => r.ToewijzingId);
        foreach (var t in toewijzingen)
        {
            if (lijst(t.Id) is not { } stand || !perToewijzing[t.Id].Any())
                continue;
            var periodes = Registratielijst.Periodes(stand.StartZorg, laatste, stand.LaatsteZorgdag, stand.Dagen);
            foreach (var periode in periodes.Where(p => !stand.Getekend.Contains(p.Nummer)))
            {
                var minuten = perToewijzing[t.Id].Where(r => periode.Bevat(r.Datum) && t.Regels.IsDeclarabel(r)).Sum(r => r.Minuten);
                if (minuten == 0)
                    continue;
                var wat = $"periode {periode.Nummer} ({periode.Van:dd-MM-yyyy} t/m {periode.Tot:dd-MM-yyyy})";
                yield return new Bezwaar(t.Id, t.Nummer, stand.Bron, periode.Tot >= vandaag
                    ? $"De registratielijst over {wat} loopt nog en is dus niet getekend; {minuten} minuten daaruit worden gedeclareerd ({stand.Bron})."
                    : $"De registratielijst over {wat} is niet getekend door cliënt of vertegenwoordiger; {minuten} minuten daaruit worden gedeclareerd ({stand.Bron}).",
                    Blokkeert: false);
            }
        }
    }
}
