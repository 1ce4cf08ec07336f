using Maatwerk.Domain.Declaraties;
using Basis = Maatwerk.IWmo.Berichten.Model.Basis;
using Wmo325 = Maatwerk.IWmo.Berichten.Model.Wmo325;

namespace Maatwerk.Domain.Tests.Declaraties;

/// <summary>Applying a WMO325 to the lines of its WMO323 (TR342), and the aanbieder's credits and new debits (IV085,
/// IV091, TR390, OP366).</summary>
public sealed class DeclaratieAntwoordTests
{
    private static readonly DateTimeOffset Nu = new(2026, 11, 10, 8, 30, 0, TimeSpan.Zero);

    private static Prestatie Regel(string referentie, long bedrag, bool credit = false, string? vorig = null) => new()
    {
        ReferentieNummer = referentie, ToewijzingNummer = "123", Bsn = "999999999", ProductCategorie = "10", ProductCode = "10A01",
        Begindatum = new(2026, 10, 1), Einddatum = new(2026, 10, 31), GeleverdVolume = 60, Eenheid = "01", ProductTarief = 107, Bedrag = bedrag,
        Credit = credit, VorigReferentieNummer = vorig, Status = PrestatieStatus.Ingediend,
    };

    private static Wmo325.Bericht Antwoord(string declaratie, long ingediend, long toegekend, params (string Ref, long Bedrag, string Code)[] afgewezen) => new()
    {
        Header = new Wmo325.Header
        {
            BerichtIdentificatie = new Basis.BerichtIdentificatie { Identificatie = "R1" },
            DeclaratieIdentificatie = new Basis.BerichtIdentificatie { Identificatie = declaratie },
            RetourCodes = new Wmo325.RetourCodes { RetourCode = ["0200"] },
        },
        DeclaratieAntwoord = new Wmo325.DeclaratieAntwoord
        {
            DeclaratieNummer = declaratie,
            TotaalIngediendBedrag = new Basis.TotaalBedragMetDC { TotaalBedrag = Math.Abs(ingediend), DebetCredit = ingediend < 0 ? "C" : "D" },
            TotaalToegekendBedrag = new Basis.TotaalBedragMetDC { TotaalBedrag = Math.Abs(toegekend), DebetCredit = toegekend < 0 ? "C" : "D" },
            Clienten = afgewezen.Length == 0 ? null : new Wmo325.Clienten
            {
                Client = [new Wmo325.Client { Bsn = "999999999", Prestaties = new Wmo325.Prestaties { Prestatie = afgewezen.Select(a => new Wmo325.Prestatie
                {
                    ProductReferentie = new Basis.Referentie { ReferentieNummer = a.Ref },
                    IngediendBedrag = new Basis.BedragMetDC { Bedrag = a.Bedrag, DebetCredit = "D" },
                    RetourCodes = new Wmo325.RetourCodes { RetourCode = [a.Code] },
                }).ToList() } }],
            },
            RetourCodes = new Wmo325.RetourCodes { RetourCode = [afgewezen.Length == 0 ? "8001" : "0200"] },
        },
    };

    [Fact]
    public void TR342_lines_not_in_the_325_are_granted_the_returned_ones_rejected_with_their_codes()
    {
        var regels = new List<Prestatie> { Regel("A1", 6420), Regel("A2", 3000) };
        var uitkomst = DeclaratieAntwoordVerwerking.Apply(Antwoord("D1", 9420, 3000, ("A1", 6420, "0611")), "D1", regels, new HashSet<Guid>(), _ => null, Nu);
        uitkomst.Errors.Should().BeEmpty();
        regels[0].Status.Should().Be(PrestatieStatus.Afgewezen);
        regels[0].Codes.Should().Equal("0611");
        regels[1].Status.Should().Be(PrestatieStatus.Toegekend);
        regels.Should().OnlyContain(r => r.RetourIdentificatie == "R1" && r.BeoordeeldOp == Nu);
    }

