namespace Maatwerk.Domain.Startpagina;

/// <summary>(In the domain so that the many implementations registered under it are not mistaken for one Infrastructure
/// service registered twice.) A feature's contribution to the start page's work queues (issue 13). Each feature implements one (or more) in
/// its own Infrastructure folder and registers it in its module class
/// (<c>builder.Services.AddScoped&lt;IWerkvoorraadBron, XxxWerkbron&gt;()</c>); the start page asks every registered
/// source and shows the queues of the signed-in user's role. A source reads through the user's <c>DataScope</c> and takes
/// deadlines from the stored obligations (the obligations engine), never computing one itself.</summary>
public interface IWerkvoorraadBron
{
    /// <summary>The queues for the signed-in user; empty when the source has nothing for the user's role.</summary>
    Task<IReadOnlyList<Werkbak>> LeesAsync(CancellationToken ct = default);
}
