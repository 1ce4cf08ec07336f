using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Tarieven;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Tijdregistraties;

namespace Maatwerk.Domain.Tests.Declaraties;

/// <summary>Shared builders for the declaration tests: October 2026, declared on the pinned day (10 November 2026).</summary>
internal static class Opbouw
{
    public static readonly DateOnly Vandaag = new(2026, 11, 10);
    public static readonly DateOnly Oktober = new(2026, 10, 1);
    public static Tijdregels Deventer => Tijdregels.Uit(RepoProfiles.Profiel("deventer-wmo-2023"));

    public static DeclareerbareToewijzing T(string eenheid = "01", DateOnly? ingang = null, DateOnly? einde = null, string product = "PO-B",
        string categorie = "02", string bsn = "999990019", Guid? contract = null) =>
        new(Guid.NewGuid(), contract ?? Contract, "2600" + Random.Shared.Next(1000, 9999), bsn, categorie, product, product,
            ingang ?? new DateOnly(2026, 1, 1), einde, eenheid, Deventer);

    public static readonly Guid Contract = Guid.NewGuid();

    public static Tijdregistratie R(DeclareerbareToewijzing t, DateOnly datum, int minuten, int uur = 9, int minuut = 0) =>
        new() { ToewijzingId = t.Id, Datum = datum, Begintijd = new TimeOnly(uur, minuut), Minuten = minuten, Soort = Tijdsoort.Direct };

    public static Tijdregistratie R(DeclareerbareToewijzing t, int dag, int minuten) => R(t, new DateOnly(2026, 10, dag), minuten);

    public static Tariefbepaling.GeldendTarief Tarief(decimal bedrag, DateOnly? vanaf = null, string bron = "DEV-Art7") =>
        new(vanaf ?? new DateOnly(2023, 1, 1), bedrag, null, false, "contractprofiel", bron);

    /// <summary>Tariffs by start date, the last one on or before a date in force (as <see cref="Tariefbepaling.Op"/>).</summary>
    public static Func<DeclareerbareToewijzing, DateOnly, Tariefbepaling.GeldendTarief?> TariefTabel(params (DateOnly Vanaf, decimal Bedrag)[] tarieven) =>
        (_, d) => tarieven.Where(x => x.Vanaf <= d).OrderBy(x => x.Vanaf).Select(x => Tarief(x.Bedrag, x.Vanaf)).LastOrDefault();

    public static Declaratieopbouw.Uitkomst Bouw(IEnumerable<DeclareerbareToewijzing> t, IEnumerable<Tijdregistratie> r, decimal tarief = 62.40m,
        IReadOnlyDictionary<Guid, Gedeclareerd>? eerder = null, IEnumerable<NoShowEenheid>? noShows = null) =>
        Declaratieopbouw.Bouw(Oktober, t, r, (_, _) => Tarief(tarief), (x, d) => $"Er geldt geen tarief voor {x.Productcode} op {d:dd-MM-yyyy}", Vandaag, eerder, noShows);
}
