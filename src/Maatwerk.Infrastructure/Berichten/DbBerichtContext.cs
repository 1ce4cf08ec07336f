using System.Text;
using Maatwerk.Domain.Contracten;
using Maatwerk.Infrastructure.Data;
using Maatwerk.IWmo.Verwerking;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Berichten;

/// <summary>The platform state the iWmo rules need, read from the database: earlier answers (idempotency) and the
/// toewijzingen a 305/307 must refer to.</summary>
public sealed class DbBerichtContext(MaatwerkDbContext db, ContractProfileCatalog? catalogus = null) : IBerichtContext
{
    public byte[]? PreviousAntwoord(BerichtKey sleutel)
    {
        var retour = db.Berichten.Where(b => b.Afzender == sleutel.Afzender && b.BerichtCode == sleutel.BerichtCode && b.Identificatie == sleutel.Identificatie)
            .Select(b => b.RetourXml).FirstOrDefault();
        return retour is null ? null : Encoding.UTF8.GetBytes(retour);
    }

    // The answer is stored with the message itself (Bericht.RetourXml) by BerichtenService.
    public void SaveAntwoord(BerichtKey sleutel, byte[] retour) { }

    public ToewijzingData? FindToewijzing(string gemeente, string aanbieder, string toewijzingNummer)
    {
        // AsNoTracking: the rules judge a message against the stored state, also when the platform's own step has just
        // changed the toewijzing in memory and now sends its 305/307.
        var rij = (from t in db.Toewijzingen.AsNoTracking()
                   join c in db.Contracten on t.ContractId equals c.Id
                   join a in db.Organisaties on c.AanbiederId equals a.Id
                   join cl in db.Clienten on t.ClientId equals cl.Id
                   join g in db.Organisaties on cl.GemeenteId equals g.Id
                   where t.ToewijzingNummer == toewijzingNummer && a.AgbCode == aanbieder && g.Gemeentecode == gemeente
                   select new { t, cl.Bsn }).FirstOrDefault();
        if (rij is null)
            return null;
        var code = rij.t.BerichtProductcode;
        var tw = rij.t;
        var gestopt = tw.Status is Domain.Toewijzingen.ToewijzingStatus.Gestopt or Domain.Toewijzingen.ToewijzingStatus.TijdelijkGestopt;
        return new ToewijzingData(gemeente, aanbieder, rij.Bsn, tw.ToewijzingNummer, tw.Productcategorie, code, tw.Ingangsdatum, tw.Einddatum, tw.Eenheid,
            new LeveringState(tw.BegindatumLevering, tw.Status == Domain.Toewijzingen.ToewijzingStatus.Gestart,
                gestopt ? tw.RedenBeeindiging : null, gestopt ? tw.EinddatumZorg : null));
    }

    // The toewijzingen of an accepted 301 are taken over after the message is stored (ToewijzingOvername), with the
    // contract and client they belong to; the validator's own registration is not needed here.
    public void RegisterToewijzing(ToewijzingData toewijzing) { }

    public string NewIdentificatie() => BerichtenService.NewIdentificatie();

    /// <summary>TR381: the gemeente's product code list is what its contracts (its own and its regio's) allocate: each
    /// contract product's mapped iWmo code, or its contract code where that fits. Unknown (null) for a gemeente without
    /// contracts on the platform.</summary>
    public bool? IsProductcodeKnown(string gemeente, string categorie, string code)
    {
        // One answer per code per message: a declaration repeats the same few codes in thousands of prestaties.
        if (!_productcodes.TryGetValue((gemeente, categorie, code), out var bekend))
            _productcodes[(gemeente, categorie, code)] = bekend = FindProductcode(gemeente, categorie, code);
        return bekend;
    }

    private readonly Dictionary<(string, string, string), bool?> _productcodes = [];

    private bool? FindProductcode(string gemeente, string categorie, string code)
    {
        if (catalogus is null || db.Organisaties.AsNoTracking().FirstOrDefault(o => o.Gemeentecode == gemeente) is not { } org)
            return null;
        var opdrachtgevers = new[] { org.Id, org.RegioId ?? org.Id };
        var contracten = db.Contracten.AsNoTracking().Where(c => opdrachtgevers.Contains(c.OpdrachtgeverId)).ToList();
        if (contracten.Count == 0)
            return null;
        var ids = contracten.Select(c => c.Id).ToList();
        var koppelingen = db.ProductcodeKoppelingen.AsNoTracking().Where(k => ids.Contains(k.ContractId)).ToList();
        return contracten.Any(c => (catalogus.Find(c.ProfielId, c.ProfielVersie)?.Producten ?? [])
                .Any(p => p.Productcategorie == categorie && ProductcodeKoppeling.Effective(
                    koppelingen.FirstOrDefault(k => k.ContractId == c.Id && k.Productcode == p.Code)?.IWmoProductcode, p.Code) == code))
            // a code already allocated stays valid for the messages about that toewijzing, even if the mapping changed since
            || db.Toewijzingen.AsNoTracking().Any(t => ids.Contains(t.ContractId) && t.Productcategorie == categorie && t.IWmoProductcode == code);
    }
}