    [Fact]
    public void The_same_325_twice_changes_nothing()
    {
        var regels = new List<Prestatie> { Regel("A1", 6420) };
        DeclaratieAntwoordVerwerking.Apply(Antwoord("D1", 6420, 0, ("A1", 6420, "0611")), "D1", regels, new HashSet<Guid>(), _ => null, Nu);
        var tweede = DeclaratieAntwoordVerwerking.Apply(Antwoord("D1", 6420, 0, ("A1", 6420, "0611")), "D1", regels, new HashSet<Guid>(), _ => null, Nu.AddDays(1));
        tweede.Unchanged.Should().BeTrue();
        regels[0].BeoordeeldOp.Should().Be(Nu);
    }

    [Fact]
    public void TR342_a_granted_total_that_is_not_submitted_minus_rejected_is_refused_and_nothing_changes()
    {
        var regels = new List<Prestatie> { Regel("A1", 6420), Regel("A2", 3000) };
        var uitkomst = DeclaratieAntwoordVerwerking.Apply(Antwoord("D1", 9420, 9420, ("A1", 6420, "0611")), "D1", regels, new HashSet<Guid>(), _ => null, Nu);
        uitkomst.Errors.Should().ContainSingle(e => e.Field == "DeclaratieAntwoord.TotaalToegekendBedrag").Which.Message.Should().Contain("TR342");
        regels.Should().OnlyContain(r => r.Status == PrestatieStatus.Ingediend);
    }

    [Fact]
    public void A_rejected_reference_that_is_not_a_line_of_the_declaration_is_refused_naming_the_field()
    {
        var regels = new List<Prestatie> { Regel("A1", 6420) };
        var uitkomst = DeclaratieAntwoordVerwerking.Apply(Antwoord("D1", 6420, 0, ("ONBEKEND", 6420, "0611")), "D1", regels, new HashSet<Guid>(), _ => null, Nu);
        uitkomst.Errors.Should().Contain(e => e.Field == "Clienten.Client[1].Prestaties.Prestatie[1].ProductReferentie.ReferentieNummer" && e.Message.Contains("ONBEKEND"));
    }

    [Fact]
    public void A_technical_rejection_rejects_every_line()
    {
        var regels = new List<Prestatie> { Regel("A1", 6420), Regel("A2", 3000) };
        var antwoord = Antwoord("D1", 9420, 0);
        antwoord.Header.RetourCodes.RetourCode = ["0001"];
        antwoord.DeclaratieAntwoord = null;
        DeclaratieAntwoordVerwerking.Apply(antwoord, "D1", regels, new HashSet<Guid>(), _ => null, Nu).Errors.Should().BeEmpty();
        regels.Should().OnlyContain(r => r.Status == PrestatieStatus.Afgewezen && r.Retourcodes == "0001");
    }

    [Fact]
    public void A_granted_credit_marks_its_original_gecrediteerd()
    {
        var origineel = Regel("A1", 6420);
        origineel.Status = PrestatieStatus.Toegekend;
        var credit = Regel("C1", 6420, credit: true, vorig: "A1");
        DeclaratieAntwoordVerwerking.Apply(Antwoord("D2", -6420, -6420), "D2", [credit], new HashSet<Guid>(), r => r == "A1" ? origineel : null, Nu).Errors.Should().BeEmpty();
        credit.Status.Should().Be(PrestatieStatus.Toegekend);
        origineel.Status.Should().Be(PrestatieStatus.Gecrediteerd);
    }

    [Fact]
    public void IV085_only_a_granted_line_is_credited_and_IV091_the_credit_copies_it_with_a_new_reference()
    {
        var afgewezen = Regel("A1", 6420);
        afgewezen.Status = PrestatieStatus.Afgewezen;
        Prestatiecorrectie.Credit(afgewezen, [], "N1", "x", Nu).Error!.Message.Should().Contain("IV085");
        var ingediend = Regel("A2", 6420);
        Prestatiecorrectie.Credit(ingediend, [], "N1", "x", Nu).Error!.Message.Should().Contain("IV085");

        var toegekend = Regel("A3", 6420);
        toegekend.Status = PrestatieStatus.Toegekend;
        var (credit, error) = Prestatiecorrectie.Credit(toegekend, [], "N1", "x", Nu);
        error.Should().BeNull();
        credit!.Should().BeEquivalentTo(new { ReferentieNummer = "N1", VorigReferentieNummer = "A3", Credit = true, Bedrag = 6420L, GeleverdVolume = 60L, ProductTarief = 107L,
            Status = PrestatieStatus.TeVerzenden, toegekend.ProductCode, toegekend.Begindatum, toegekend.Einddatum, toegekend.ToewijzingNummer });
    }

