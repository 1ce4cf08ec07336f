using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Verwerking;

namespace Maatwerk.IWmo.Tests.Retour;

/// <summary>Starts and stops must follow each other on an allocation (berichtoverstijgende regels TR074, TR326, TR382,
/// TR413, TR414, TR415), checked against the delivery state the context knows; official example messages.</summary>
public class StartStopVolgordeTests
{
    private static readonly DateOnly Begin = new(2025, 4, 3);

    private static IReadOnlyList<IWmo.Validatie.Fout> Fouten(string voorbeeld, LeveringStand? stand300201)
    {
        var context = new InMemoryBerichtContext();
        var heen = BerichtLezer.Lees(File.ReadAllBytes(Pakket.Voorbeeld(voorbeeld))).Bericht!;
        var (gemeente, aanbieder, bsn) = (heen.Tekst("Header/Ontvanger")!, heen.Tekst("Header/Afzender")!, heen.Tekst("Client/Bsn")!);
        context.RegistreerToewijzing(new(gemeente, aanbieder, bsn, "300201", "02", null, new DateOnly(2025, 1, 1), null, null, stand300201));
        var goed = voorbeeld == "305" ? new LeveringStand(null, false, null, null) : new LeveringStand(new DateOnly(2025, 4, 15), true, null, null);
        context.RegistreerToewijzing(new(gemeente, aanbieder, bsn, "300202", "02", null, new DateOnly(2025, 1, 1), null, null, goed));
        return new BerichtVerwerker(context, VasteKlok.Standaard).Verwerk(File.ReadAllBytes(Pakket.Voorbeeld(voorbeeld))).Validatie.Fouten;
    }

    [Fact]
    public void A_first_start_and_a_start_after_a_temporary_stop_are_accepted()
    {
        Fouten("305", new LeveringStand(null, false, null, null)).Should().BeEmpty();
        Fouten("305", new LeveringStand(new DateOnly(2025, 1, 6), false, "20", new DateOnly(2025, 2, 28))).Should().BeEmpty();
    }

    [Fact]
    public void A_start_while_delivery_runs_is_a_repeat_9074_or_one_too_many_9326()
    {
        Fouten("305", new LeveringStand(Begin, true, null, null)).Should().ContainSingle().Which.Retourcode.Should().Be("9074");
        var fout = Fouten("305", new LeveringStand(new DateOnly(2025, 1, 6), true, null, null)).Should().ContainSingle().Subject;
        (fout.Code, fout.Retourcode).Should().Be(("TR326", "9326"));
        fout.Pad.Should().Contain("StartProduct[1]");
    }

    [Fact]
    public void A_stop_takes_over_the_key_of_the_current_start_TR382()
    {
        Fouten("307", new LeveringStand(Begin, true, null, null)).Should().BeEmpty();
        Fouten("307", new LeveringStand(null, false, null, null)).Should().ContainSingle(f => f.Code == "TR382" && f.Retourcode == "9069" && f.Melding.Contains("geen start"));
        Fouten("307", new LeveringStand(new DateOnly(2025, 4, 1), true, null, null)).Should().ContainSingle(f => f.Code == "TR382" && f.Melding.Contains("wijkt af"));
    }

    [Fact]
    public void After_a_temporary_stop_only_a_definitive_stop_on_the_same_or_a_later_day_TR413_TR414_TR415()
    {
        Fouten("307", new LeveringStand(Begin, false, "20", new DateOnly(2025, 7, 18))).Should().BeEmpty("reden 31 makes the temporary stop definitive");
        Fouten("307", new LeveringStand(Begin, false, "20", new DateOnly(2025, 7, 20))).Should().ContainSingle(f => f.Code == "TR414" && f.Retourcode == "9414");
        Fouten("307", new LeveringStand(Begin, false, "19", new DateOnly(2025, 7, 18))).Should().ContainSingle(f => f.Code == "TR415" && f.Retourcode == "9415");
    }

    [Fact]
    public void A_second_temporary_stop_is_refused_TR413()
    {
        var xml = File.ReadAllText(Pakket.Voorbeeld("307")).Replace(">31</wmo307:RedenBeeindiging>", ">20</wmo307:RedenBeeindiging>");
        var context = new InMemoryBerichtContext();
        var heen = BerichtLezer.Lees(System.Text.Encoding.UTF8.GetBytes(xml)).Bericht!;
        foreach (var (nummer, begin) in new[] { ("300201", Begin), ("300202", new DateOnly(2025, 4, 15)) })
            context.RegistreerToewijzing(new(heen.Tekst("Header/Ontvanger")!, heen.Tekst("Header/Afzender")!, heen.Tekst("Client/Bsn")!, nummer, "02", null,
                new DateOnly(2025, 1, 1), null, null, new LeveringStand(begin, false, "20", new DateOnly(2025, 7, 18))));
        new BerichtVerwerker(context, VasteKlok.Standaard).Verwerk(System.Text.Encoding.UTF8.GetBytes(xml)).Validatie.Fouten
            .Should().HaveCount(2).And.OnlyContain(f => f.Code == "TR413" && f.Retourcode == "9413");
    }

