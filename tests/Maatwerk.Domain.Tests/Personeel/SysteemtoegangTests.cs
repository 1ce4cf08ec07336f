using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Personeel;
using Maatwerk.Domain.Tests.Contracten;

namespace Maatwerk.Domain.Tests.Personeel;

/// <summary>DEV-Eis18-b: a platform user who opens client data needs a valid VOG under a contract that asks it for system
/// access (Deventer's <c>vog.systeemtoegang</c>); other contracts and roles without client data ask nothing.</summary>
public class SysteemtoegangTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 10);
    private static readonly Domain.Contracten.VogBeleid Deventer = RepoProfiles.Profiel("deventer-wmo-2023").Vog!;

    private static Gebruiker Gebruiker(Rol rol, bool actief = true) => new() { Naam = "Petra Jansen", Email = "petra@delinde.demo", Rol = rol, Actief = actief };

    private static Medewerker Persoon(DateOnly? uitDienst = null) => new() { Naam = "Petra Jansen", InDienst = new DateOnly(2025, 6, 1), UitDienst = uitDienst };

    private static Vog Vog(DateOnly afgifte) => new() { Afgiftedatum = afgifte, Screeningsprofiel = "45" };

    [Fact]
    public void Deventer_asks_it_under_DEV_Eis18_b_the_other_profiles_do_not()
    {
        Deventer.BronSysteemtoegang.Should().Be("DEV-Eis18-b");
        foreach (var profiel in new[] { "voorne-aan-zee-ib", "gooi-vechtstreek-bsd", "oco" })
            RepoProfiles.Profiel(profiel).Vog!.BronSysteemtoegang.Should().BeNull(profiel);
    }

    [Theory]
    [InlineData(Rol.Administratie)]
    [InlineData(Rol.Begeleider)]
    [InlineData(Rol.Kwaliteit)]
    public void A_user_who_opens_client_data_without_a_linked_person_breaks_DEV_Eis18_b(Rol rol) =>
        Systeemtoegang.Evaluate(Gebruiker(rol), null, [], Deventer, Vandaag)
            .Should().ContainSingle(p => p.Bron == "DEV-Eis18-b" && p.Message.Contains("niet als medewerker met een VOG"));

    [Fact]
    public void A_linked_person_with_a_valid_VOG_is_in_order_without_one_the_VOG_rule_speaks()
    {
        Systeemtoegang.Evaluate(Gebruiker(Rol.Kwaliteit), Persoon(), [Vog(new DateOnly(2025, 5, 1))], Deventer, Vandaag).Should().BeEmpty();
        Systeemtoegang.Evaluate(Gebruiker(Rol.Kwaliteit), Persoon(), [], Deventer, Vandaag)
            .Should().ContainSingle(p => p.Bron == "DEV-Eis18-a" && p.Message.Contains("geen VOG"));
    }

    [Fact]
    public void A_person_no_longer_employed_keeps_no_access()
    {
        Systeemtoegang.Evaluate(Gebruiker(Rol.Begeleider), Persoon(uitDienst: new DateOnly(2026, 10, 31)), [Vog(new DateOnly(2025, 5, 1))], Deventer, Vandaag)
            .Should().ContainSingle(p => p.Bron == "DEV-Eis18-b" && p.Message.Contains("niet in dienst"));
    }

    [Fact]
    public void Nothing_is_asked_of_an_inactive_user_a_role_without_client_data_or_under_a_contract_that_does_not_ask_it()
    {
        Systeemtoegang.Evaluate(Gebruiker(Rol.Kwaliteit, actief: false), null, [], Deventer, Vandaag).Should().BeEmpty();
        Systeemtoegang.Evaluate(Gebruiker(Rol.Beheerder), null, [], Deventer, Vandaag).Should().BeEmpty();
        Systeemtoegang.Evaluate(Gebruiker(Rol.Kwaliteit), null, [], RepoProfiles.Profiel("voorne-aan-zee-ib").Vog, Vandaag).Should().BeEmpty();
    }
}
