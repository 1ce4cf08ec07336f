using Maatwerk.Domain.Clienten;
using Maatwerk.Infrastructure.Common.Lijsten;

namespace Maatwerk.Infrastructure.Clienten;

/// <summary>How every list finds clients by the search box: a BSN (9 digits, dots and spaces allowed) matches exactly;
/// anything else matches part of the name, case-insensitive, in voornamen, achternaam, "tussenvoegsel achternaam" or
/// "voornamen achternaam".</summary>
public static class ClientSearch
{
    public static IQueryable<Client> Matching(this IQueryable<Client> clienten, string zoek)
    {
        if (ListQueries.AlsBsn(zoek) is { } bsn)
            return clienten.Where(c => c.Bsn == bsn);
        var z = zoek.Trim().ToLowerInvariant();
        return clienten.Where(c => c.Achternaam.ToLower().Contains(z) || c.Voornamen.ToLower().Contains(z)
            || ((c.Tussenvoegsel ?? "") + " " + c.Achternaam).ToLower().Contains(z)
            || (c.Voornamen + " " + c.Achternaam).ToLower().Contains(z));
    }
}
