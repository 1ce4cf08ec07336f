namespace Maatwerk.IWmo.Berichten.Model
{
    // Not generated. The generated WmoNNN classes below have the same members, each in its own message namespace;
    // these interfaces let one piece of code fill them for any message. The partial declarations only add the interface.

    /// <summary>The Header of a heenbericht.</summary>
    public interface IHeadermodel
    {
        string BerichtCode { get; set; }
        long? BerichtVersie { get; set; }
        long? BerichtSubversie { get; set; }
        string Afzender { get; set; }
        string Ontvanger { get; set; }
        Basis.BerichtIdentificatie BerichtIdentificatie { get; set; }
        Basis.XsdVersie XsdVersie { get; set; }
    }

    /// <summary>The Client of a 305, 307 or 315: who it is, with the short name (CDT_VerkorteNaam).</summary>
    public interface IClientmodel
    {
        string Bsn { get; set; }
        Basis.Geboortedatum Geboortedatum { get; set; }
        string Geslacht { get; set; }
        Basis.VerkorteNaam Naam { get; set; }
    }
}

namespace Maatwerk.IWmo.Berichten.Model.Wmo301 { public sealed partial class Header : IHeadermodel { } }
namespace Maatwerk.IWmo.Berichten.Model.Wmo305 { public sealed partial class Header : IHeadermodel { } }
namespace Maatwerk.IWmo.Berichten.Model.Wmo307 { public sealed partial class Header : IHeadermodel { } }
namespace Maatwerk.IWmo.Berichten.Model.Wmo315 { public sealed partial class Header : IHeadermodel { } }
namespace Maatwerk.IWmo.Berichten.Model.Wmo317 { public sealed partial class Header : IHeadermodel { } }
namespace Maatwerk.IWmo.Berichten.Model.Wmo319 { public sealed partial class Header : IHeadermodel { } }
namespace Maatwerk.IWmo.Berichten.Model.Wmo323 { public sealed partial class Header : IHeadermodel { } }

namespace Maatwerk.IWmo.Berichten.Model.Wmo305 { public sealed partial class Client : IClientmodel { } }
namespace Maatwerk.IWmo.Berichten.Model.Wmo307 { public sealed partial class Client : IClientmodel { } }
namespace Maatwerk.IWmo.Berichten.Model.Wmo315 { public sealed partial class Client : IClientmodel { } }
