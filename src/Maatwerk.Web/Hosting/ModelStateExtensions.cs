using Maatwerk.Infrastructure.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Maatwerk.Web.Hosting;

public static class ModelStateExtensions
{
    /// <summary>Puts the Dutch messages of a refused save on the fields of the form model named <paramref name="prefix"/>.
    /// Messages of the model binder (e.g. an unreadable date) are replaced by a Dutch one naming the field.</summary>
    public static void AddSaveErrors(this ModelStateDictionary modelState, SaveResult result, string prefix)
    {
        foreach (var error in result.Errors)
            modelState.AddModelError(error.Field.Length == 0 ? "" : $"{prefix}.{error.Field}", error.Message);
    }

    public static void ReplaceBindingErrors(this ModelStateDictionary modelState)
    {
        foreach (var (key, entry) in modelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList())
        {
            var field = key.Contains('.') ? key[(key.LastIndexOf('.') + 1)..] : key;
            var value = entry!.AttemptedValue;
            entry.Errors.Clear();
            entry.Errors.Add(string.IsNullOrWhiteSpace(value)
                ? $"{field} is verplicht."
                : $"De waarde '{value}' is geen geldige invoer voor {field}.");
        }
    }
}
