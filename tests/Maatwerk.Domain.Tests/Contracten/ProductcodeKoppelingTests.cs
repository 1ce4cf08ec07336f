using Maatwerk.Tests.Shared;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Domain.Tests.Contracten;

public sealed class ProductcodeKoppelingTests
{
    [Theory]
    [InlineData("02A01", true)]
    [InlineData("1", true)]
    [InlineData("", false)]
    [InlineData("02A011", false)]
    [InlineData("02 A", false)]
    public void An_iwmo_product_code_has_1_to_5_letters_or_digits_TR381(string code, bool geldig)
    {
        var koppeling = new ProductcodeKoppeling { Productcode = "BSD-MBO4", IWmoProductcode = code };
        koppeling.Validate(RepoProfiles.Profiel("gooi-vechtstreek-bsd")).Any(f => f.Field == nameof(ProductcodeKoppeling.IWmoProductcode)).Should().Be(!geldig);
    }

    [Fact]
    public void Only_products_of_the_contract_profile_can_be_mapped()
    {
        new ProductcodeKoppeling { Productcode = "PO-B", IWmoProductcode = "02A01" }.Validate(RepoProfiles.Profiel("gooi-vechtstreek-bsd"))
            .Should().ContainSingle(f => f.Field == nameof(ProductcodeKoppeling.Productcode) && f.Message.Contains("PO-B"));
    }

    [Fact]
    public void Messages_carry_the_mapped_code_else_a_contract_code_that_fits_else_none()
    {
        TestToewijzingen.New(productcode: "BSD-MBO4", iwmoProductcode: "02B04").BerichtProductcode.Should().Be("02B04");
        TestToewijzingen.New(productcode: "PO-B").BerichtProductcode.Should().Be("PO-B");
        TestToewijzingen.New(productcode: "BSD-MBO4").BerichtProductcode.Should().BeNull("a toewijzing per category (CD080)");
    }
}
