using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Schema;
using Maatwerk.IWmo.Schema.Generated;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Retour;

/// <summary>Builds the retourbericht for a heenbericht: 302 for 301, 306 for 305, … 325 for 323. A technical rejection
/// (0001) gives only the Header with 0001; otherwise every message class that has RetourCodes gets its codes, or 0200
/// when nothing is wrong. The 325 follows TR342: only rejected prestaties are returned.</summary>
public static class RetourGenerator
{
    public static readonly string[] XsdVersie = ["1.0.0", "1.0.0"];

    /// <summary>For all heenberichten except a streamed 323: <paramref name="heen"/> is the full tree.</summary>
    public static BerichtElement Create(BerichtElement heen, IReadOnlyList<Finding> fouten, RetourOptions opties)
    {
        var soort = BerichtCatalog.ByNamespace(heen.Namespace) ?? throw new RetourNotPossibleException("Onbekend berichttype; er kan geen retourbericht worden gemaakt.");
        var retour = soort.Retour ?? throw new RetourNotPossibleException($"{soort.Naam} is zelf een retourbericht; daar hoort geen retourbericht bij.");
        var header = heen.Kind("Header") ?? throw new RetourNotPossibleException("Het bericht heeft geen leesbare Header; er kan geen retourbericht worden gemaakt.");
        var technisch = fouten.Where(f => f.IsTechnisch).ToList();
        var root = new BerichtElement("Bericht", retour.Namespace) { Decl = retour.Root };

        if (soort == BerichtCatalog.Wmo323)
        {
            var indeling = new RetourCodeLayout(fouten, IsPrestatieOrHigher);
            root.Kinderen.Add(Header325(header, retour, opties, technisch.Count > 0 ? ["0001"] : indeling.For("/Bericht/Header")));
            if (technisch.Count == 0)
                root.Kinderen.Add(DeclaratieAntwoord(heen, indeling, retour.Namespace));
            return Link(root);
        }

        var retourTypes = RetourCodePaths(heen, retour.Root);
        var codes = technisch.Count > 0
            ? new RetourCodeLayout([technisch[0] with { Pad = "/Bericht/Header" }], _ => true)
            : new RetourCodeLayout(fouten, retourTypes.Contains);
        var rootType = retour.Root.Complex!;
        root.Kinderen.Add(Copy(header, rootType.Child("Header")!, codes, opties, heenHeader: header));
        if (technisch.Count == 0)
        {
            foreach (var decl in rootType.Children.Skip(1))
                foreach (var k in heen.AlleKinderen(decl.Name))
                    root.Kinderen.Add(Copy(k, decl, codes, opties, header));
        }
        return Link(root);
    }

    private static bool IsPrestatieOrHigher(string pad)
    {
        if (pad is "/Bericht/Header" or "/Bericht/Declaratie") return true;
        var laatste = pad[(pad.LastIndexOf('/') + 1)..];
        return laatste.StartsWith("Client[", StringComparison.Ordinal) || laatste.StartsWith("Prestatie[", StringComparison.Ordinal);
    }

