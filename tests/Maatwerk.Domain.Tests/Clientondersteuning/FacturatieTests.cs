using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Tests.Contracten;

namespace Maatwerk.Domain.Tests.Clientondersteuning;

/// <summary>The OCO invoice from registered delivery: OCO-6.1a (a line only with contacts beneath it, linked to them) and
/// OCO-6.1c (support more than 1 year old is left out, with the clause; the profile's age limit, the rule of the 323
/// pre-flight). Today is Tuesday 10 November 2026.</summary>
public sealed class FacturatieTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 10);
    private static Declaratietermijnen Oco => Declaratietermijnen.Uit(RepoProfiles.Profiel("oco"));
    private static DateOnly Dag(DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime);
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    private static Contactmoment Contact(Guid melding, string datum, Contactsoort soort = Contactsoort.Trajectcontact) =>
        new() { MeldingId = melding, Moment = new DateTimeOffset(DateOnly.Parse(datum).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero), Soort = soort };

    [Fact]
    public void OCO_6_1a_een_factuurregel_alleen_met_geregistreerde_contacten_eronder_per_melding_en_soort()
    {
        var contacten = new[]
        {
            Contact(A, "2026-10-02"), Contact(A, "2026-10-20"), Contact(A, "2026-10-05", Contactsoort.InformatieAdvies),
            Contact(B, "2026-10-31", Contactsoort.InformatieAdvies),
            Contact(C, "2026-09-30"), Contact(C, "2026-11-01"),          // outside October: no line for C
        };
        var f = Facturatie.Build(contacten, new(2026, 10, 1), new(2026, 10, 31), Dag, _ => Oco, Vandaag);

        f.Regels.Should().HaveCount(3);
        var traject = f.Regels.Single(r => r.MeldingId == A && r.Soort == Contactsoort.Trajectcontact);
        (traject.EersteLevering, traject.LaatsteLevering, traject.Aantal).Should().Be((new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 20), 2));
        traject.Contacten.Should().BeEquivalentTo(contacten.Take(2).Select(c => c.Id), "each line links to its contact records");
        f.Regels.Select(r => r.MeldingId).Should().NotContain(C);
        (f.Contacten, f.Inwoners).Should().Be((4, 2));
        f.Geweigerd.Should().BeEmpty();
    }

    [Fact]
    public void OCO_6_1c_ondersteuning_van_meer_dan_een_jaar_oud_blijft_buiten_de_factuur_met_de_bepaling()
    {
        var contacten = new[] { Contact(A, "2025-11-09"), Contact(A, "2025-11-10"), Contact(A, "2025-12-01") };
        var f = Facturatie.Build(contacten, new(2025, 11, 1), new(2025, 12, 31), Dag, _ => Oco, Vandaag);

        f.Geweigerd.Should().ContainSingle().Which.Datum.Should().Be(new DateOnly(2025, 11, 9));
        f.Geweigerd[0].Reden.Should().Contain("OCO-6.1c").And.Contain("1 jaar");
        f.Regels.Should().ContainSingle().Which.Aantal.Should().Be(2, "10 November 2025 is exactly one year ago and still in time");

        // Without an age limit in the profile (another contract) nothing is left out.
        Facturatie.Build(contacten, new(2025, 11, 1), new(2025, 12, 31), Dag, _ => Declaratietermijnen.Geen, Vandaag).Geweigerd.Should().BeEmpty();
    }

    [Fact]
    public void Een_factuurperiode_die_eindigt_voor_ze_begint_of_in_de_toekomst_begint_wordt_geweigerd()
    {
        Facturatie.ValidatePeriode(new(2026, 10, 31), new(2026, 10, 1), Vandaag).Should().ContainSingle(e => e.Field == "Tot");
        Facturatie.ValidatePeriode(new(2026, 12, 1), new(2026, 12, 31), Vandaag).Should().ContainSingle(e => e.Field == "Van" && e.Message.Contains("OCO-6.1a"));
        Facturatie.ValidatePeriode(new(2026, 10, 1), new(2026, 10, 31), Vandaag).Should().BeEmpty();
        Facturatie.VorigeMaand(Vandaag).Should().Be((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)));
    }
}
