using System.Net;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Account;

public sealed class LoginTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public async Task Anonymous_users_are_sent_to_the_dutch_login_page()
    {
        var client = factory.NewClient();
        var response = await client.GetAsync("/Clienten");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/Account/Inloggen");
        var html = await client.GetStringAsync("/Account/Inloggen");
        html.Should().Contain("<html lang=\"nl\"").And.Contain("Inloggen").And.Contain("E-mailadres").And.Contain("Wachtwoord");
    }

    [Fact]
    public async Task Empty_fields_get_dutch_field_messages()
    {
        var response = await factory.NewClient().LoginAsync("", "");
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("Vul uw e-mailadres in.").And.Contain("Vul uw wachtwoord in.");
        html.Should().Contain("aria-invalid=\"true\"");
    }

    [Fact]
    public async Task Wrong_password_and_unknown_account_give_the_same_answer()
    {
        var wrongPassword = await (await factory.NewClient().LoginAsync("consulent@deventer.demo", "fout-wachtwoord-123")).Content.ReadAsStringAsync();
        var unknown = await (await factory.NewClient().LoginAsync("bestaat.niet@nergens.demo", "fout-wachtwoord-123")).Content.ReadAsStringAsync();
        wrongPassword.Should().Contain("Het e-mailadres of het wachtwoord is onjuist.");
        unknown.Should().Contain("Het e-mailadres of het wachtwoord is onjuist.");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        const string email = "toezicht@deventer.demo";
        for (var i = 0; i < 5; i++)
            await factory.NewClient().LoginAsync(email, "fout-wachtwoord-123");
        var response = await factory.NewClient().LoginAsync(email, DemoData.Wachtwoord);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("tijdelijk geblokkeerd");
    }

    [Fact]
    public async Task Login_and_logout()
    {
        var client = factory.NewClient();
        var login = await client.LoginAsync("consulent@deventer.demo");
        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        var logout = await client.PostFormAsync("/Account/Uitloggen", new Dictionary<string, string>(), tokenFrom: "/");
        logout.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_form_post_without_antiforgery_token_is_refused()
    {
        var response = await factory.NewClient().PostAsync("/Account/Inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "consulent@deventer.demo", ["Wachtwoord"] = DemoData.Wachtwoord,
        }));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_secure_cookies()
    {
        var client = factory.NewClient();
        var page = await client.GetAsync("/Account/Inloggen");
        page.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("frame-ancestors 'none'").And.Contain("default-src 'self'");
        page.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        var login = await client.LoginAsync("consulent@deventer.demo");
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("maatwerk.sessie"));
        cookie.Should().Contain("httponly").And.Contain("samesite=strict");
    }
}
