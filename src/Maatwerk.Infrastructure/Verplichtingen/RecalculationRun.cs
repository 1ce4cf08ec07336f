using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>One run of the re-evaluation of obligations for a peildatum: who holds it (a lease, so that with several web
/// instances it runs once), how far it got (so that after a crash it resumes after the last finished batch) and when it
/// finished.</summary>
public sealed class RecalculationRun
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>"nacht" for the nightly run of candidates, "alles" for a full re-evaluation.</summary>
    public string Soort { get; set; } = "";
    public DateOnly Peildatum { get; set; }
    public DateTimeOffset Gestart { get; set; }
    public DateTimeOffset? Voltooid { get; set; }
    public string Eigenaar { get; set; } = "";
    public DateTimeOffset LeaseTot { get; set; }
    /// <summary>The last subject key whose batch was committed; the next batch starts after it.</summary>
    public string? Positie { get; set; }
    public int Onderwerpen { get; set; }
    public int Gewijzigd { get; set; }
}

internal sealed class RecalculationRunConfiguration : IEntityTypeConfiguration<RecalculationRun>
{
    /// <summary>Room for a <see cref="Partition.Sleutel"/>: 32 + 1 + a subject kind of up to 20 + 1 + 32 characters.</summary>
    public const int PositieLengte = 100;

    public void Configure(EntityTypeBuilder<RecalculationRun> b)
    {
        b.ToTable("herberekeningen");
        b.Property(x => x.Soort).HasMaxLength(20);
        b.Property(x => x.Eigenaar).HasMaxLength(200);
        b.Property(x => x.Positie).HasMaxLength(PositieLengte);
        b.HasIndex(x => new { x.Soort, x.Peildatum }).IsUnique();
    }
}
