namespace Maatwerk.IWmo.Berichten.Readable;

/// <summary>An iWmo message as a Dutch reader sees it (issue 13): sections (header, client, products, prestaties …)
/// of labelled values, every code decoded from the official code lists, dates as dd-mm-jjjj and eurocents as euros.
/// Made by <see cref="BerichtRenderer"/>; pure data, so any page or export can lay it out.</summary>
public sealed record ReadableBericht(string Soort, string Omschrijving, IReadOnlyList<ReadableSection> Sections);

/// <summary>A titled group of values; records inside it (a product, a prestatie) are nested sections.</summary>
public sealed record ReadableSection(string Title, IReadOnlyList<ReadableField> Fields, IReadOnlyList<ReadableSection> Sections);

/// <summary>One value: its label, the value in words and, when it was a code, the code as the message carries it.</summary>
public sealed record ReadableField(string Label, string Value, string? Code = null);
