namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>A feature that registers events which follow from the date alone (as <see cref="PeriodEvents"/> does for
/// month, quarter and year ends): the nightly run calls every source before it re-evaluates, so the obligations those
/// events start are in the same run. A source is idempotent and saves its own changes.</summary>
public interface INightlyEventSource
{
    /// <summary>Adds what is missing up to <paramref name="vandaag"/> and saves; returns how many events it added.</summary>
    Task<int> RegisterAsync(DateOnly vandaag, CancellationToken ct = default);
}
