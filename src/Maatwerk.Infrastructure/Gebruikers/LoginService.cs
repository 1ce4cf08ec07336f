using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Gebruikers;

public enum LoginOutcome
{
    Gelukt,
    TweedeStapNodig,
    Mislukt,
    Geblokkeerd,
}

/// <summary>Checks a password with lockout after repeated failures. The outcome never tells whether an account
/// exists (no account enumeration): unknown e-mail and wrong password give the same answer.</summary>
public sealed class LoginService(MaatwerkDbContext db, IPasswordHasher<Gebruiker> hasher, TimeProvider clock)
{
    public async Task<(LoginOutcome Uitkomst, Gebruiker? Gebruiker)> VerifyPasswordAsync(string email, string wachtwoord, CancellationToken ct = default)
    {
        var nu = clock.GetUtcNow();
        var normalized = email.Trim().ToLowerInvariant();
        var gebruiker = await db.Gebruikers.FirstOrDefaultAsync(g => g.Email == normalized, ct);
        if (gebruiker is null || !gebruiker.Actief)
        {
            hasher.HashPassword(new Gebruiker(), wachtwoord); // same work as a real check, so timing reveals nothing
            Audit(AuditAction.InloggenMislukt, normalized, null, null);
            await db.SaveChangesAsync(ct);
            return (LoginOutcome.Mislukt, null);
        }
        if (gebruiker.IsLockedOut(nu))
        {
            Audit(AuditAction.InloggenMislukt, normalized, gebruiker.Id, gebruiker.OrganisatieId);
            await db.SaveChangesAsync(ct);
            return (LoginOutcome.Geblokkeerd, null);
        }
        var result = hasher.VerifyHashedPassword(gebruiker, gebruiker.WachtwoordHash, wachtwoord);
        if (result == PasswordVerificationResult.Failed)
        {
            gebruiker.RegisterFailedAttempt(nu);
            Audit(AuditAction.InloggenMislukt, normalized, gebruiker.Id, gebruiker.OrganisatieId);
            await db.SaveChangesAsync(ct);
            return (gebruiker.IsLockedOut(nu) ? LoginOutcome.Geblokkeerd : LoginOutcome.Mislukt, null);
        }
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
            gebruiker.WachtwoordHash = hasher.HashPassword(gebruiker, wachtwoord);
        if (gebruiker.TotpActief)
        {
            await db.SaveChangesAsync(ct);
            return (LoginOutcome.TweedeStapNodig, gebruiker);
        }
        gebruiker.RegisterSuccessfulLogin();
        Audit(AuditAction.Inloggen, normalized, gebruiker.Id, gebruiker.OrganisatieId);
        await db.SaveChangesAsync(ct);
        return (LoginOutcome.Gelukt, gebruiker);
    }

    /// <summary>Second step: the TOTP code. Wrong codes count towards the same lockout as wrong passwords.</summary>
    public async Task<LoginOutcome> VerifyCodeAsync(Guid gebruikerId, string code, CancellationToken ct = default)
    {
        var nu = clock.GetUtcNow();
        var gebruiker = await db.Gebruikers.FirstOrDefaultAsync(g => g.Id == gebruikerId, ct);
        if (gebruiker is null || !gebruiker.Actief || gebruiker.TotpGeheim is null)
            return LoginOutcome.Mislukt;
        if (gebruiker.IsLockedOut(nu))
            return LoginOutcome.Geblokkeerd;
        if (!Totp.Verify(gebruiker.TotpGeheim, code, nu))
        {
            gebruiker.RegisterFailedAttempt(nu);
            Audit(AuditAction.InloggenMislukt, gebruiker.Email, gebruiker.Id, gebruiker.OrganisatieId);
            await db.SaveChangesAsync(ct);
            return gebruiker.IsLockedOut(nu) ? LoginOutcome.Geblokkeerd : LoginOutcome.Mislukt;
        }
        gebruiker.RegisterSuccessfulLogin();
        Audit(AuditAction.Inloggen, gebruiker.Email, gebruiker.Id, gebruiker.OrganisatieId);
        await db.SaveChangesAsync(ct);
        return LoginOutcome.Gelukt;
    }

    public async Task<bool> ActivateTotpAsync(Guid gebruikerId, string geheim, string code, CancellationToken ct = default)
    {
        var gebruiker = await db.Gebruikers.FirstOrDefaultAsync(g => g.Id == gebruikerId, ct);
        if (gebruiker is null || !Totp.Verify(geheim, code, clock.GetUtcNow()))
            return false;
        gebruiker.TotpGeheim = geheim;
        gebruiker.TotpActief = true;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The stored user, e.g. to sign in after the second step or after enabling TOTP.</summary>
    public async Task<Gebruiker?> GebruikerAsync(Guid gebruikerId, CancellationToken ct = default) =>
        await db.Gebruikers.FindAsync([gebruikerId], ct);

    /// <summary>Writes the logout of the signed-in user to the audit trail.</summary>
    public async Task RegisterLogoutAsync(Guid? gebruikerId, CancellationToken ct = default)
    {
        db.AuditRegels.Add(db.NewAudit(AuditAction.Uitloggen, "Gebruiker", gebruikerId?.ToString() ?? ""));
        await db.SaveChangesAsync(ct);
    }

    private void Audit(string actie, string email, Guid? gebruikerId, Guid? organisatieId)
    {
        var regel = db.NewAudit(actie, "Gebruiker", gebruikerId?.ToString() ?? "");
        regel.Gebruiker = email.Length > 200 ? email[..200] : email;
        regel.GebruikerId = gebruikerId;
        regel.OrganisatieId = organisatieId;
        db.AuditRegels.Add(regel);
    }
}
