using Maatwerk.Domain.Clienten;

namespace Maatwerk.Domain.Tests.Clienten;

public sealed class ClientValidationTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 23);

    private static Client Valid() => new()
    {
        Bsn = "999990019", Voornamen = "Anna", Achternaam = "Bosman", Geboortedatum = new DateOnly(1950, 3, 1),
        Straat = "Kerkstraat", Huisnummer = "12", Postcode = "7411AB", Woonplaats = "Deventer", GemeenteId = Guid.NewGuid(),
    };

    [Fact]
    public void A_complete_client_is_valid() => Valid().Validate(Vandaag).Should().BeEmpty();

    [Fact]
    public void Each_error_names_its_field_and_rule()
    {
        var c = Valid();
        c.Bsn = "123456789";
        c.Postcode = "7411";
        c.Achternaam = "";
        c.Geboortedatum = Vandaag.AddDays(1);
        var errors = c.Validate(Vandaag).ToDictionary(e => e.Field, e => e.Message);
        errors["Bsn"].Should().Be("Het BSN voldoet niet aan de elfproef.");
        errors["Postcode"].Should().Contain("4 cijfers en 2 letters");
        errors["Achternaam"].Should().Be("Achternaam is verplicht.");
        errors["Geboortedatum"].Should().Contain("tussen 1900 en vandaag");
    }

    [Fact]
    public void Normalize_writes_postcode_and_bsn_the_canonical_way()
    {
        var c = Valid();
        c.Postcode = " 7411 ab ";
        c.Bsn = " 999990019 ";
        c.Normalize();
        c.Postcode.Should().Be("7411AB");
        c.Bsn.Should().Be("999990019");
    }
}
