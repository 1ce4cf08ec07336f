using Maatwerk.Domain.Organisaties;

namespace Maatwerk.Domain.Tests.Organisaties;

public sealed class CodeTests
{
    [Theory]
    [InlineData("75750101")]
    [InlineData("01234567")]
    public void Agb_code_is_eight_digits(string input) => AgbCode.TryParse(input, out _, out _).Should().BeTrue();

    [Theory]
    [InlineData("7575010", "De AGB-code moet uit precies 8 cijfers bestaan.")]
    [InlineData("757501011", "De AGB-code moet uit precies 8 cijfers bestaan.")]
    [InlineData("7575A101", "De AGB-code moet uit precies 8 cijfers bestaan.")]
    [InlineData("00000000", "De AGB-code 00000000 bestaat niet.")]
    public void Agb_code_errors_are_dutch(string input, string message)
    {
        AgbCode.TryParse(input, out _, out var error).Should().BeFalse();
        error.Should().Be(message);
    }

    [Theory]
    [InlineData("12345678", null)]
    [InlineData("1234567", "Het KvK-nummer moet uit precies 8 cijfers bestaan.")]
    [InlineData("1234 678", "Het KvK-nummer moet uit precies 8 cijfers bestaan.")]
    [InlineData("00000000", "Het KvK-nummer 00000000 bestaat niet.")]
    public void Kvk_nummer_is_eight_digits_with_a_dutch_message(string input, string? message)
    {
        KvkNummer.TryParse(input, out var nummer, out var error).Should().Be(message is null);
        error.Should().Be(message);
        if (message is null)
            nummer.Value.Should().Be(input);
    }

    [Fact]
    public void An_organisation_names_the_kvk_field_and_only_an_aanbieder_is_jaarrekeningplichtig()
    {
        var aanbieder = new Organisatie { Naam = "Op Maat", Soort = OrganisatieSoort.Aanbieder, AgbCode = "75750202", KvkNummer = "9000020", Jaarrekeningplichtig = true };
        aanbieder.Validate().Should().ContainSingle().Which.Should().Be(new Common.ValidationError("KvkNummer", "Het KvK-nummer moet uit precies 8 cijfers bestaan."));
        aanbieder.KvkNummer = "90000202";
        aanbieder.Validate().Should().BeEmpty();
        var gemeente = new Organisatie { Naam = "Deventer", Soort = OrganisatieSoort.Gemeente, Gemeentecode = "0150", Jaarrekeningplichtig = false };
        gemeente.Validate().Should().ContainSingle().Which.Field.Should().Be("Jaarrekeningplichtig");
    }

    [Theory]
    [InlineData("0150")] // Deventer
    [InlineData("1992")] // Voorne aan Zee
    [InlineData("0402")] // Hilversum
    public void Gemeentecode_is_four_digits_with_leading_zeros(string input)
    {
        Gemeentecode.TryParse(input, out var code, out _).Should().BeTrue();
        code.Value.Should().Be(input);
    }

    [Theory]
    [InlineData("150")]
    [InlineData("01500")]
    [InlineData("0x50")]
    [InlineData("0000")]
    [InlineData("")]
    public void Gemeentecode_refuses_other_input(string input) =>
        Gemeentecode.TryParse(input, out _, out var error).Should().BeFalse(error);

    [Fact]
    public void Organisation_codes_must_fit_the_kind()
    {
        var aanbieder = new Organisatie { Naam = "Zorg BV", Soort = OrganisatieSoort.Aanbieder, AgbCode = "123", Gemeentecode = "0150" };
        aanbieder.Validate().Select(e => e.Field).Should().BeEquivalentTo(["AgbCode", "Gemeentecode"]);
        var gemeente = new Organisatie { Naam = "Gemeente Deventer", Soort = OrganisatieSoort.Gemeente, Gemeentecode = "0150" };
        gemeente.Validate().Should().BeEmpty();
    }
}
