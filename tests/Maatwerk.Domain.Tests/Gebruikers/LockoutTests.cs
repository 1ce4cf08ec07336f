using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisaties;

namespace Maatwerk.Domain.Tests.Gebruikers;

public sealed class LockoutTests
{
    [Fact]
    public void Fifth_failure_locks_the_account_for_fifteen_minutes()
    {
        var nu = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var g = new Gebruiker();
        for (var i = 0; i < 4; i++)
            g.RegisterFailedAttempt(nu);
        g.IsLockedOut(nu).Should().BeFalse();
        g.RegisterFailedAttempt(nu);
        g.IsLockedOut(nu).Should().BeTrue();
        g.IsLockedOut(nu.AddMinutes(14)).Should().BeTrue();
        g.IsLockedOut(nu.AddMinutes(15)).Should().BeFalse();
    }

    [Theory]
    [InlineData(Rol.Consulent, OrganisatieSoort.Gemeente, true)]
    [InlineData(Rol.Consulent, OrganisatieSoort.Aanbieder, false)]
    [InlineData(Rol.Begeleider, OrganisatieSoort.Aanbieder, true)]
    [InlineData(Rol.Begeleider, OrganisatieSoort.Regio, false)]
    public void A_role_belongs_to_one_side(Rol rol, OrganisatieSoort soort, bool past)
    {
        var g = new Gebruiker { Email = "a@b.nl", Naam = "A", Rol = rol };
        g.Validate(soort).Any(e => e.Field == "Rol").Should().Be(!past);
    }
}
