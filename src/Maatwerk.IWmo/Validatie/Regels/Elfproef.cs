namespace Maatwerk.IWmo.Validatie.Regels;

/// <summary>What <see cref="Elfproef.Check"/> found.</summary>
public enum BsnCheck
{
    Geldig,
    /// <summary>RS037 "Vullen met 9 cijfers." — LDT_BurgerServicenummer, pattern [0-9]{9}.</summary>
    GeenNegenCijfers,
    /// <summary>CS002 "De waarde moet voldoen aan de 11-proef."</summary>
    VoldoetNietAanElfproef,
}

/// <summary>The platform's one BSN rule, exactly as iWmo 3.2 states it; the domain's <c>Bsn</c> uses it too, so the
/// platform never registers a client whose messages its own validator refuses.
/// <list type="bullet">
/// <item>RS037 (rules/condities-constraints, Client/Bsn) and basisschema.xsd LDT_BurgerServicenummer: exactly nine
/// characters 0–9 (pattern <c>[0-9]{9}</c>); leading zeros belong to the number, eight digits are not allowed.</item>
/// <item>CS002 "De waarde moet voldoen aan de 11-proef.", as the official rule XSLT (template <c>check11proef</c>)
/// computes it: (9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9) mod 11 = 0. A sum of 0 passes
/// (e.g. 100000009); the standard makes no exception for it.</item>
/// </list></summary>
public static class Elfproef
{
    public static BsnCheck Check(string? bsn)
    {
        if (bsn is not { Length: 9 } || !bsn.All(char.IsAsciiDigit)) return BsnCheck.GeenNegenCijfers;
        var som = 0;
        for (var i = 0; i < 8; i++) som += (9 - i) * (bsn[i] - '0');
        som -= bsn[8] - '0';
        return som % 11 == 0 ? BsnCheck.Geldig : BsnCheck.VoldoetNietAanElfproef;
    }

    public static bool IsValidBsn(string bsn) => Check(bsn) == BsnCheck.Geldig;
}