    /// <summary>Paths of heen elements whose retour counterpart has a RetourCodes child.</summary>
    private static HashSet<string> RetourCodePaths(BerichtElement heen, ElementDecl retourRoot)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        void Loop(BerichtElement e, ElementDecl d)
        {
            if (d.Complex is not { } ct) return;
            if (ct.Child("RetourCodes") is not null) set.Add(e.Pad);
            foreach (var k in e.Kinderen)
                if (ct.Child(k.Naam) is { } kd) Loop(k, kd);
        }
        Loop(heen, retourRoot);
        set.Add("/Bericht/Header");
        return set;
    }

    private static BerichtElement Copy(BerichtElement heen, ElementDecl decl, RetourCodeLayout codes, RetourOptions opties, BerichtElement heenHeader)
    {
        var e = new BerichtElement(decl.Name, decl.Namespace, decl.Simple is null ? null : heen.Waarde) { Decl = decl, Volgnummer = heen.Volgnummer };
        if (decl.Complex is not { } ct) return e;
        foreach (var kd in ct.Children)
        {
            switch (kd.Name)
            {
                case "RetourCodes":
                    e.Kinderen.Add(RetourCodes(kd, codes.For(heen.Pad)));
                    continue;
                case "BerichtCode" when heen.Naam == "Header":
                    e.Kinderen.Add(Value(kd, BerichtCatalog.ByNamespace(decl.Namespace)!.BerichtCode));
                    continue;
                case "IdentificatieRetour":
                    e.Kinderen.Add(Value(kd, opties.Identificatie));
                    continue;
                case "DagtekeningRetour":
                    e.Kinderen.Add(Value(kd, Date(opties.Dagtekening)));
                    continue;
                case "XsdVersieRetour":
                    e.Kinderen.Add(Versie(kd));
                    continue;
                case "XsltVersie":
                    continue;
            }
            foreach (var hk in heen.AlleKinderen(kd.Name))
                e.Kinderen.Add(Copy(hk, kd, codes, opties, heenHeader));
        }
        return e;
    }

    private static BerichtElement Header325(BerichtElement heen, BerichtSoort retour, RetourOptions opties, IReadOnlyList<string> codes)
    {
        var ct = retour.Root.Complex!.Child("Header")!.Complex!;
        var ns = retour.Namespace;
        var h = new BerichtElement("Header", ns);
        h.Kinderen.Add(Value(ct.Child("BerichtCode")!, retour.BerichtCode));
        h.Kinderen.Add(Value(ct.Child("BerichtVersie")!, "3"));
        h.Kinderen.Add(Value(ct.Child("BerichtSubversie")!, "2"));
        h.Kinderen.Add(Value(ct.Child("Afzender")!, heen.Text("Ontvanger") ?? ""));
        h.Kinderen.Add(Value(ct.Child("Ontvanger")!, heen.Text("Afzender") ?? ""));
        var id = h.Voeg("BerichtIdentificatie", ns);
        id.Voeg("Identificatie", Basisschema.Ns, opties.Identificatie);
        id.Voeg("Dagtekening", Basisschema.Ns, Date(opties.Dagtekening));
        h.Kinderen.Add(Versie(ct.Child("XsdVersie")!));
        var decl = h.Voeg("DeclaratieIdentificatie", ns);
        decl.Voeg("Identificatie", Basisschema.Ns, heen.Text("BerichtIdentificatie/Identificatie") ?? "");
        decl.Voeg("Dagtekening", Basisschema.Ns, heen.Text("BerichtIdentificatie/Dagtekening") ?? "");
        var xsd = h.Voeg("XsdVersieDeclaratie", ns);
        xsd.Voeg("BasisschemaXsdVersie", Basisschema.Ns, heen.Text("XsdVersie/BasisschemaXsdVersie") ?? "");
        xsd.Voeg("BerichtXsdVersie", Basisschema.Ns, heen.Text("XsdVersie/BerichtXsdVersie") ?? "");
        h.Kinderen.Add(RetourCodes(ct.Child("RetourCodes")!, codes));
        return h;
    }

    /// <summary>325 body: totals and only the rejected prestaties (TR342), grouped by client.</summary>
    private static BerichtElement DeclaratieAntwoord(BerichtElement heen, RetourCodeLayout codes, string ns)
    {
        var declaratie = heen.Kind("Declaratie")!;
        var antwoord = new BerichtElement("DeclaratieAntwoord", ns);
        antwoord.Voeg("DeclaratieNummer", ns, declaratie.Text("DeclaratieNummer"));
        var ingediend = declaratie.Kind("TotaalIngediendBedrag")!;
        antwoord.Kinderen.Add(Rename(ingediend, ns));
        var clienten = new BerichtElement("Clienten", ns);
        long afgewezen = 0;
        foreach (var client in declaratie.Find("Clienten")?.AlleKinderen("Client") ?? [])
        {
            var rc = new BerichtElement("Client", ns);
            rc.Voeg("Bsn", ns, client.Text("Bsn"));
            var prestaties = rc.Voeg("Prestaties", ns);
            foreach (var p in client.Find("Prestaties")!.AlleKinderen("Prestatie"))
            {
                if (!codes.HasCodes(p.Pad)) continue;
                afgewezen += (p.Number("IngediendBedrag/Bedrag") ?? 0) * (p.Text("IngediendBedrag/DebetCredit") == "C" ? -1 : 1);
                var rp = Rename(p, ns);
                var lijst = rp.Voeg("RetourCodes", ns);
                foreach (var c in codes.For(p.Pad)) lijst.Voeg("RetourCode", ns, c);
                prestaties.Kinderen.Add(rp);
            }
            if (prestaties.Kinderen.Count == 0) continue;
            var cl = rc.Voeg("RetourCodes", ns);
            foreach (var c in codes.For(client.Pad)) cl.Voeg("RetourCode", ns, c);
            clienten.Kinderen.Add(rc);
        }
        var totaal = (ingediend.Number("TotaalBedrag") ?? 0) * (ingediend.Text("DebetCredit") == "C" ? -1 : 1);
        var toegekend = antwoord.Voeg("TotaalToegekendBedrag", ns);
        toegekend.Voeg("TotaalBedrag", Basisschema.Ns, Math.Abs(totaal - afgewezen).ToString(System.Globalization.CultureInfo.InvariantCulture));
        toegekend.Voeg("DebetCredit", Basisschema.Ns, totaal - afgewezen < 0 ? "C" : "D");
        if (clienten.Kinderen.Count > 0) antwoord.Kinderen.Add(clienten);
        var ac = antwoord.Voeg("RetourCodes", ns);
        var declCodes = codes.HasCodes("/Bericht/Declaratie") ? codes.For("/Bericht/Declaratie") : clienten.Kinderen.Count == 0 ? ["8001"] : ["0200"];
        foreach (var c in declCodes) ac.Voeg("RetourCode", ns, c);
        return antwoord;
    }

    /// <summary>Copies a heen subtree into the retour namespace (base-schema children keep theirs).</summary>
    private static BerichtElement Rename(BerichtElement e, string ns) =>
        e.Clone(nsMap: n => n == Basisschema.Ns ? n : ns);

    private static BerichtElement RetourCodes(ElementDecl decl, IEnumerable<string> codes)
    {
        var e = new BerichtElement(decl.Name, decl.Namespace) { Decl = decl };
        var kind = decl.Complex!.Children[0];
        foreach (var c in codes) e.Kinderen.Add(Value(kind, c));
        return e;
    }

    private static BerichtElement Value(ElementDecl decl, string waarde) => new(decl.Name, decl.Namespace, waarde) { Decl = decl };

    private static BerichtElement Versie(ElementDecl decl)
    {
        var e = new BerichtElement(decl.Name, decl.Namespace) { Decl = decl };
        e.Voeg("BasisschemaXsdVersie", Basisschema.Ns, XsdVersie[0]);
        e.Voeg("BerichtXsdVersie", Basisschema.Ns, XsdVersie[1]);
        return e;
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static BerichtElement Link(BerichtElement root)
    {
        foreach (var k in root.Kinderen)
        {
            k.Ouder = root;
            Link(k);
        }
        return root;
    }
}
