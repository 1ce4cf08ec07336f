using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Maatwerk.Web.TagHelpers;

/// <summary>
/// An NL Design System form field: label, error message (from ModelState, in Dutch) and input, wired together with
/// for/aria-describedby/aria-invalid so screen readers announce the error with the field.
/// Usage: &lt;veld for="Invoer.Bsn" label="BSN" /&gt;, multi-line with type="textarea", or with options: &lt;veld for="Invoer.Rol" label="Rol" options="Model.Rollen" /&gt;.
/// </summary>
[HtmlTargetElement("veld", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(HtmlEncoder enc) : TagHelper
{
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    public string Label { get; set; } = "";
    public string? Type { get; set; }
    public string? Hint { get; set; }
    public bool Required { get; set; }
    public string? Autocomplete { get; set; }
    /// <summary>Lines of a type="textarea" field (multi-line text such as plan goals).</summary>
    public int Rows { get; set; } = 4;
    /// <summary>Prefix of the field's id (<c>id-voorvoegsel="stap-bevestigen-"</c>) when a page repeats a form, so every
    /// id stays unique and each label points at its own field; the name (binding) is unchanged.</summary>
    public string? IdVoorvoegsel { get; set; }
    public IEnumerable<SelectListItem>? Options { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = (IdVoorvoegsel ?? "") + TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var errors = state?.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList() ?? [];
        var value = state?.AttemptedValue ?? Format(For.Model);
        var type = Type ?? InferType(For.ModelExplorer.ModelType);
        if (type == "password")
            value = null; // never send a password back to the browser
        var invalid = errors.Count > 0;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-field utrecht-form-field--text" + (invalid ? " utrecht-form-field--invalid" : ""));
        var html = new System.Text.StringBuilder();
        html.Append($"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">{enc.Encode(Label)}</label></div>");
        var describedBy = new List<string>();
        if (Hint is not null)
        {
            html.Append($"<div class=\"utrecht-form-field__description\" id=\"{id}-hint\">{enc.Encode(Hint)}</div>");
            describedBy.Add($"{id}-hint");
        }
        if (invalid)
        {
            html.Append($"<div class=\"utrecht-form-field__description utrecht-form-field-error-message\" id=\"{id}-fout\" data-veld-fout=\"{enc.Encode(name)}\">");
            foreach (var error in errors)
                html.Append($"<p>{enc.Encode(error)}</p>");
            html.Append("</div>");
            describedBy.Add($"{id}-fout");
        }
        var aria = (invalid ? " aria-invalid=\"true\"" : "") + (describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "")
            + (Required ? " required aria-required=\"true\"" : "");
        html.Append("<div class=\"utrecht-form-field__input\">");
        if (Options is not null)
        {
            html.Append($"<select class=\"utrecht-select utrecht-select--html-select{(invalid ? " utrecht-select--invalid" : "")}\" id=\"{id}\" name=\"{enc.Encode(name)}\"{aria}>");
            foreach (var option in Options)
            {
                // Case-insensitive: a Guid formatted by the database (SQLite: upper case) still selects the bound value.
                var selected = string.Equals(option.Value, value, StringComparison.OrdinalIgnoreCase) ? " selected" : "";
                html.Append($"<option value=\"{enc.Encode(option.Value)}\"{selected}>{enc.Encode(option.Text)}</option>");
            }
            html.Append("</select>");
        }
        else if (type == "checkbox")
        {
            var isChecked = value is "true" or "True" ? " checked" : "";
            html.Append($"<input type=\"checkbox\" class=\"utrecht-checkbox utrecht-checkbox--html-input\" id=\"{id}\" name=\"{enc.Encode(name)}\" value=\"true\"{isChecked}{aria}><input type=\"hidden\" name=\"{enc.Encode(name)}\" value=\"false\">");
        }
        else if (type == "textarea")
        {
            html.Append($"<textarea class=\"utrecht-textarea{(invalid ? " utrecht-textarea--invalid" : "")}\" rows=\"{Rows}\" id=\"{id}\" name=\"{enc.Encode(name)}\"{aria}>{enc.Encode(value ?? "")}</textarea>");
        }
        else
        {
            var auto = Autocomplete is null ? "" : $" autocomplete=\"{enc.Encode(Autocomplete)}\"";
            html.Append($"<input class=\"utrecht-textbox utrecht-textbox--html-input{(invalid ? " utrecht-textbox--invalid" : "")}\" type=\"{type}\" id=\"{id}\" name=\"{enc.Encode(name)}\" value=\"{enc.Encode(value ?? "")}\"{auto}{aria}>");
        }
        html.Append("</div>");
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string InferType(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(DateOnly) ? "date" : t == typeof(bool) ? "checkbox" : "text";
    }

    private static string? Format(object? model) => model switch
    {
        null => null,
        DateOnly d when d == default => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        Enum e => e.ToString(),
        _ => Convert.ToString(model, CultureInfo.InvariantCulture),
    };
}
