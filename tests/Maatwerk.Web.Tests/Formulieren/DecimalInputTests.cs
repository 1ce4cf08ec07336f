using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Tests.Formulieren;

/// <summary>Amounts in forms are read as a Dutch user writes them; before, "56,40" was refused with an English message (the
/// server's invariant culture).</summary>
public sealed class DecimalInputTests
{
    [Theory]
    [InlineData("56,40", "56.40")]
    [InlineData("€ 56,40", "56.40")]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("1234,56", "1234.56")]
    [InlineData("-90.000,5", "-90000.5")]
    [InlineData("90.000", "90000")]
    [InlineData("1.250.000", "1250000")]
    [InlineData("56.40", "56.40")]
    [InlineData("0.125", "0.125")]
    [InlineData("1250000", "1250000")]
    [InlineData("-48000", "-48000")]
    public void A_dutch_amount_is_read_as_meant(string invoer, string verwacht)
    {
        DecimalInput.TryParse(invoer, out var waarde).Should().BeTrue();
        waarde.Should().Be(decimal.Parse(verwacht, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1,234.56")]
    [InlineData("56,4,0")]
    [InlineData("1.23.4")]
    [InlineData("twaalf")]
    [InlineData(",5")]
    [InlineData("")]
    public void What_is_no_amount_is_refused_not_guessed(string invoer) =>
        DecimalInput.TryParse(invoer, out _).Should().BeFalse();
}
