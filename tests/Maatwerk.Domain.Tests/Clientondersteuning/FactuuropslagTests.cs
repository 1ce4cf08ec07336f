using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Declaraties;

namespace Maatwerk.Domain.Tests.Clientondersteuning;

/// <summary>Storing the OCO invoice (OCO-6.1a): a period already invoiced for the gemeente is refused (no double
/// invoicing), a line only from registered contacts, and an invoice is submitted once.</summary>
public sealed class FactuuropslagTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 10);
    private static readonly Guid A = Guid.NewGuid();

    private static Contactmoment Contact(string datum) =>
        new() { MeldingId = A, Moment = new DateTimeOffset(DateOnly.Parse(datum).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero), Soort = Contactsoort.Trajectcontact };

    private static Factuurspecificatie Oktober(params Contactmoment[] contacten) =>
        Facturatie.Build(contacten, new(2026, 10, 1), new(2026, 10, 31), m => DateOnly.FromDateTime(m.UtcDateTime), _ => Declaratietermijnen.Geen, Vandaag);

    private static (OcoFactuur? Factuur, IReadOnlyList<Common.ValidationError> Errors) Maak(Factuurspecificatie s, IEnumerable<Factuuropslag.Bestaand> bestaande,
        IEnumerable<Guid> geregistreerd) => Factuuropslag.Maak(s, bestaande, geregistreerd.ToHashSet(), () => new OcoFactuur { Nummer = "OCO-2026-0001" });

    [Fact]
    public void OCO_6_1a_de_factuur_bewaart_de_regels_met_hun_contacten()
    {
        var contacten = new[] { Contact("2026-10-02"), Contact("2026-10-20") };
        var (factuur, fouten) = Maak(Oktober(contacten), [], contacten.Select(c => c.Id));

        fouten.Should().BeEmpty();
        factuur!.Van.Should().Be(new DateOnly(2026, 10, 1));
        var regel = factuur.Regels.Should().ContainSingle().Subject;
        (regel.FactuurId, regel.MeldingId, regel.Aantal).Should().Be((factuur.Id, A, 2));
        regel.Contacten.Select(c => c.ContactId).Should().BeEquivalentTo(contacten.Select(c => c.Id));
        regel.Contacten.Should().OnlyContain(c => c.RegelId == regel.Id);
    }

    [Theory]
    [InlineData("2026-10-01", "2026-10-31")]
    [InlineData("2026-10-15", "2026-11-05")]
    [InlineData("2026-09-01", "2026-10-01")]
    public void OCO_6_1a_een_periode_die_al_gefactureerd_is_voor_de_gemeente_wordt_geweigerd(string van, string tot)
    {
        var contacten = new[] { Contact("2026-10-02") };
        var (factuur, fouten) = Maak(Oktober(contacten), [new("OCO-2026-0007", DateOnly.Parse(van), DateOnly.Parse(tot))], contacten.Select(c => c.Id));

        factuur.Should().BeNull();
        fouten.Should().ContainSingle(e => e.Field == "Van" && e.Message.Contains("al gefactureerd") && e.Message.Contains("OCO-2026-0007"));
    }

    [Fact]
    public void Een_aansluitende_periode_mag_wel()
    {
        var contacten = new[] { Contact("2026-10-02") };
        Maak(Oktober(contacten), [new("OCO-2026-0006", new(2026, 9, 1), new(2026, 9, 30))], contacten.Select(c => c.Id)).Errors.Should().BeEmpty();
    }

    [Fact]
    public void OCO_6_1a_een_regel_met_een_contact_dat_niet_geregistreerd_is_en_een_factuur_zonder_levering_worden_geweigerd()
    {
        var contacten = new[] { Contact("2026-10-02"), Contact("2026-10-03") };
        Maak(Oktober(contacten), [], [contacten[0].Id]).Errors.Should().ContainSingle(e => e.Field == "Regels" && e.Message.Contains("geregistreerde contacten"));
        Maak(Oktober(), [], []).Errors.Should().ContainSingle(e => e.Field == "Van" && e.Message.Contains("geen geregistreerde levering"));
    }

    [Fact]
    public void Een_factuur_wordt_een_keer_ingediend()
    {
        var factuur = new OcoFactuur { Nummer = "OCO-2026-0001" };
        var nu = new DateTimeOffset(2026, 11, 10, 8, 30, 0, TimeSpan.Zero);
        factuur.Indienen(nu, "administratie@kompas.demo").Should().BeEmpty();
        (factuur.Status, factuur.IngediendOp).Should().Be((OcoFactuurStatus.Ingediend, nu));
        factuur.Indienen(nu, "administratie@kompas.demo").Should().ContainSingle(e => e.Message.Contains("al ingediend"));
    }
}
