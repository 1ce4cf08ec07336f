using System.Net;
using System.Text.RegularExpressions;
using Maatwerk.Infrastructure.Gebruikers;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Account;

public sealed partial class TotpTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public void Totp_matches_the_rfc_6238_test_vector()
    {
        // RFC 6238 appendix B, SHA1, secret "12345678901234567890", T = 59 s → 94287082 (8 digits; we use the last 6).
        var secret = Totp.ToBase32("12345678901234567890"u8.ToArray());
        Totp.Code(secret, DateTimeOffset.FromUnixTimeSeconds(59)).Should().Be("287082");
        Totp.Code(secret, DateTimeOffset.FromUnixTimeSeconds(1111111109)).Should().Be("081804");
    }

    [Fact]
    public async Task A_user_sets_up_a_second_factor_and_then_needs_the_code_to_log_in()
    {
        const string email = "declaraties@deventer.demo";
        var client = await factory.LoggedInAsync(email);
        var setup = await client.GetStringAsync("/Account/Tweestapsverificatie");
        var secret = SecretPattern().Match(setup).Groups[1].Value;
        secret.Should().NotBeEmpty();

        var wrong = await client.PostFormAsync("/Account/Tweestapsverificatie",
            new Dictionary<string, string> { ["Geheim"] = secret, ["Code"] = "000000" == Totp.Code(secret, factory.Tijd.GetUtcNow()) ? "111111" : "000000" });
        (await wrong.Content.ReadAsStringAsync()).Should().Contain("De code klopt niet");

        var enabled = await client.PostFormAsync("/Account/Tweestapsverificatie",
            new Dictionary<string, string> { ["Geheim"] = secret, ["Code"] = Totp.Code(secret, factory.Tijd.GetUtcNow()) });
        enabled.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var fresh = factory.NewClient();
        var login = await fresh.LoginAsync(email);
        login.Headers.Location!.ToString().Should().Contain("/Account/TweedeStap");
        (await fresh.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the password alone does not sign in");
        var badCode = await fresh.PostFormAsync("/Account/TweedeStap", new Dictionary<string, string> { ["Code"] = "12345" });
        (await badCode.Content.ReadAsStringAsync()).Should().Contain("De code is onjuist of verlopen.");
        var good = await fresh.PostFormAsync("/Account/TweedeStap", new Dictionary<string, string> { ["Code"] = Totp.Code(secret, factory.Tijd.GetUtcNow()) });
        good.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await fresh.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [GeneratedRegex("data-testid=\"totp-geheim\">([A-Z2-7]+)<")]
    private static partial Regex SecretPattern();
}

public sealed class TotpRequiredTests(TotpRequiredFactory factory) : IClassFixture<TotpRequiredFactory>
{
    [Fact]
    public async Task When_the_setting_demands_it_users_without_a_second_factor_can_only_set_one_up()
    {
        var client = await factory.LoggedInAsync("consulent@deventer.demo");
        var page = await client.GetAsync("/Clienten");
        page.Headers.Location!.ToString().Should().Be("/Account/Tweestapsverificatie");
        (await client.GetAsync("/api/clienten")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync("/Account/Tweestapsverificatie")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
