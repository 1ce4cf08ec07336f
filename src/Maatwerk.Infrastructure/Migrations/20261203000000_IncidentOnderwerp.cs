using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 14: the events and obligations about an incident get the subject kind <c>incident</c> instead of
/// <c>melding</c>, which the OCO module uses for a resident's question (the OCO profile had both under one name). Only rows
/// whose subject is a stored incident change. Hand-written; IncidentOnderwerpMigrationTests checks it.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261203000000_IncidentOnderwerp")]
public sealed class IncidentOnderwerp : Migration
{
    private static readonly string[] Tabellen = ["gebeurtenissen", "verplichtingen"];

    public static string Hernoem(string tabel, string van, string naar) =>
        $"""UPDATE {tabel} SET "OnderwerpSoort" = '{naar}' WHERE "OnderwerpSoort" = '{van}' AND "OnderwerpId" IN (SELECT "Id" FROM incidenten)""";

    protected override void Up(MigrationBuilder m)
    {
        foreach (var tabel in Tabellen)
            m.Sql(Hernoem(tabel, "melding", "incident"));
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var tabel in Tabellen)
            m.Sql(Hernoem(tabel, "incident", "melding"));
    }
}
