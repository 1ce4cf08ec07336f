using Maatwerk.IWmo.Schema.Generated;

namespace Maatwerk.IWmo.Berichten.Model;

/// <summary>Typed access to a whole message: Wmo301.Bericht … Wmo325.Bericht, generated from the schema description.</summary>
public static class BerichtModel
{
    /// <summary>The typed root (e.g. <see cref="Wmo301.Bericht"/>) for a message tree, or null for an unknown namespace.</summary>
    public static object? From(BerichtElement root) => root.Namespace switch
    {
        Wmo301Schema.Ns => Wmo301.Bericht.Van(root),
        Wmo302Schema.Ns => Wmo302.Bericht.Van(root),
        Wmo305Schema.Ns => Wmo305.Bericht.Van(root),
        Wmo306Schema.Ns => Wmo306.Bericht.Van(root),
        Wmo307Schema.Ns => Wmo307.Bericht.Van(root),
        Wmo308Schema.Ns => Wmo308.Bericht.Van(root),
        Wmo315Schema.Ns => Wmo315.Bericht.Van(root),
        Wmo316Schema.Ns => Wmo316.Bericht.Van(root),
        Wmo317Schema.Ns => Wmo317.Bericht.Van(root),
        Wmo318Schema.Ns => Wmo318.Bericht.Van(root),
        Wmo319Schema.Ns => Wmo319.Bericht.Van(root),
        Wmo320Schema.Ns => Wmo320.Bericht.Van(root),
        Wmo323Schema.Ns => Wmo323.Bericht.Van(root),
        Wmo325Schema.Ns => Wmo325.Bericht.Van(root),
        _ => null,
    };

    /// <summary>The message tree for a typed root, ready for <see cref="BerichtWriter"/>.</summary>
    public static BerichtElement ToElement(object bericht) => bericht switch
    {
        Wmo301.Bericht b => b.NaarElement("Bericht", Wmo301Schema.Ns),
        Wmo302.Bericht b => b.NaarElement("Bericht", Wmo302Schema.Ns),
        Wmo305.Bericht b => b.NaarElement("Bericht", Wmo305Schema.Ns),
        Wmo306.Bericht b => b.NaarElement("Bericht", Wmo306Schema.Ns),
        Wmo307.Bericht b => b.NaarElement("Bericht", Wmo307Schema.Ns),
        Wmo308.Bericht b => b.NaarElement("Bericht", Wmo308Schema.Ns),
        Wmo315.Bericht b => b.NaarElement("Bericht", Wmo315Schema.Ns),
        Wmo316.Bericht b => b.NaarElement("Bericht", Wmo316Schema.Ns),
        Wmo317.Bericht b => b.NaarElement("Bericht", Wmo317Schema.Ns),
        Wmo318.Bericht b => b.NaarElement("Bericht", Wmo318Schema.Ns),
        Wmo319.Bericht b => b.NaarElement("Bericht", Wmo319Schema.Ns),
        Wmo320.Bericht b => b.NaarElement("Bericht", Wmo320Schema.Ns),
        Wmo323.Bericht b => b.NaarElement("Bericht", Wmo323Schema.Ns),
        Wmo325.Bericht b => b.NaarElement("Bericht", Wmo325Schema.Ns),
        _ => throw new ArgumentException("Geen iWmo-berichtmodel.", nameof(bericht)),
    };
}
