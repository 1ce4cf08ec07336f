namespace Maatwerk.Domain.Contracten;

/// <summary>No silent drops: every event the platform registers must be known to each profile (defined there or in its
/// base) or ignored there explicitly (negeren), and an ignored event must not also be defined; and the parameters of the
/// controle rules that the platform reads (time registration, no-show) are usable. The platform checks this
/// at start-up and `maatwerk contracts check` reports it, naming profile, file, line and event.</summary>
public static class ContractProfileConsistency
{
    public static IReadOnlyList<ContractProfileError> Validate(ContractProfileCatalog catalogus, IReadOnlyCollection<string> platformGebeurtenissen) =>
        catalogus.Profielen.SelectMany(p => Validate(p, platformGebeurtenissen)).ToList();

    public static IEnumerable<ContractProfileError> Validate(ContractProfile profiel, IReadOnlyCollection<string> platformGebeurtenissen)
    {
        var gebeurtenissen = profiel.LineNumber("gebeurtenissen", "basis", "id");
        var negeren = profiel.LineNumber("negeren", "gebeurtenissen", "id");
        foreach (var soort in platformGebeurtenissen.Where(s => !profiel.KnowsGebeurtenis(s) && !profiel.Ignores(s)))
            yield return new ContractProfileError(profiel.Bestand, gebeurtenissen, 1,
                $"profiel '{profiel.Sleutel}' kent de gebeurtenis '{soort}' niet die het platform vastlegt; definieer haar onder 'gebeurtenissen' (of in het basisprofiel) of zet haar onder 'negeren'.");
        foreach (var soort in profiel.Negeren.Where(profiel.KnowsGebeurtenis))
            yield return new ContractProfileError(profiel.Bestand, negeren, 1,
                $"profiel '{profiel.Sleutel}' definieert gebeurtenis '{soort}' en negeert haar ook; kies één van beide.");
        foreach (var soort in profiel.Negeren.Where(s => !platformGebeurtenissen.Contains(s)))
            yield return new ContractProfileError(profiel.Bestand, negeren, 1,
                $"profiel '{profiel.Sleutel}' negeert '{soort}', maar het platform legt geen gebeurtenis met die naam vast.");
        // Parameters of controle rules that a feature reads must be usable by it.
        foreach (var fout in Tijdregistraties.Tijdregels.Controleer(profiel))
            yield return fout;
        foreach (var fout in Afwezigheid.NoShowRegels.Validate(profiel))
            yield return fout;
        foreach (var fout in Declaraties.Declaratietermijnen.Controleer(profiel))
            yield return fout;
    }
}
