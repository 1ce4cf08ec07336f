using System.Text;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Berichten.Declaratie;
using Maatwerk.IWmo.Validatie;
using Maatwerk.IWmo.Validatie.Regels;

namespace Maatwerk.IWmo.Tests.Validatie;

/// <summary>Differential test of the split validation (issue 12): every generated 323, valid or with findings placed on
/// either side of the split point or across it, gives exactly the findings (codes, paths, texts, order, MaxFouten
/// cut-off), unit count and header of the validation in one pass. Each case also states how the split went: joined,
/// continued by the first part alone (a key in both parts, a split point that is not clean), or not split at all.</summary>
public class GesplitsteValidatieTests
{
    private const int Clienten = 200;
    private const int PerClient = 5;
    private static readonly DateOnly Begin = new(2025, 3, 1);
    private static readonly DateOnly Eind = new(2025, 3, 31);
    private static readonly string[] Bsns = GeldigeBsns().Take(Clienten).ToArray();

    public enum Uitkomst { Samengevoegd, Vervolgd, NietGesplitst }

    public static TheoryData<string> Gevallen() => [.. Cases.Keys];

    private sealed record Geval(Uitkomst Verwacht, Func<byte[]> Bericht, ValidationOptions? Opties = null, string[]? Codes = null);

    private static readonly Dictionary<string, Geval> Cases = new()
    {
        ["geldig"] = new(Uitkomst.Samengevoegd, () => Bouw()),
        ["TR314 binnen het eerste deel"] = new(Uitkomst.Samengevoegd, () => Bouw(ref_: (c, i) => c == 21 && i == 0 ? Ref(20, 0) : null), Codes: ["TR314"]),
        ["TR314 binnen het tweede deel"] = new(Uitkomst.Samengevoegd, () => Bouw(ref_: (c, i) => c == 181 && i == 0 ? Ref(180, 0) : null), Codes: ["TR314"]),
        ["TR314 over de splitsing"] = new(Uitkomst.Vervolgd, () => Bouw(ref_: (c, i) => c == 180 && i == 2 ? Ref(20, 1) : null), Codes: ["TR314"]),
        ["TR101 in het tweede deel"] = new(Uitkomst.Samengevoegd, () => Bouw(ref_: (c, i) => c == 150 && i == 3 ? Ref(150, 1) : null), Codes: ["TR101"]),
        ["TR416 over de splitsing"] = new(Uitkomst.Vervolgd, () => Bouw(bsn: c => c == 170 ? Bsns[30] : null, toewijzing: (c, i) => c == 170 && i == 0 ? Toewijzing(30, 0) : null), Codes: ["TR416"]),
        ["TR416 in het tweede deel"] = new(Uitkomst.Samengevoegd, () => Bouw(bsn: c => c == 171 ? Bsns[170] : null, toewijzing: (c, i) => c == 171 && i == 0 ? Toewijzing(170, 0) : null), Codes: ["TR416"]),
        ["credit over de splitsing (TR316)"] = new(Uitkomst.Samengevoegd, () => Bouw(credit: (c, i) => c == 175 && i == 4 ? Ref(25, 4) : null), Codes: ["TR316"]),
        ["TR315 over de splitsing"] = new(Uitkomst.Vervolgd, () => Bouw(credit: (c, i) => (c, i) is (25, 4) or (175, 4) ? Ref(12, 0) : null), Codes: ["TR315", "TR316"]),
        ["verkeerd totaal (TR358)"] = new(Uitkomst.Samengevoegd, () => Bouw(totaalErbij: 1), Codes: ["TR358"]),
        ["CS002 in beide delen"] = new(Uitkomst.Samengevoegd, () => Vervang(Bouw(), (Bsns[20], "123456789"), (Bsns[180], "987654321")), Codes: ["CS002"]),
        ["kop: TR135 en CS340 eenmaal"] = new(Uitkomst.Samengevoegd, () => Vervang(Bouw(), ("<iwmo:Einddatum>2025-03-31</iwmo:Einddatum>\n\t\t</wmo323:DeclaratiePeriode>", "<iwmo:Einddatum>2025-03-30</iwmo:Einddatum>\n\t\t</wmo323:DeclaratiePeriode>")),
            new ValidationOptions { Vandaag = new DateOnly(2025, 4, 1) }, ["TR135", "CS340"]),
        ["structuur in beide delen"] = new(Uitkomst.Samengevoegd, () => Vervang(Bouw(), (Ref(20, 1), "RN-" + new string('X', 40)), (Ref(180, 1), "RN-" + new string('Y', 40)))),
        ["structuur in het tweede deel, inhoud in het eerste"] = new(Uitkomst.Samengevoegd, () => Vervang(Bouw(), (Bsns[20], "123456789"), (Ref(180, 1), "RN-" + new string('Y', 40)))),
        ["ontbrekend element in het tweede deel"] = new(Uitkomst.Samengevoegd, () => Vervang(Bouw(), ($"<wmo323:Bsn>{Bsns[160]}</wmo323:Bsn>", ""))),
        ["MaxFouten in het tweede deel"] = new(Uitkomst.Samengevoegd, () => Fouten(Bouw(), [20, 150, 151, 152, 153, 154]), new ValidationOptions { MaxFouten = 3 }),
        ["MaxFouten precies in het eerste deel"] = new(Uitkomst.Samengevoegd, () => Fouten(Bouw(), [20, 21, 22, 150, 151]), new ValidationOptions { MaxFouten = 3 }),
        ["MaxFouten alleen in het tweede deel"] = new(Uitkomst.Samengevoegd, () => Fouten(Bouw(), [150, 151, 152, 153, 154]), new ValidationOptions { MaxFouten = 3 }),
        ["MaxFouten over in het eerste deel"] = new(Uitkomst.Samengevoegd, () => Fouten(Bouw(), [20, 21, 22, 23, 150]), new ValidationOptions { MaxFouten = 3 }),
        ["MaxFouten bij inhoud"] = new(Uitkomst.Samengevoegd, () => Vervang(Bouw(), (Bsns[20], "123456789"), (Bsns[21], "223456789"), (Bsns[180], "987654321"), (Bsns[181], "887654321")), new ValidationOptions { MaxFouten = 2 }),
        ["niet welgevormd in het tweede deel"] = new(Uitkomst.Samengevoegd, () => Vervang(Bouw(), ($"{Bsns[180]}</wmo323:Bsn>", $"{Bsns[180]}</wmo323:Bsnx>")), Codes: ["X001"]),
        ["niet welgevormd in het tweede deel, CRLF"] = new(Uitkomst.Samengevoegd, () => Crlf(Vervang(Bouw(), ($"{Bsns[180]}</wmo323:Bsn>", $"{Bsns[180]}</wmo323:Bsnx>"))), Codes: ["X001"]),
        ["niet welgevormd in het eerste deel"] = new(Uitkomst.NietGesplitst, () => Vervang(Bouw(), ($"{Bsns[20]}</wmo323:Bsn>", $"{Bsns[20]}</wmo323:Bsnx>")), Codes: ["X001"]),
        ["commentaar over het splitspunt"] = new(Uitkomst.Vervolgd, () => RondClienten(Bouw(), 90, 120, "<!-- ", " -->")),
        ["CDATA over het splitspunt"] = new(Uitkomst.Vervolgd, () => RondClienten(Bouw(), 90, 120, "<![CDATA[ ", " ]]>")),
        ["commentaar in een Client van het eerste deel"] = new(Uitkomst.Samengevoegd, () => Vervang(Bouw(), ($"<wmo323:Bsn>{Bsns[30]}", $"<!-- opmerking --><wmo323:Bsn>{Bsns[30]}"))),
        // The clients are counted by their tags, also those in a comment: the count is off, the first part goes on alone.
        ["commentaar om Clienten in het eerste deel"] = new(Uitkomst.Vervolgd, () => RondClienten(Bouw(), 30, 31, "<!-- ", " -->")),
        ["namespace gedeclareerd op een Client"] = new(Uitkomst.Vervolgd, () => Vervang(Bouw(), ($"<wmo323:Client>\n\t\t\t\t<wmo323:Bsn>{Bsns[50]}", $"<wmo323:Client xmlns:x=\"urn:x\">\n\t\t\t\t<wmo323:Bsn>{Bsns[50]}"))),
        // Not a Client of the 323 (S002, skipped): neither counted by its tag nor by the structure check, so joined.
        ["namespace opnieuw gebonden op een Client"] = new(Uitkomst.Samengevoegd, () => Vervang(Bouw(), ($"<wmo323:Client>\n\t\t\t\t<wmo323:Bsn>{Bsns[50]}", $"<wmo323:Client xmlns:wmo323=\"urn:anders\">\n\t\t\t\t<wmo323:Bsn>{Bsns[50]}"))),
        ["DOCTYPE"] = new(Uitkomst.NietGesplitst, () => Vervang(Bouw(), ("?>", "?>\n<!DOCTYPE x>")), Codes: ["X002"]),
        ["element te veel in Clienten"] = new(Uitkomst.Samengevoegd, () => RondClienten(Bouw(), 60, 60, "<wmo323:Extra/>", "")),
        ["element te veel in Clienten, verkeerde telling"] = new(Uitkomst.Vervolgd, () => RondClienten(Bouw(), 60, 60, "<wmo323:Client/>", "")),
    };

