using System.Globalization;
using Maatwerk.Domain.Meldcode;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Common.Lijsten;

namespace Maatwerk.Infrastructure.Meldcode;

/// <summary>The anonymised Meldcode register (IB-52c) as CSV: month and year only, the step reached and the Veilig Thuis
/// decision; no name, BSN, address, birth date, client id, case id or free text.</summary>
public static class MeldcodeExport
{
    public sealed record Row(int Nummer, string Geregistreerd, IReadOnlyList<string> Stappen, int BereikteStap, string Besluit, string VeiligThuis,
        string Afgesloten);

    public static readonly CsvExport<Row> Csv = new CsvExport<Row>()
        .Column("Casus", r => r.Nummer)
        .Column("Geregistreerd (maand)", r => r.Geregistreerd)
        .Column("Stap 1 signalen (maand)", r => r.Stappen[0])
        .Column("Stap 2 consultatie (maand)", r => r.Stappen[1])
        .Column("Stap 3 gesprek (maand)", r => r.Stappen[2])
        .Column("Stap 4 wegen (maand)", r => r.Stappen[3])
        .Column("Stap 5 beslissen (maand)", r => r.Stappen[4])
        .Column("Bereikte stap", r => r.BereikteStap)
        .Column("Besluit melden bij Veilig Thuis", r => r.Besluit)
        .Column("Gemeld bij Veilig Thuis (maand)", r => r.VeiligThuis)
        .Column("Afgesloten (maand)", r => r.Afgesloten);

    public static string Maand(DateOnly? datum) => datum?.ToString("MM-yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Rows numbered 1…n in order of registration.</summary>
    public static IReadOnlyList<Row> Rows(IEnumerable<MeldcodeCasus> casussen) =>
        casussen.OrderBy(c => c.GeregistreerdOp).Select((c, i) => new Row(i + 1, Maand(DateOnly.FromDateTime(Amsterdam.Local(c.GeregistreerdOp))),
                c.Stappen.Select(s => Maand(s.Datum)).ToList(), c.BereikteStap,
                c.MeldenBijVeiligThuis switch { true => "ja", false => "nee", null => "nog niet besloten" },
                Maand(c.VeiligThuisGemeldOp), Maand(c.AfgeslotenOp)))
            .ToList();
}
