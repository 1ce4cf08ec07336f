using Maatwerk.IWmo.Berichten;

namespace Maatwerk.Web.Hosting;

/// <summary>The Dutch name of a message type for lists and titles. The readable content of a message comes from
/// <see cref="Maatwerk.IWmo.Berichten.Readable.BerichtRenderer"/>.</summary>
public static class BerichtView
{
    public static string Omschrijving(string soort) => BerichtCatalog.ByName(soort)?.Omschrijving ?? soort;
}