    [Theory]
    [MemberData(nameof(Gevallen))]
    public void Split_validation_gives_exactly_the_findings_of_one_pass(string naam)
    {
        var geval = Cases[naam];
        var xml = geval.Bericht();
        var opties = geval.Opties ?? new ValidationOptions();
        Assert.NotNull(SplitsPunt.Zoek(xml));

        var een = BerichtValidator.Validate(xml, opties with { SplitsenVanaf = long.MaxValue });
        var twee = BerichtValidator.Validate(xml, opties with { SplitsenVanaf = 0 });

        Assert.Null(een.Splitsing);
        Assert.Equal(een.Fouten, twee.Fouten);
        Assert.Equal(een.AantalEenheden, twee.AantalEenheden);
        Assert.Equal(een.Header, twee.Header);
        Assert.Equal(een.Soort, twee.Soort);
        foreach (var code in geval.Codes ?? []) Assert.Contains(een.Fouten, f => f.Code == code);
        if (naam == "geldig") Assert.Empty(een.Fouten);
        if (Environment.ProcessorCount < 2) Assert.Null(twee.Splitsing);
        else
        {
            var uitkomst = twee.Splitsing switch
            {
                null => Uitkomst.NietGesplitst,
                "samengevoegd" => Uitkomst.Samengevoegd,
                _ => Uitkomst.Vervolgd,
            };
            Assert.True(geval.Verwacht == uitkomst, $"{naam}: verwacht {geval.Verwacht}, was {twee.Splitsing ?? "niet gesplitst"}");
        }
    }

