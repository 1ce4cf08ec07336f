using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Maatwerk.Web.Tests.Support;

/// <summary>Reads back the text of the PDFs the platform prints (registration list, incident report).</summary>
public static class PdfTexts
{
    private static readonly System.Text.Encoding WinAnsi = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>All text shown on the pages (the strings of the Tj/TJ operators; WinAnsi, see PdfFonts).</summary>
    public static string Read(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        document.PageCount.Should().BeGreaterThan(0);
        var tekst = new System.Text.StringBuilder();
        void Collect(CObject o)
        {
            switch (o)
            {
                case CString s: tekst.Append(WinAnsi.GetString(s.Value.Select(c => (byte)c).ToArray())).Append(' '); break;
                case COperator op: foreach (var x in op.Operands) Collect(x); tekst.Append('\n'); break;
                case CSequence seq: foreach (var x in seq) Collect(x); break;
            }
        }
        foreach (var page in document.Pages)
            Collect(ContentReader.ReadContent(page));
        return tekst.ToString();
    }
}
