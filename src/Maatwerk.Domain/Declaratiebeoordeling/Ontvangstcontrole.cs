using Maatwerk.IWmo.Berichten.Declaratie;

namespace Maatwerk.Domain.Declaratiebeoordeling;

/// <summary>The gemeente's check of one received 323, line by line as the message streams past: the toewijzingen of the
/// aanbieder (by ToewijzingNummer) and its earlier lines (<see cref="EerdereRegels"/>) are loaded once, and every line
/// costs a few look-ups whatever the size of the message or of the history. Each checked line joins the earlier lines,
/// so a later line of the same message is checked against it (TR314, TR389, TR322). The rules are those of
/// <see cref="PrestatieChecks"/>; nothing here decides.</summary>
/// <param name="toewijzingen">The aanbieder's toewijzingen for the gemeente's residents, by ToewijzingNummer.</param>
/// <param name="tarief">The contract tariff of a toewijzing on a date (TR418).</param>
/// <param name="eerder">The aanbieder's earlier lines; grows with every checked line.</param>
/// <param name="productcodeBekend">TR381: is (category, code) on the gemeente's product code list (null: unknown).</param>
public sealed class Ontvangstcontrole(IReadOnlyDictionary<string, ToewijzingStand> toewijzingen, Func<ToewijzingStand, DateOnly, ContractTarief?> tarief,
    EerdereRegels eerder, Func<string, string, bool?>? productcodeBekend = null)
{
    public ToewijzingStand? Toewijzing(string toewijzingNummer) => toewijzingen.GetValueOrDefault(toewijzingNummer);

    /// <summary>Checks one line and records it as an earlier line (still open) for the lines that follow.</summary>
    public List<PrestatieCheck> Check(string bsn, DeclaratiePrestatie p, Berichtcontext? bericht)
    {
        var checks = new List<PrestatieCheck>(24);
        Check(checks, bsn, p, bericht);
        return checks;
    }

    /// <summary>The same, adding the checks to <paramref name="uit"/>: the receipt fills one list line after line.</summary>
    public void Check(List<PrestatieCheck> uit, string bsn, DeclaratiePrestatie p, Berichtcontext? bericht)
    {
        var t = Toewijzing(p.ToewijzingNummer);
        PrestatieChecks.Run(uit, bsn, p, t, eerder, t is null ? null : tarief(t, p.Begindatum),
            productcodeBekend?.Invoke(p.ProductCategorie, p.ProductCode), bericht);
        eerder.Add(p.ReferentieNummer, p.VorigReferentieNummer, p.ToewijzingNummer, p.ProductCategorie, p.ProductCode,
            p.Begindatum, p.Einddatum, p.GeleverdVolume, p.Bedrag, p.DebetCredit == "C", Beoordeling.Open);
    }
}