    [Theory]
    [InlineData("geldig")]
    [InlineData("TR314 over de splitsing")]
    [InlineData("niet welgevormd in het tweede deel, CRLF")]
    public void A_file_is_mapped_and_split_with_the_findings_of_one_pass(string naam)
    {
        var pad = Path.Combine(Path.GetTempPath(), $"splitsing-{Guid.NewGuid():N}.xml");
        File.WriteAllBytes(pad, Cases[naam].Bericht());
        try
        {
            var een = BerichtValidator.Validate(pad, new ValidationOptions { SplitsenVanaf = long.MaxValue });
            var twee = BerichtValidator.Validate(pad, new ValidationOptions { SplitsenVanaf = 0 });
            Assert.Equal(een.Fouten, twee.Fouten);
            Assert.Equal(een.AantalEenheden, twee.AantalEenheden);
            Assert.Equal(Environment.ProcessorCount >= 2, twee.Splitsing is not null);
        }
        finally
        {
            File.Delete(pad);
        }
    }

    [Fact]
    public void A_file_below_the_threshold_or_with_a_visitor_is_read_in_one_pass()
    {
        var xml = Bouw();
        Assert.Null(BerichtValidator.Validate(xml).Splitsing);
        Assert.Null(BerichtValidator.Validate(new MemoryStream(xml, 0, xml.Length, false, publiclyVisible: true), new ValidationOptions { SplitsenVanaf = 0 }, new Teller()).Splitsing);
    }

    [Fact]
    public void The_split_point_is_the_start_of_a_Client_line_near_the_middle_with_the_lines_and_clients_before_it()
    {
        var xml = Bouw();
        var punt = SplitsPunt.Zoek(xml)!;
        var tekst = Encoding.UTF8.GetString(xml);
        Assert.StartsWith("\t\t\t<wmo323:Client>", tekst[punt.Splits..]);
        Assert.EndsWith("<wmo323:Clienten>", tekst[..punt.Voorloop]);
        Assert.InRange(punt.Splits, xml.Length * 4 / 10, xml.Length * 6 / 10);
        Assert.Equal(tekst[..punt.Splits].Count(c => c == '\n'), punt.Regels(xml));
        Assert.Equal(CountOf(tekst[punt.Voorloop..punt.Splits], "<wmo323:Client>"), punt.ClientenVoor(xml));

        var crlf = Crlf(xml);
        var crlfPunt = SplitsPunt.Zoek(crlf)!;
        Assert.Equal(Encoding.UTF8.GetString(crlf)[..crlfPunt.Splits].Count(c => c == '\n'), crlfPunt.Regels(crlf));
        var losseCr = Encoding.UTF8.GetBytes(tekst.Replace("</wmo323:Bsn>\n", "</wmo323:Bsn>\r"));
        var losPunt = SplitsPunt.Zoek(losseCr)!;
        Assert.Equal(Encoding.UTF8.GetString(losseCr)[..losPunt.Splits].Count(c => c is '\n' or '\r'), losPunt.Regels(losseCr));
    }