    [Fact]
    public void A_context_that_does_not_track_deliveries_checks_only_the_allocation()
    {
        Fouten("307", null).Should().BeEmpty();
    }

    private static IReadOnlyList<IWmo.Validatie.Fout> Verwijderen(string voorbeeld, LeveringStand stand300201)
    {
        var xml = File.ReadAllText(Pakket.Voorbeeld(voorbeeld)).Replace("StatusAanlevering>1<", "StatusAanlevering>3<");
        var context = new InMemoryBerichtContext();
        var heen = BerichtLezer.Lees(System.Text.Encoding.UTF8.GetBytes(xml)).Bericht!;
        var (gemeente, aanbieder, bsn) = (heen.Tekst("Header/Ontvanger")!, heen.Tekst("Header/Afzender")!, heen.Tekst("Client/Bsn")!);
        context.RegistreerToewijzing(new(gemeente, aanbieder, bsn, "300201", "02", null, new DateOnly(2025, 1, 1), null, null, stand300201));
        var tweede = voorbeeld == "305" ? new LeveringStand(new DateOnly(2025, 4, 4), true, null, null) : new LeveringStand(new DateOnly(2025, 4, 15), false, "31", new DateOnly(2025, 7, 18));
        context.RegistreerToewijzing(new(gemeente, aanbieder, bsn, "300202", "02", null, new DateOnly(2025, 1, 1), null, null, tweede));
        return new BerichtVerwerker(context, VasteKlok.Standaard).Verwerk(System.Text.Encoding.UTF8.GetBytes(xml)).Validatie.Fouten;
    }

    [Fact]
    public void A_start_is_withdrawn_only_while_it_is_current_and_has_no_stop_TR063_TR071()
    {
        Verwijderen("305", new LeveringStand(Begin, true, null, null)).Should().BeEmpty();
        Verwijderen("305", new LeveringStand(null, false, null, null)).Should().ContainSingle(f => f.Code == "TR063" && f.Retourcode == "9063");
        Verwijderen("305", new LeveringStand(new DateOnly(2025, 1, 6), true, null, null)).Should().ContainSingle(f => f.Code == "TR063");
        Verwijderen("305", new LeveringStand(Begin, false, "31", new DateOnly(2025, 7, 18))).Should().ContainSingle(f => f.Code == "TR071" && f.Retourcode == "9071");
    }

    [Fact]
    public void A_stop_is_withdrawn_only_if_it_was_received_TR063()
    {
        Verwijderen("307", new LeveringStand(Begin, false, "31", new DateOnly(2025, 7, 18))).Should().BeEmpty();
        Verwijderen("307", new LeveringStand(Begin, true, null, null)).Should().ContainSingle(f => f.Code == "TR063" && f.Retourcode == "9063");
    }
}

/// <summary>TR381 (S329): a ProductCode must be on the gemeente's product code list, as far as the context knows it.</summary>
public class ProductcodelijstTests
{
    private sealed class Lijst(Func<string, string, string, bool?> bekend) : IBerichtContext
    {
        private readonly InMemoryBerichtContext _basis = new();
        public byte[]? EerderAntwoord(BerichtSleutel sleutel) => _basis.EerderAntwoord(sleutel);
        public void BewaarAntwoord(BerichtSleutel sleutel, byte[] retour) => _basis.BewaarAntwoord(sleutel, retour);
        public ToewijzingGegevens? ZoekToewijzing(string gemeente, string aanbieder, string nummer) => _basis.ZoekToewijzing(gemeente, aanbieder, nummer);
        public void RegistreerToewijzing(ToewijzingGegevens toewijzing) => _basis.RegistreerToewijzing(toewijzing);
        public string NieuweIdentificatie() => _basis.NieuweIdentificatie();
        public bool? ProductcodeBekend(string gemeente, string categorie, string code) => bekend(gemeente, categorie, code);
    }

    [Fact]
    public void A_code_off_the_gemeentes_list_is_answered_with_S329_per_product()
    {
        var xml = File.ReadAllBytes(Pakket.Voorbeeld("301"));
        var heen = BerichtLezer.Lees(xml).Bericht!;
        var gemeente = heen.Tekst("Header/Afzender")!;
        var codes = heen.Zoek("Client/ToegewezenProducten")!.Kinderen.Select(p => p.Tekst("Product/Code")).Where(c => c is not null).ToList();
        codes.Should().NotBeEmpty("the official example allocates products with a code");
        string? gevraagd = null;
        var fouten = new BerichtVerwerker(new Lijst((g, _, c) => { gevraagd = g; return c != codes[0]; }), VasteKlok.Standaard).Verwerk(xml).Validatie.Fouten;
        gevraagd.Should().Be(gemeente, "the list of a 301 is the sender's");
        fouten.Should().OnlyContain(f => f.Code == "TR381" && f.Retourcode == "S329").And.HaveCount(codes.Count(c => c == codes[0]));
        new BerichtVerwerker(new Lijst((_, _, _) => null), VasteKlok.Standaard).Verwerk(xml).Validatie.Fouten.Should().BeEmpty("an unknown list is not checked");
    }
}
