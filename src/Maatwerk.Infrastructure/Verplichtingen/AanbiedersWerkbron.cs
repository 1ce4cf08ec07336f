using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Startpagina;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Startpagina;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>The contract manager's queue: the contracted aanbieders ranked by overdue obligations (most first), each
/// linking to the Verplichtingen page filtered on that contract and "te laat" — the same count.</summary>
public sealed class AanbiedersWerkbron(VerplichtingenService verplichtingen, DataScope scope) : IWerkvoorraadBron
{
    public async Task<IReadOnlyList<Werkbak>> LeesAsync(CancellationToken ct = default)
    {
        if (scope.Rol != Rol.Contractmanager || scope.IsAanbieder)
            return [];
        var perContract = await verplichtingen.TeLaatPerContractAsync(ct);
        return
        [
            new Werkbak
            {
                Sleutel = "aanbieders-te-laat", Titel = "Aanbieders met verplichtingen te laat", Volgorde = 10,
                Items = perContract.Take(10).Select(c => new Werkitem
                {
                    Titel = c.Aanbieder, Betreft = $"{c.TeLaat} te laat — {c.Contract}", TeLaat = true,
                    Link = $"/Verplichtingen?contract={c.ContractId}&status=TeLaat",
                }).ToList(),
                Aantal = perContract.Count, TeLaat = perContract.Sum(c => c.TeLaat), LeegTekst = "Geen aanbieder heeft verplichtingen te laat.",
                TeLaatLink = "/Verplichtingen?status=TeLaat",
            },
        ];
    }
}
