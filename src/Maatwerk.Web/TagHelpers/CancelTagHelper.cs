using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Maatwerk.Web.TagHelpers;

/// <summary>
/// "Annuleren" that goes back to where the user came from (issue 13): the page that linked here (the Referer, only
/// when it is this site and another page), kept through a failed submit in a hidden field <c>terug</c>; otherwise
/// <see cref="Fallback"/>. Usage inside a form: &lt;annuleren fallback="/Clienten" /&gt;.
/// </summary>
[HtmlTargetElement("annuleren", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CancelTagHelper(HtmlEncoder enc) : TagHelper
{
    public const string Field = "terug";

    public string Fallback { get; set; } = "/";

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var terug = Terug(ViewContext.HttpContext.Request) ?? Fallback;
        output.TagName = null;
        output.Content.SetHtmlContent(
            $"<input type=\"hidden\" name=\"{Field}\" value=\"{enc.Encode(terug)}\"><a class=\"utrecht-link\" href=\"{enc.Encode(terug)}\" data-testid=\"annuleren\">Annuleren</a>");
    }

    /// <summary>The local address to go back to, or null when there is none.</summary>
    public static string? Terug(Microsoft.AspNetCore.Http.HttpRequest request)
    {
        if (request.HasFormContentType && request.Form[Field].ToString() is { Length: > 0 } gepost)
            return IsLocal(gepost) ? gepost : null;
        if (!Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var herkomst)
            || !string.Equals(herkomst.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase))
            return null;
        var pad = herkomst.PathAndQuery;
        return IsLocal(pad) && !string.Equals(herkomst.AbsolutePath, request.Path.Value, StringComparison.OrdinalIgnoreCase) ? pad : null;
    }

    /// <summary>A path on this site ("/x"), never another host ("//evil", "/\\evil") or a scheme.</summary>
    private static bool IsLocal(string pad) =>
        pad.StartsWith('/') && !pad.StartsWith("//", StringComparison.Ordinal) && !pad.StartsWith("/\\", StringComparison.Ordinal)
        && !pad.Split('?')[0].Contains(':', StringComparison.Ordinal);
}
