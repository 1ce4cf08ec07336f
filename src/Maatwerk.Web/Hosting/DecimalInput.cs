using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Maatwerk.Web.Hosting;

/// <summary>Reads an amount or number typed in a form the way a Dutch user writes it. Without this, a form value went
/// through the server's culture (invariant here): "56,40" and "1.250.000" were refused with an English message, and on a
/// server set to nl-NL the values the pages fill in themselves ("56.40") would have read as 5640.
/// <list type="bullet">
/// <item>With a comma, the comma is the decimal sign and dots group thousands: "56,40", "1.234,56", "-90.000,5".</item>
/// <item>Without a comma, dots that group thousands as Dutch does ("90.000", "1.250.000") are thousands separators;
/// any other single dot is a decimal point ("56.40", "0.125"), so the values the pages fill in themselves still read.</item>
/// <item>Anything else (English "1,234.56", letters, "1.23.4") is refused with a message, never guessed.</item>
/// </list>
/// A leading euro sign and spaces are allowed.</summary>
public static partial class DecimalInput
{
    [GeneratedRegex(@"^[+-]?(\d{1,3}(\.\d{3})+|\d+),\d+$|^[+-]?(\d{1,3}(\.\d{3})+|\d+)$")]
    private static partial Regex Nederlands();

    [GeneratedRegex(@"^[+-]?[1-9]\d{0,2}(\.\d{3})+$")]
    private static partial Regex Duizendtallen();

    [GeneratedRegex(@"^[+-]?\d+\.\d+$")]
    private static partial Regex Decimaalpunt();

    public static bool TryParse(string? invoer, out decimal waarde)
    {
        waarde = 0;
        var tekst = (invoer ?? "").Replace("€", "").Replace(" ", "").Replace("\u00a0", "");
        if (tekst.Length == 0)
            return false;
        if (Duizendtallen().IsMatch(tekst) || (tekst.Contains(',') && Nederlands().IsMatch(tekst)))
            return decimal.TryParse(tekst, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint,
                CultureInfo.GetCultureInfo("nl-NL"), out waarde);
        if (Decimaalpunt().IsMatch(tekst) || Nederlands().IsMatch(tekst))
            return decimal.TryParse(tekst, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out waarde);
        return false;
    }

    public static string Message(string invoer) =>
        $"'{invoer}' is geen bedrag of getal. Schrijf het met een komma voor de decimalen, bijvoorbeeld 1.234,56.";
}

/// <summary>Binds <c>decimal</c> and <c>decimal?</c> form fields of the pages with <see cref="DecimalInput"/>.</summary>
public sealed class DecimalInputBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var result = context.ValueProvider.GetValue(context.ModelName);
        if (result == ValueProviderResult.None)
            return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, result);
        var invoer = result.FirstValue;
        if (string.IsNullOrWhiteSpace(invoer))
        {
            if (context.ModelMetadata.IsReferenceOrNullableType)
                context.Result = ModelBindingResult.Success(null);
            else
                context.ModelState.TryAddModelError(context.ModelName, "Vul een getal in.");
            return Task.CompletedTask;
        }
        if (DecimalInput.TryParse(invoer, out var waarde))
            context.Result = ModelBindingResult.Success(waarde);
        else
            context.ModelState.TryAddModelError(context.ModelName, DecimalInput.Message(invoer));
        return Task.CompletedTask;
    }
}

public sealed class DecimalInputBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal) && context.BindingInfo.BindingSource != BindingSource.Body
            ? new DecimalInputBinder() : null;
}
