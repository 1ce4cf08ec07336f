namespace Maatwerk.Domain.Organisaties;

public enum OrganisatieSoort
{
    Gemeente = 1,
    Regio = 2,
    Aanbieder = 3,
}
