using System.Xml;
using Maatwerk.IWmo.Schema.Generated;

namespace Maatwerk.IWmo.Berichten.Declaratie;

/// <summary>Writes a WMO323 as a stream: header and declaration data first, then clients one at a time.</summary>
public sealed class Wmo323Writer : IDisposable
{
    private const string Ns = Wmo323Schema.Ns;
    private readonly XmlWriter _w;

    public Wmo323Writer(Stream uit, DeclaratieKop kop, bool inspringen = false)
    {
        _w = XmlWriter.Create(uit, BerichtWriter.Settings(inspringen));
        _w.WriteStartDocument();
        BerichtWriter.StartRoot(_w, Ns);
        BerichtWriter.Element(_w, Header(kop.Header));
        _w.WriteStartElement("wmo323", "Declaratie", Ns);
        Field("DeclaratieNummer", kop.DeclaratieNummer);
        var periode = new BerichtElement("DeclaratiePeriode", Ns);
        periode.Voeg("Begindatum", Basisschema.Ns, DeclaratiePrestatie.Date(kop.PeriodeBegin));
        periode.Voeg("Einddatum", Basisschema.Ns, DeclaratiePrestatie.Date(kop.PeriodeEind));
        BerichtWriter.Element(_w, periode);
        Field("DeclaratieDagtekening", DeclaratiePrestatie.Date(kop.DeclaratieDagtekening));
        var totaal = new BerichtElement("TotaalIngediendBedrag", Ns);
        totaal.Voeg("TotaalBedrag", Basisschema.Ns, DeclaratiePrestatie.Number(kop.TotaalBedrag));
        totaal.Voeg("DebetCredit", Basisschema.Ns, kop.DebetCredit);
        BerichtWriter.Element(_w, totaal);
        _w.WriteStartElement("wmo323", "Clienten", Ns);
    }

    public static BerichtElement Header(BerichtHeader h, string ns = Ns)
    {
        var header = new BerichtElement("Header", ns);
        header.Voeg("BerichtCode", ns, h.BerichtCode);
        header.Voeg("BerichtVersie", ns, "3");
        header.Voeg("BerichtSubversie", ns, "2");
        header.Voeg("Afzender", ns, h.Afzender);
        header.Voeg("Ontvanger", ns, h.Ontvanger);
        var id = header.Voeg("BerichtIdentificatie", ns);
        id.Voeg("Identificatie", Basisschema.Ns, h.Identificatie);
        id.Voeg("Dagtekening", Basisschema.Ns, DeclaratiePrestatie.Date(h.Dagtekening ?? default));
        var xsd = header.Voeg("XsdVersie", ns);
        xsd.Voeg("BasisschemaXsdVersie", Basisschema.Ns, h.BasisschemaXsdVersie ?? "1.0.0");
        xsd.Voeg("BerichtXsdVersie", Basisschema.Ns, h.BerichtXsdVersie ?? "1.0.0");
        return header;
    }

    public void Client(string bsn, IEnumerable<DeclaratiePrestatie> prestaties)
    {
        _w.WriteStartElement("wmo323", "Client", Ns);
        Field("Bsn", bsn);
        _w.WriteStartElement("wmo323", "Prestaties", Ns);
        foreach (var p in prestaties) BerichtWriter.Element(_w, p.ToElement());
        _w.WriteEndElement();
        _w.WriteEndElement();
    }

    private void Field(string naam, string waarde) => _w.WriteElementString("wmo323", naam, Ns, waarde);

    public void Dispose()
    {
        _w.WriteEndDocument();
        _w.Dispose();
    }
}
