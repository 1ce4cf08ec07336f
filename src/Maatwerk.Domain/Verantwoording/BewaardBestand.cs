using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Verantwoording;

/// <summary>An uploaded file kept as evidence with its name, size and SHA-256, so either party can show it is the file that
/// was submitted (a controleverklaring, a national-format statement, a document of the annual accounts).</summary>
public abstract class BewaardBestand : Entity
{
    public string Naam { get; set; } = "";
    public long Grootte { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] Inhoud { get; set; } = [];
    public string GeuploadDoor { get; set; } = "";
    public DateTimeOffset GeuploadOp { get; set; }

    /// <summary>Keeps <paramref name="inhoud"/> under the file name of <paramref name="naam"/> (no folders), with its size and hash.</summary>
    public void Bewaar(string naam, byte[] inhoud, string door, DateTimeOffset op) =>
        (Naam, Inhoud, Grootte, Sha256, GeuploadDoor, GeuploadOp) = (Path.GetFileName(naam), inhoud, inhoud.Length, PdfBestand.Sha256(inhoud), door, op);
}
