using Maatwerk.Domain.Organisatiebewijzen;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Verplichtingen;

namespace Maatwerk.Domain.Tests.Organisatiebewijzen;

/// <summary>Insurance, quality certificates and the VOG rechtspersoon per aanbieder (issue 14): which kinds each contract
/// requires (IB-62, IB-36, BSD-50, BSD-51, BSD-61, DEV-B2-Ins, DEV-B2-Qual, DEV-Eis18-g), the minimum cover with its clause,
/// the status on the pinned day (Tue 10 Nov 2026) and the obligations the events produce.</summary>
public class OrganisatiebewijsTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 10);

    private static Organisatiebewijs Polis(DateOnly vanaf, DateOnly tot, decimal? perAanspraak = 2_500_000, decimal? perJaar = 5_000_000,
        Bewijssoort soort = Bewijssoort.Bedrijfsaansprakelijkheid) => new()
    {
        Soort = soort, Uitgever = "Centraal Beheer", Nummer = "AV-123", GeldigVanaf = vanaf, GeldigTot = tot,
        BedragPerAanspraak = perAanspraak, BedragPerJaar = perJaar,
    };

    private static Bewijseis Eis(string profiel, Bewijssoort soort) => Bewijseisen.From(RepoProfiles.Profiel(profiel)).Single(e => e.Soort == soort);

    [Theory]
    [InlineData("voorne-aan-zee-ib", "Bedrijfsaansprakelijkheid:IB-62 Beroepsaansprakelijkheid:IB-62 Kwaliteitscertificaat:IB-36")]
    [InlineData("gooi-vechtstreek-bsd", "Bedrijfsaansprakelijkheid:BSD-50 Beroepsaansprakelijkheid:BSD-51 Kwaliteitscertificaat:BSD-61")]
    [InlineData("deventer-wmo-2023", "Bedrijfsaansprakelijkheid:DEV-B2-Ins Beroepsaansprakelijkheid:DEV-B2-Ins Kwaliteitscertificaat:DEV-B2-Qual VogRechtspersoon:DEV-Eis18-g")]
    [InlineData("oco", "")]
    public void Het_profiel_bepaalt_welke_bewijzen_vereist_zijn_met_de_bepaling(string profiel, string verwacht) =>
        string.Join(" ", Bewijseisen.From(RepoProfiles.Profiel(profiel)).Select(e => $"{e.Soort}:{e.Bron}")).Should().Be(verwacht);

    [Theory]
    [InlineData("voorne-aan-zee-ib", 1_000_000, 2_500_000, "IB-62")]
    [InlineData("gooi-vechtstreek-bsd", null, 2_500_000, "BSD-50")]
    [InlineData("deventer-wmo-2023", 2_500_000, 5_000_000, "DEV-B2-Ins")]
    public void Minimale_dekking_per_profiel(string profiel, int? perAanspraak, int perJaar, string bron)
    {
        var eis = Eis(profiel, Bewijssoort.Bedrijfsaansprakelijkheid);
        eis.MinPerAanspraak?.Waarde.Should().Be(perAanspraak);
        if (perAanspraak is null) eis.MinPerAanspraak.Should().BeNull();
        eis.MinPerJaar!.Waarde.Should().Be(perJaar);
        eis.MinPerJaar.Bron.Should().Be(bron);

        Bewijseisen.Check(Polis(Vandaag, Vandaag.AddYears(1), perAanspraak, perJaar), eis).Should().BeEmpty();
        Bewijseisen.Check(Polis(Vandaag, Vandaag.AddYears(1), perAanspraak, perJaar - 1), eis).Should().ContainSingle()
            .Which.Should().Contain("per verzekeringsjaar").And.Contain(bron).And.Contain(Bewijseisen.Euro(perJaar));
    }

    [Fact]
    public void IB_62_waarschuwt_bij_te_lage_dekking_per_aanspraak_en_bij_een_ontbrekend_bedrag()
    {
        var eis = Eis("voorne-aan-zee-ib", Bewijssoort.Beroepsaansprakelijkheid);
        Bewijseisen.Check(Polis(Vandaag, Vandaag.AddYears(1), 500_000, 2_500_000, Bewijssoort.Beroepsaansprakelijkheid), eis)
            .Should().Equal("Dekking per aanspraak (€ 500.000) is lager dan het minimum van € 1.000.000 (IB-62).");
        Bewijseisen.Check(Polis(Vandaag, Vandaag.AddYears(1), null, 2_500_000, Bewijssoort.Beroepsaansprakelijkheid), eis)
            .Should().Equal("Dekking per aanspraak ontbreekt; IB-62 vraagt minstens € 1.000.000.");
    }

    [Fact]
    public void BSD_51_beroepsaansprakelijkheid_heeft_geen_minimumbedrag() =>
        Bewijseisen.Check(Polis(Vandaag, Vandaag.AddYears(1), 1, 1, Bewijssoort.Beroepsaansprakelijkheid), Eis("gooi-vechtstreek-bsd", Bewijssoort.Beroepsaansprakelijkheid))
            .Should().BeEmpty();

    [Fact]
    public void Status_op_de_vastgezette_dag_geldig_verloopt_binnenkort_verlopen_of_ontbreekt()
    {
        var eis = Eis("gooi-vechtstreek-bsd", Bewijssoort.Bedrijfsaansprakelijkheid);
        Bewijsstatus.For(eis, [Polis(new(2026, 1, 1), new(2026, 12, 31))], Vandaag).Geldigheid.Should().Be(Geldigheid.VerlooptBinnenkort);
        Bewijsstatus.For(eis, [Polis(new(2026, 1, 1), new(2027, 1, 8))], Vandaag).Geldigheid.Should().Be(Geldigheid.VerlooptBinnenkort, "59 dagen");
        Bewijsstatus.For(eis, [Polis(new(2026, 1, 1), new(2027, 1, 9))], Vandaag).Geldigheid.Should().Be(Geldigheid.Geldig, "60 dagen");
        var verlopen = Bewijsstatus.For(eis, [Polis(new(2025, 1, 1), new(2026, 11, 9))], Vandaag);
        verlopen.Geldigheid.Should().Be(Geldigheid.Verlopen);
        verlopen.GeldigTot.Should().Be(new DateOnly(2026, 11, 9));
        verlopen.Tekst.Should().Be("verlopen");
        Bewijsstatus.For(eis, [], Vandaag).Geldigheid.Should().Be(Geldigheid.Ontbreekt);
        Bewijsstatus.For(eis, [Polis(new(2026, 12, 1), new(2027, 12, 1))], Vandaag).Geldigheid.Should().Be(Geldigheid.Ontbreekt, "nog niet ingegaan");
    }

    [Fact]
    public void Een_vooraf_geregistreerde_verlenging_houdt_het_bewijs_geldig()
    {
        var eis = Eis("gooi-vechtstreek-bsd", Bewijssoort.Kwaliteitscertificaat);
        var oud = Polis(new(2024, 1, 1), new(2026, 12, 31), null, null, Bewijssoort.Kwaliteitscertificaat);
        var nieuw = Polis(new(2027, 1, 1), new(2029, 12, 31), null, null, Bewijssoort.Kwaliteitscertificaat);
        var status = Bewijsstatus.For(eis, [oud, nieuw], Vandaag);
        status.Geldigheid.Should().Be(Geldigheid.Geldig);
        status.GeldigTot.Should().Be(new DateOnly(2029, 12, 31));
    }

    [Fact]
    public void De_status_noemt_een_te_lage_dekking_van_de_geldige_polis()
    {
        var status = Bewijsstatus.For(Eis("voorne-aan-zee-ib", Bewijssoort.Bedrijfsaansprakelijkheid), [Polis(new(2026, 1, 1), new(2027, 6, 30), 1_000_000, 2_000_000)], Vandaag);
        status.Geldigheid.Should().Be(Geldigheid.Geldig);
        status.Waarschuwingen.Should().ContainSingle().Which.Should().Contain("IB-62");
    }

    [Fact]
    public void DEV_Eis18_g_de_VOG_rechtspersoon_is_3_jaar_geldig_vanaf_de_afgifte()
    {
        var eis = Eis("deventer-wmo-2023", Bewijssoort.VogRechtspersoon);
        eis.GeldigheidMaanden!.Waarde.Should().Be(36);
        var vog = new Organisatiebewijs { Soort = Bewijssoort.VogRechtspersoon, Uitgever = "Justis", GeldigVanaf = new(2023, 11, 10) };
        Bewijseisen.GeldigTot(vog, eis).Should().Be(new DateOnly(2026, 11, 9));
        Bewijsstatus.For(eis, [vog], Vandaag).Geldigheid.Should().Be(Geldigheid.Verlopen);
        vog.GeldigVanaf = new(2024, 1, 8);
        Bewijsstatus.For(eis, [vog], Vandaag).Geldigheid.Should().Be(Geldigheid.VerlooptBinnenkort);
    }

    [Fact]
    public void Invoer_zonder_verzekeraar_of_vervaldatum_wordt_geweigerd_met_het_veld()
    {
        var bewijs = new Organisatiebewijs { Soort = Bewijssoort.Bedrijfsaansprakelijkheid, GeldigVanaf = Vandaag };
        bewijs.Validate(Vandaag).Select(f => f.Field).Should().BeEquivalentTo(["Uitgever", "GeldigTot"]);
        new Organisatiebewijs { Soort = Bewijssoort.Kwaliteitscertificaat, Uitgever = "Kiwa", GeldigVanaf = Vandaag, GeldigTot = Vandaag.AddDays(-1), BedragPerJaar = 5 }
            .Validate(Vandaag).Select(f => f.Field).Should().BeEquivalentTo(["GeldigTot", "BedragPerJaar"]);
        new Organisatiebewijs { Soort = Bewijssoort.VogRechtspersoon, Uitgever = "Justis", GeldigVanaf = Vandaag.AddDays(1) }
            .Validate(Vandaag).Should().ContainSingle(f => f.Field == "GeldigVanaf");
    }

    [Theory]
    [InlineData("voorne-aan-zee-ib", "verzekering-verloopt", "IB-62-verlengen")]
    [InlineData("voorne-aan-zee-ib", "certificaat-verloopt", "IB-36-verlengen")]
    [InlineData("gooi-vechtstreek-bsd", "certificaat-verloopt", "BSD-61")]
    [InlineData("gooi-vechtstreek-bsd", "verzekering-verloopt", "BSD-50-verlengen")]
    [InlineData("deventer-wmo-2023", "verzekering-verloopt", "MR-73-verlengen")]
    [InlineData("deventer-wmo-2023", "certificaat-verloopt", "MR-74")]
    public void Het_verlopen_van_een_bewijs_geeft_een_verplichting_die_de_verlenging_voldoet(string profiel, string verloopt, string regel)
    {
        var engine = new VerplichtingenEngine(RepoProfiles.Profiel(profiel));
        var onderwerp = new Onderwerp(OrganisatiebewijsGebeurtenis.Onderwerp, Guid.NewGuid().ToString());
        var verlengd = verloopt == OrganisatiebewijsGebeurtenis.CertificaatVerloopt ? OrganisatiebewijsGebeurtenis.CertificaatVerlengd : OrganisatiebewijsGebeurtenis.VerzekeringVerlengd;
        var vervalt = Gebeurtenis.On(verloopt, new DateOnly(2026, 12, 31), onderwerp, "v");
        var open = engine.Evaluate([vervalt], Vandaag).Single(v => v.RegelId == regel);
        open.Deadline.Datum.Should().Be(new DateOnly(2026, 12, 30));
        open.Status.Should().Be(VerplichtingStatus.Open);
        var voldaan = engine.Evaluate([vervalt, Gebeurtenis.On(verlengd, Vandaag, onderwerp, "n")], Vandaag).Single(v => v.RegelId == regel);
        voldaan.Status.Should().Be(VerplichtingStatus.Voldaan);
        // A renewal of another record does not count.
        engine.Evaluate([vervalt, Gebeurtenis.On(verlengd, Vandaag, onderwerp with { Id = Guid.NewGuid().ToString() }, "x")], Vandaag)
            .Single(v => v.RegelId == regel).Status.Should().Be(VerplichtingStatus.Open);
    }

    [Fact]
    public void De_gebeurtenissen_per_soort_en_de_datum_van_verlenging()
    {
        OrganisatiebewijsGebeurtenis.Verloopt(Bewijssoort.Beroepsaansprakelijkheid).Should().Be("verzekering-verloopt");
        OrganisatiebewijsGebeurtenis.Verlengd(Bewijssoort.Kwaliteitscertificaat).Should().Be("certificaat-verlengd");
        OrganisatiebewijsGebeurtenis.Verloopt(Bewijssoort.VogRechtspersoon).Should().BeNull();
        var eerder = new DateOnly(2026, 1, 5);
        OrganisatiebewijsGebeurtenis.VerlengdOp(Polis(new(2027, 1, 1), new(2028, 1, 1)), Vandaag, eerder).Should().Be(Vandaag);
        OrganisatiebewijsGebeurtenis.VerlengdOp(Polis(new(2026, 10, 1), new(2027, 10, 1)), Vandaag, eerder).Should().Be(new DateOnly(2026, 10, 1));
        OrganisatiebewijsGebeurtenis.VerlengdOp(Polis(new(2025, 10, 1), new(2026, 10, 1)), Vandaag, eerder).Should().Be(eerder, "niet vóór het bekend worden van de oude vervaldatum");
        foreach (var profiel in new[] { "voorne-aan-zee-ib", "gooi-vechtstreek-bsd", "deventer-wmo-2023" })
            foreach (var soort in new[] { "verzekering-verloopt", "verzekering-verlengd", "certificaat-verloopt", "certificaat-verlengd" })
                RepoProfiles.Profiel(profiel).KnowsGebeurtenis(soort).Should().BeTrue($"{profiel} kent {soort}");
    }

    [Fact]
    public void De_parameters_van_de_profielen_zijn_bruikbaar() =>
        RepoProfiles.Ids.SelectMany(id => Bewijseisen.Controleer(RepoProfiles.Profiel(id))).Should().BeEmpty();
}
