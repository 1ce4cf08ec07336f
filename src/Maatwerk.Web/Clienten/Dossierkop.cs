using Maatwerk.Domain.Clienten;

namespace Maatwerk.Web.Clienten;

/// <summary>The header of the client-first dossier (issue 13) on the client and toewijzing pages: name, BSN partly masked,
/// date of birth, phone, address and gemeente. <paramref name="Link"/>: the client page, when the header stands elsewhere.</summary>
public sealed record Dossierkop(Client Client, string Gemeente, bool Link = false)
{
    /// <summary>Only the last three digits: ***.**.123 (enough to check you have the right person, not to copy the number).</summary>
    public static string MaskBsn(string bsn) => bsn.Length >= 3 ? $"***.**.{bsn[^3..]}" : "***";
}
