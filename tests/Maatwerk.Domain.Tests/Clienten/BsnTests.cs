using Maatwerk.Domain.Clienten;

namespace Maatwerk.Domain.Tests.Clienten;

public sealed class BsnTests
{
    [Theory]
    [InlineData("111222333")] // 9+8+7·1 … classic valid example
    [InlineData("123456782")]
    [InlineData("999990019")]
    public void Accepts_numbers_that_pass_the_elfproef(string input)
    {
        Bsn.TryParse(input, out var bsn, out var error).Should().BeTrue(error);
        bsn.Value.Should().Be(input);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("111222334")]
    [InlineData("999990018")]
    public void Refuses_numbers_that_fail_the_elfproef_with_a_dutch_message(string input)
    {
        Bsn.TryParse(input, out _, out var error).Should().BeFalse();
        error.Should().Be("Het BSN voldoet niet aan de elfproef.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567890")]
    [InlineData("12345678a")]
    [InlineData(null)]
    public void Refuses_anything_but_nine_digits(string? input)
    {
        Bsn.TryParse(input, out _, out var error).Should().BeFalse();
        error.Should().Be("Het BSN moet uit 9 cijfers bestaan.");
    }

    [Fact]
    public void All_zeros_passes_the_arithmetic_but_is_no_bsn()
    {
        Bsn.PassesElfproef("000000000").Should().BeTrue();
        Bsn.TryParse("000000000", out _, out _).Should().BeFalse();
    }

    [Fact]
    public void Eight_digits_are_read_with_the_leading_zero()
    {
        // 012345672: 0·9+1·8+2·7+3·6+4·5+5·4+6·3+7·2−2 = 110 = 10·11
        Bsn.TryParse("12345672", out var bsn, out _).Should().BeTrue();
        bsn.Value.Should().Be("012345672");
    }

    [Fact]
    public void The_elfproef_weights_are_nine_down_to_two_and_minus_one()
    {
        // Changing any single digit of a valid number breaks the proof (weights are all non-zero mod 11).
        const string valid = "111222333";
        for (var position = 0; position < 9; position++)
        for (var digit = '0'; digit <= '9'; digit++)
        {
            if (digit == valid[position])
                continue;
            var changed = valid[..position] + digit + valid[(position + 1)..];
            Bsn.PassesElfproef(changed).Should().BeFalse(changed);
        }
    }
}
