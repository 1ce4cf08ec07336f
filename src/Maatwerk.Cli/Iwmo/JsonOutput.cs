using System.Text.Encodings.Web;
using System.Text.Json;

namespace Maatwerk.Cli.Iwmo;

internal static class JsonOutput
{
    public static void Write(TextWriter uit, IEnumerable<Uitkomst> uitkomsten)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var u in uitkomsten)
            {
                w.WriteStartObject();
                w.WriteString("bestand", u.Bestand);
                if (u.Bericht is null) w.WriteNull("bericht");
                else w.WriteString("bericht", u.Bericht);
                w.WriteBoolean("geldig", u.Geldig);
                w.WriteStartArray("fouten");
                foreach (var f in u.Fouten)
                {
                    w.WriteStartObject();
                    w.WriteString("code", f.Code);
                    w.WriteString("pad", f.Pad);
                    w.WriteString("melding", f.Melding);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        uit.WriteLine(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
    }
}
