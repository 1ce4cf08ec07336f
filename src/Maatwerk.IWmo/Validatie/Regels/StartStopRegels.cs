using Maatwerk.IWmo.Berichten;

namespace Maatwerk.IWmo.Validatie.Regels;

/// <summary>Start (305) and stop (307): CS058, a StartProduct or StopProduct is a first delivery (StatusAanlevering 1)
/// or the withdrawal of one (3); the XSD's other values (2 changed, 9 cancelled) are not used in these messages.</summary>
internal sealed class StartStopRegels : RegelSet
{
    public override void Einde(BerichtElement bericht)
    {
        foreach (var product in bericht.Find("Client/StartProducten")?.Kinderen ?? bericht.Find("Client/StopProducten")?.Kinderen ?? [])
            if (product.Text("StatusAanlevering") is { } status and not ("1" or "3"))
                Finding("CS058", product.Kind("StatusAanlevering"), $"StatusAanlevering {status} is hier niet toegestaan: vul 1 (eerste aanlevering) of 3 (verwijderen aanlevering).");
    }
}
