using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Tests.Shared;

namespace Maatwerk.Infrastructure.Tests.Data;

/// <summary>The resume point of a recalculation run (<see cref="RecalculationRun.Positie"/>) stores a partition key; with the
/// longest subject kind the event table allows it must still fit, or PostgreSQL refuses the nightly run's progress
/// (it did, at 80 characters, once "organisatiebewijs" came).</summary>
public sealed class PartitionKeyFitsTests
{
    [Fact]
    public void The_longest_partition_key_fits_the_resume_point()
    {
        using var database = TestDatabase.Create("sqlite");
        using var db = DatabaseSetup.CreateContext(database.Options);
        var soortLengte = db.Model.FindEntityType(typeof(ContractGebeurtenis))!.FindProperty(nameof(ContractGebeurtenis.OnderwerpSoort))!.GetMaxLength()!.Value;
        var sleutel = new Partition(Guid.NewGuid(), new string('x', soortLengte), Guid.NewGuid()).Sleutel;
        db.Model.FindEntityType(typeof(RecalculationRun))!.FindProperty(nameof(RecalculationRun.Positie))!.GetMaxLength()
            .Should().BeGreaterThanOrEqualTo(sleutel.Length);
    }
}
