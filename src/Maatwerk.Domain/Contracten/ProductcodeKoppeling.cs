using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Contracten;

/// <summary>Which iWmo ProductCode (TR381: from the gemeente's product code list, 1–5 characters) a contract product
/// goes out as. Contract codes such as BSD-MBO4 or IB-BASIS do not fit iWmo; without a mapping such a product is
/// allocated per category (no ProductCode, no Omvang, CD080).</summary>
public sealed class ProductcodeKoppeling : Entity
{
    public Guid ContractId { get; set; }

    /// <summary>The product code as the contract profile names it.</summary>
    public string Productcode { get; set; } = "";

    public string IWmoProductcode { get; set; } = "";

    /// <summary>The iWmo code a product goes out with: the mapped code, else the contract code when it fits iWmo's 5 characters.</summary>
    public static string? Effective(string? gekoppeld, string? productcode) =>
        gekoppeld ?? (productcode is { Length: > 0 and <= 5 } ? productcode : null);

    public IReadOnlyList<ValidationError> Validate(ContractProfile? profiel)
    {
        var code = IWmoProductcode.Trim();
        return new Validator()
            .Check(nameof(Productcode), profiel?.FindProduct(Productcode) is not null, $"Product '{Productcode}' staat niet in het contractprofiel.")
            .Check(nameof(IWmoProductcode), code.Length is >= 1 and <= 5 && code.All(char.IsAsciiLetterOrDigit),
                "De iWmo-productcode is 1 tot 5 letters of cijfers (iWmo LDT_ProductCode, TR381: uit de productcodelijst van de gemeente).")
            .Errors;
    }
}
