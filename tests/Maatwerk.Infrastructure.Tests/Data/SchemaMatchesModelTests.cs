using Maatwerk.Infrastructure.Data;
using Maatwerk.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Tests.Data;

/// <summary>The hand-written migrations, applied to an empty database, give exactly the schema the EF model expects —
/// on SQLite and on a real PostgreSQL server.</summary>
public sealed class SchemaMatchesModelTests
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Migrated_schema_equals_the_model(string provider)
    {
        using var database = TestDatabase.Create(provider);
        using var db = DatabaseSetup.CreateContext(database.Options);
        db.Database.Migrate();

        var expected = DatabaseSchema.FromModel(db);
        var actual = DatabaseSchema.FromDatabase(db);

        expected.Should().NotBeEmpty();
        actual.Except(expected).Should().BeEmpty("the database has no columns, indexes or keys the model lacks");
        expected.Except(actual).Should().BeEmpty("every column, index and key of the model exists in the migrated database");
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Migrating_twice_changes_nothing(string provider)
    {
        using var database = TestDatabase.Create(provider);
        using (var db = DatabaseSetup.CreateContext(database.Options))
            db.Database.Migrate();
        using var again = DatabaseSetup.CreateContext(database.Options);
        again.Database.GetPendingMigrations().Should().BeEmpty();
        again.Database.GetAppliedMigrations().Should().Equal(again.Database.GetMigrations(), "every migration of the assembly was applied once, in order");
        again.Database.GetAppliedMigrations().First().Should().EndWith("_Eerste");
    }
}