    [Fact]
    public void TR390_a_line_is_credited_once()
    {
        var toegekend = Regel("A1", 6420);
        toegekend.Status = PrestatieStatus.Toegekend;
        var (credit, _) = Prestatiecorrectie.Credit(toegekend, [], "N1", "x", Nu);
        Prestatiecorrectie.Credit(toegekend, [credit!], "N2", "x", Nu).Error!.Message.Should().Contain("TR390");
        toegekend.Status = PrestatieStatus.Gecrediteerd;
        Prestatiecorrectie.Credit(toegekend, [], "N2", "x", Nu).Error!.Message.Should().Contain("TR390");
        // A credit the gemeente rejected does not count: the line can be credited again.
        credit!.Status = PrestatieStatus.Afgewezen;
        toegekend.Status = PrestatieStatus.Toegekend;
        Prestatiecorrectie.Credit(toegekend, [credit], "N3", "x", Nu).Error.Should().BeNull();
    }

    [Fact]
    public void OP366_a_granted_line_is_declared_again_only_after_its_credit_and_the_credit_goes_first()
    {
        var toegekend = Regel("A1", 6420);
        toegekend.Status = PrestatieStatus.Toegekend;
        var correctie = Prestatiecorrectie.Bereken("01", 60, 62.40m);
        Prestatiecorrectie.Redeclare(toegekend, [], correctie, "N1", "x", Nu).Error!.Message.Should().Contain("OP366");
        var (credit, _) = Prestatiecorrectie.Credit(toegekend, [], "C1", "x", Nu);
        var (debet, error) = Prestatiecorrectie.Redeclare(toegekend, [credit!], correctie, "N1", "x", Nu.AddMinutes(-5));
        error.Should().BeNull();
        Prestatiecorrectie.Order([debet!, credit!]).Select(r => r.ReferentieNummer).Should().Equal("C1", "N1");
    }

    [Fact]
    public void A_rejected_line_is_declared_again_with_the_corrected_tariff_per_IV081_and_only_once()
    {
        var afgewezen = Regel("A1", 6420);
        afgewezen.Status = PrestatieStatus.Afgewezen;
        var correctie = Prestatiecorrectie.Bereken("01", 60, 62.40m);
        (correctie.ProductTarief, correctie.Bedrag).Should().Be((104L, 6240L));
        var (debet, error) = Prestatiecorrectie.Redeclare(afgewezen, [], correctie, "N1", "x", Nu);
        error.Should().BeNull();
        debet!.Should().BeEquivalentTo(new { Credit = false, VorigReferentieNummer = (string?)null, CorrectieVan = afgewezen.Id, ProductTarief = 104L, Bedrag = 6240L, Status = PrestatieStatus.TeVerzenden });
        Prestatiecorrectie.Redeclare(afgewezen, [debet!], correctie, "N2", "x", Nu).Error!.Message.Should().Contain("al opnieuw gedeclareerd");
        Prestatiecorrectie.Bereken("04", 3, 62.40m).Should().Be(new Prestatiecorrectie.Correctie(3, 6240, 18720));
    }

    [Fact]
    public void The_0611_explanation_names_the_contract_tariff_and_the_declared_tariff_per_hour()
    {
        var r = Regel("A1", 6420);
        var uitleg = RetourcodeUitleg.For("0611", r, 62.40m);
        uitleg.Omschrijving.Should().Be("Het ingediende tarief komt niet overeen met het contractuele tarief");
        uitleg.Actie.Should().Be("Contracttarief € 62,40 per uur, gedeclareerd € 64,20 per uur — corrigeer het tarief en declareer opnieuw.");
    }
}
