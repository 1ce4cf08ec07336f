using System.Xml.Linq;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Tests.Declaraties;
using Maatwerk.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Maatwerk.Web.Tests.Declaratiebeoordeling;

/// <summary>A 323 from De Linde's own system stored in Deventer's inbox and registered as <c>BerichtApplier</c> does, in
/// separate steps, so a test can choose the batch size, inject a failure or date the receipt.</summary>
internal static class Ontvangst
{
    /// <summary>De Linde's 323 over <paramref name="maand"/> (yyyy-MM) with the lines of new toewijzingen for the n-th and the
    /// next client, stored in Deventer's inbox (as the API stores it) but not yet registered.</summary>
    public static Task<(Guid BerichtId, List<string> Referenties)> StoredAsync(this MaatwerkFactory factory, int client, string maand, params string[] dagen) =>
        factory.StoredAsync(client, maand, null, dagen);

    /// <summary>As above, the 323 changed by <paramref name="wijzig"/> before it is stored.</summary>
    public static async Task<(Guid BerichtId, List<string> Referenties)> StoredAsync(this MaatwerkFactory factory, int client, string maand, Action<XDocument>? wijzig,
        params string[] dagen)
    {
        await BeoordelingFlow.ToewijzingAsync(factory, client, DateOnly.Parse(maand + "-01", System.Globalization.CultureInfo.InvariantCulture), dagen);
        await BeoordelingFlow.ToewijzingAsync(factory, client + 1, DateOnly.Parse(maand + "-01", System.Globalization.CultureInfo.InvariantCulture), dagen);
        var deventer = factory.Gemeente("0150");
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        var xml = await linde.GetByteArrayAsync($"/api/declaraties/xml?maand={maand}-01&gemeenteId={deventer}");
        if (wijzig is not null)
        {
            var document = XDocument.Load(new MemoryStream(xml));
            wijzig(document);
            using var geschreven = new MemoryStream();
            using (var schrijver = System.Xml.XmlWriter.Create(geschreven, new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
                document.Save(schrijver);
            xml = geschreven.ToArray();
        }
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MaatwerkDbContext>();
        var gemeente = await db.Organisaties.SingleAsync(o => o.Id == deventer);
        var ontvangst = await scope.ServiceProvider.GetRequiredService<BerichtenService>().OntvangAsync(xml, gemeente, "api");
        var referenties = XDocument.Load(new MemoryStream(xml)).Descendants().Where(e => e.Name.LocalName == "ReferentieNummer").Select(e => e.Value).ToList();
        return (ontvangst.BerichtId!.Value, referenties);
    }

    /// <summary>The receipt as <c>BerichtApplier</c> runs it (one unit of work, the Bericht loaded without its XML, which the
    /// receipt reads from the database), with a chosen batch size and optionally a failure injected into the unit's save or every toewijzing of the aanbieder in the index;
    /// <paramref name="inGeheugen"/> loads the whole Bericht instead, as a caller that holds the XML hands it over.</summary>
    public static async Task<OntvangenDeclaratie?> RegisterAsync(this MaatwerkFactory factory, Guid berichtId, int batch, IInterceptor? storing = null,
        bool inGeheugen = false, bool alleToewijzingen = false, int eerdereRegelsSmalTot = 10_000)
    {
        var builder = new DbContextOptionsBuilder<MaatwerkDbContext>();
        DatabaseSetup.Configure(builder, factory.Services.GetRequiredService<DatabaseOptions>());
        if (storing is not null)
            builder.AddInterceptors(storing);
        await using var db = new MaatwerkDbContext(builder.Options, SystemActor.Instance, factory.Tijd);
        var catalogus = factory.Services.GetRequiredService<ContractProfileCatalog>();
        var unit = new UnitOfWork(db, new Recalculation(db, catalogus, new VerplichtingenEngines(), factory.Tijd), factory.Tijd);
        var bericht = inGeheugen ? await db.Berichten.SingleAsync(b => b.Id == berichtId) : (await BerichtXml.LoadWithoutXmlAsync(db, berichtId))!;
        OntvangenDeclaratie? declaratie = null;
        await unit.ExecuteAsync(async () =>
        {
            declaratie = await new DeclaratieOntvangst(db, catalogus, factory.Tijd) { Batchgrootte = batch, AlleToewijzingen = alleToewijzingen, EerdereRegelsSmalTot = eerdereRegelsSmalTot }.RegisterAsync(bericht);
            return SaveResult.Ok(bericht.Id);
        });
        return declaratie;
    }

}
