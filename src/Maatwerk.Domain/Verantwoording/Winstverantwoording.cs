using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Verantwoording;

/// <summary>The contract manager's judgement of a profit above the cap (DEV-Eis25: not accepted "zonder valide toelichting").</summary>
public enum WinstOordeel
{
    Geaccepteerd = 1,
    Maatregel = 2,
}

/// <summary>The measures DEV-Eis25 names: recovery of paid declarations, allocation stop, tariff reduction, termination. Recorded as a
/// decision; the platform attaches no automatic effect.</summary>
public enum WinstMaatregel
{
    Terugvordering = 1,
    Toewijzingsstop = 2,
    Tariefverlaging = 3,
    Ontbinding = 4,
}

/// <summary>The explanation workflow of a profit above the cap (IB-45, DEV-Eis25; IB-46b: the aanbieder answers the gemeente's
/// further questions about the accounts): the contract manager asks, the aanbieder answers in text, the contract manager
/// records "geaccepteerd" (after an answer) or "maatregel" with the measure and a note.</summary>
public static class Winstverantwoording
{
    public static string MaatregelNaam(WinstMaatregel m) => m switch
    {
        WinstMaatregel.Terugvordering => "terugvordering van betaalde declaraties",
        WinstMaatregel.Toewijzingsstop => "toewijzingsstop",
        WinstMaatregel.Tariefverlaging => "tariefverlaging",
        _ => "ontbinding",
    };

    public static IReadOnlyList<ValidationError> ValidateVraag(bool boven, Jaarrekening j, string? vraag)
    {
        var fouten = new List<ValidationError>();
        if (!boven)
            fouten.Add(new("Vraag", "De winst ligt niet boven de norm van het contract; er is geen toelichting te vragen."));
        else if (j.Oordeel is not null)
            fouten.Add(new("Vraag", "Over deze winst is al een oordeel vastgelegd."));
        else if (j.ToelichtingGevraagdOp is not null && j.Antwoord is null)
            fouten.Add(new("Vraag", "De toelichting is al gevraagd; wacht op het antwoord van de aanbieder."));
        Tekst(fouten, "Vraag", vraag, 1000, "Schrijf de vraag aan de aanbieder (minstens 10 tekens): welke toelichting op de winst de gemeente verwacht.");
        return fouten;
    }

    public static IReadOnlyList<ValidationError> ValidateAntwoord(Jaarrekening j, string? antwoord)
    {
        var fouten = new List<ValidationError>();
        if (j.ToelichtingGevraagdOp is null)
            fouten.Add(new("Antwoord", "De gemeente heeft geen toelichting gevraagd."));
        else if (j.Oordeel is not null)
            fouten.Add(new("Antwoord", "De gemeente heeft al een oordeel vastgelegd."));
        Tekst(fouten, "Antwoord", antwoord, 4000, "Schrijf de toelichting op de winst (minstens 10 tekens).");
        return fouten;
    }

    public static IReadOnlyList<ValidationError> ValidateOordeel(bool boven, Jaarrekening j, WinstOordeel? oordeel, WinstMaatregel? maatregel, string? notitie)
    {
        var fouten = new List<ValidationError>();
        if (!boven)
            fouten.Add(new("Oordeel", "De winst ligt niet boven de norm van het contract; er is geen oordeel nodig."));
        else if (j.ToelichtingGevraagdOp is null)
            fouten.Add(new("Oordeel", "Vraag eerst een toelichting aan de aanbieder (DEV-Eis25: niet zonder valide toelichting)."));
        if (oordeel is null || !Enum.IsDefined(oordeel.Value))
            fouten.Add(new("Oordeel", "Kies 'geaccepteerd' of 'maatregel'."));
        if (oordeel == WinstOordeel.Geaccepteerd && j.Antwoord is null && j.ToelichtingGevraagdOp is not null)
            fouten.Add(new("Oordeel", "Accepteren kan pas na de toelichting van de aanbieder."));
        if (oordeel == WinstOordeel.Maatregel && (maatregel is null || !Enum.IsDefined(maatregel.Value)))
            fouten.Add(new("Maatregel", "Kies de maatregel: terugvordering, toewijzingsstop, tariefverlaging of ontbinding."));
        if (oordeel == WinstOordeel.Maatregel)
            Tekst(fouten, "Notitie", notitie, 1000, "Leg bij een maatregel vast wat de gemeente besluit en waarom (minstens 10 tekens).");
        else if (notitie is { Length: > 1000 })
            fouten.Add(new("Notitie", "De notitie is hoogstens 1000 tekens."));
        return fouten;
    }

    private static void Tekst(List<ValidationError> fouten, string veld, string? tekst, int max, string leeg)
    {
        if (string.IsNullOrWhiteSpace(tekst) || tekst.Trim().Length < 10)
            fouten.Add(new(veld, leeg));
        else if (tekst.Length > max)
            fouten.Add(new(veld, $"De tekst is hoogstens {max} tekens."));
    }
}
