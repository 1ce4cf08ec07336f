using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Web.Hosting;

public static class ApiResults
{
    /// <summary>Maps a save outcome onto HTTP: 200/201, 400 with Dutch messages per field, 404, 409.</summary>
    public static IResult From(SaveResult result, string location, bool created) => result.Status switch
    {
        SaveStatus.Ok when created => Results.Created($"{location}/{result.Id}", new { id = result.Id }),
        SaveStatus.Ok => Results.Ok(new { id = result.Id }),
        SaveStatus.NotFound => Results.NotFound(),
        SaveStatus.Conflict => Results.Problem(SaveResult.ConflictMessage, statusCode: StatusCodes.Status409Conflict, title: "Gelijktijdige wijziging"),
        _ => Results.ValidationProblem(
            result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "De invoer is niet geldig."),
    };

    public static IResult OkOrNotFound<T>(T? value) => value is null ? Results.NotFound() : Results.Ok(value);
}