    private sealed class Teller : IBerichtVisitor
    {
        public void Unit(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders) { }
        public void Einde(BerichtElement bericht) { }
    }

    private static int CountOf(string s, string deel) => (s.Length - s.Replace(deel, "").Length) / deel.Length;

    private static string Ref(int c, int i) => $"RN{c:D4}{i}";
    private static string Toewijzing(int c, int i) => (100000 + c * PerClient + i).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Bouw(Func<int, int, string?>? ref_ = null, Func<int, string?>? bsn = null, Func<int, int, string?>? toewijzing = null,
        Func<int, int, string?>? credit = null, long totaalErbij = 0)
    {
        var prestaties = Enumerable.Range(0, Clienten).Select(c => Enumerable.Range(0, PerClient).Select(i =>
        {
            var vorig = credit?.Invoke(c, i);
            return new DeclaratiePrestatie(ref_?.Invoke(c, i) ?? Ref(c, i), vorig, toewijzing?.Invoke(c, i) ?? Toewijzing(c, i), "02", "02A01",
                Begin, Eind, 4, "04", 1250, 5000, vorig is null ? "D" : "C");
        }).ToList()).ToList();
        var totaal = prestaties.SelectMany(p => p).Sum(p => p.BedragMetTeken) + totaalErbij;
        var kop = new DeclaratieKop(new BerichtHeader("484", "65656055", "0384", "SPLITS1", new DateOnly(2025, 4, 5), "1.0.0", "1.0.0"),
            "DN2025031", Begin, Eind, new DateOnly(2025, 4, 5), totaal, "D");
        var uit = new MemoryStream();
        using (var w = new Wmo323Writer(uit, kop, inspringen: true))
            for (var c = 0; c < Clienten; c++) w.Client(bsn?.Invoke(c) ?? Bsns[c], prestaties[c]);
        return uit.ToArray();
    }

    private static byte[] Vervang(byte[] xml, params (string Oud, string Nieuw)[] vervangingen)
    {
        var tekst = Encoding.UTF8.GetString(xml);
        foreach (var (oud, nieuw) in vervangingen)
        {
            var k = tekst.IndexOf(oud, StringComparison.Ordinal);
            Assert.True(k >= 0, $"'{oud}' staat niet in het bericht");
            tekst = tekst[..k] + nieuw + tekst[(k + oud.Length)..];
        }
        return Encoding.UTF8.GetBytes(tekst);
    }

    /// <summary>A structure finding (a ReferentieNummer too long) in each of the given clients.</summary>
    private static byte[] Fouten(byte[] xml, int[] clienten) =>
        Vervang(xml, [.. clienten.Select(c => (Ref(c, 2), "RN-" + new string('Z', 40)))]);

    /// <summary>Puts <paramref name="voor"/> before the line of client <paramref name="van"/> and <paramref name="na"/>
    /// after the end of client <paramref name="tot"/>.</summary>
    private static byte[] RondClienten(byte[] xml, int van, int tot, string voor, string na)
    {
        var tekst = Encoding.UTF8.GetString(xml);
        var begin = tekst.LastIndexOf("<wmo323:Client>", tekst.IndexOf($"<wmo323:Bsn>{Bsns[van]}<", StringComparison.Ordinal), StringComparison.Ordinal);
        var eind = tekst.IndexOf("</wmo323:Client>", tekst.IndexOf($"<wmo323:Bsn>{Bsns[tot]}<", StringComparison.Ordinal), StringComparison.Ordinal) + "</wmo323:Client>".Length;
        return Encoding.UTF8.GetBytes(tekst[..begin] + voor + tekst[begin..eind] + na + tekst[eind..]);
    }

    private static byte[] Crlf(byte[] xml) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(xml).Replace("\n", "\r\n"));

    private static IEnumerable<string> GeldigeBsns()
    {
        for (var n = 100000000L; ; n += 7)
        {
            var bsn = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Elfproef.IsValidBsn(bsn)) yield return bsn;
        }
    }
}
