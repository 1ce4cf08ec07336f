using System.Text;
using Maatwerk.Infrastructure.Data;
using Maatwerk.IWmo.Verwerking;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Berichten;

/// <summary>The platform state the iWmo rules need, read from the database: earlier answers (idempotency) and the
/// toewijzingen a 305/307 must refer to.</summary>
public sealed class DbBerichtContext(MaatwerkDbContext db) : IBerichtContext
{
    public byte[]? EerderAntwoord(BerichtSleutel sleutel)
    {
        var retour = db.Berichten.Where(b => b.Afzender == sleutel.Afzender && b.BerichtCode == sleutel.BerichtCode && b.Identificatie == sleutel.Identificatie)
            .Select(b => b.RetourXml).FirstOrDefault();
        return retour is null ? null : Encoding.UTF8.GetBytes(retour);
    }

    // The answer is stored with the message itself (Bericht.RetourXml) by BerichtenService.
    public void BewaarAntwoord(BerichtSleutel sleutel, byte[] retour) { }

    public ToewijzingGegevens? ZoekToewijzing(string gemeente, string aanbieder, string toewijzingNummer)
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
        return new ToewijzingGegevens(gemeente, aanbieder, rij.Bsn, tw.ToewijzingNummer, tw.Productcategorie, code, tw.Ingangsdatum, tw.Einddatum, tw.Eenheid,
            new LeveringStand(tw.BegindatumLevering, tw.Status == Domain.Toewijzingen.ToewijzingStatus.Gestart,
                gestopt ? tw.RedenBeeindiging : null, gestopt ? tw.EinddatumZorg : null));
    }

    // The toewijzingen of an accepted 301 are taken over after the message is stored (ToewijzingOvername), with the
    // contract and client they belong to; the validator's own registration is not needed here.
    public void RegistreerToewijzing(ToewijzingGegevens toewijzing) { }

    public string NieuweIdentificatie() => BerichtenService.NieuweIdentificatie();
}
