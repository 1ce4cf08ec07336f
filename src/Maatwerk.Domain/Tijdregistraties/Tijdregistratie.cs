using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Tijdregistraties;

/// <summary>How the worker and the client were in contact (DEV-Eis21).</summary>
public enum Contactwijze
{
    Persoonlijk = 1,
    Telefonisch = 2,
    /// <summary>Video, e-mail, chat or another electronic channel.</summary>
    Elektronisch = 3,
    /// <summary>With the client's network (family, neighbours — not other professionals).</summary>
    Netwerk = 4,
}

/// <summary>Direct time (with the client) is declarable; indirect time (preparation, reports, travel, meetings) is
/// registered but never declared where the contract says so (DEV-Art8.2/8.3).</summary>
public enum Tijdsoort
{
    Direct = 1,
    Indirect = 2,
}

/// <summary>Where a registration came from.</summary>
public enum Herkomst
{
    Platform = 1,
    Api = 2,
    /// <summary>A CSV file uploaded on the page or to <c>POST /api/tijd/import</c>.</summary>
    Csv = 3,
}

/// <summary>Time a worker delivered to a client under a toewijzing: the basis of the registration list (DEV-Eis3-REG) and
/// of the declaration (DEV-Eis9-MI-R1: declarations are built only from registrations). IB-59: date, time of day,
/// duration and the worker's name are mandatory; every change is in the audit trail.</summary>
public sealed class Tijdregistratie : Entity, IAuditOldValues
{
    public Guid AanbiederId { get; set; }
    public Guid ContractId { get; set; }
    public Guid ToewijzingId { get; set; }
    public Guid ClientId { get; set; }

    /// <summary>The product of the toewijzing (contract code, e.g. PO-B), kept so rules per product need no join.</summary>
    public string? Productcode { get; set; }

    /// <summary>The worker who delivered the time (a user of the aanbieder); the staff register of issue 14 links in here.</summary>
    public Guid MedewerkerId { get; set; }

    /// <summary>The worker's name as it was when registered (IB-59).</summary>
    public string MedewerkerNaam { get; set; } = "";

    public DateOnly Datum { get; set; }
    public TimeOnly Begintijd { get; set; }
    public int Minuten { get; set; }
    public Contactwijze Contactwijze { get; set; } = Contactwijze.Persoonlijk;
    public Tijdsoort Soort { get; set; } = Tijdsoort.Direct;
    public string? Toelichting { get; set; }

    /// <summary>The goal of the support plan this time served; with it, time without the client on a product of the
    /// DEV-B2-DeclTime exception is declarable (see <see cref="Tijdregels.IsDeclarabel(Tijdregistratie)"/>).</summary>
    public string? Plandoel { get; set; }

    public Herkomst Herkomst { get; set; } = Herkomst.Platform;

    /// <summary>The reference of the provider's own system (API): the same reference again updates the registration
    /// instead of adding a second one.</summary>
    public string? ExterneReferentie { get; set; }

    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }
    public string? GewijzigdDoor { get; set; }
    public DateTimeOffset? GewijzigdOp { get; set; }

    /// <summary>Minutes since midnight of <see cref="Datum"/> where the registration starts and ends.</summary>
    public int BeginMinuut => Begintijd.Hour * 60 + Begintijd.Minute;
    public int EindMinuut => BeginMinuut + Minuten;
    public TimeOnly Eindtijd => EindMinuut >= 24 * 60 ? new TimeOnly(23, 59) : Begintijd.AddMinutes(Minuten);

    public bool Overlapt(Tijdregistratie ander) =>
        ander.Datum == Datum && ander.BeginMinuut < EindMinuut && BeginMinuut < ander.EindMinuut;

    public static readonly IReadOnlyDictionary<Contactwijze, string> Contactwijzen = new Dictionary<Contactwijze, string>
    {
        [Contactwijze.Persoonlijk] = "Persoonlijk (face-to-face)",
        [Contactwijze.Telefonisch] = "Telefonisch",
        [Contactwijze.Elektronisch] = "Beeldbellen of elektronisch",
        [Contactwijze.Netwerk] = "Met het netwerk van de cliënt",
    };

    public static readonly IReadOnlyDictionary<Tijdsoort, string> Soorten = new Dictionary<Tijdsoort, string>
    {
        [Tijdsoort.Direct] = "Direct (met de cliënt)",
        [Tijdsoort.Indirect] = "Indirect (voorbereiding, verslag, reistijd, overleg)",
    };
}
