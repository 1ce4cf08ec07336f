namespace Maatwerk.Web.Hosting;

/// <summary>Configuration section "Security".</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>When true every user must set up a second factor (TOTP) before using the application, as the BIO
    /// requires for access to personal data. Off in the demo so that newcomers can look around.</summary>
    public bool TotpVerplicht { get; set; }
}
