namespace Maatwerk.Domain.Common;

/// <summary>A rule that input broke: the field (as named in forms and the API) and a Dutch message naming the rule.</summary>
public sealed record ValidationError(string Field, string Message);
