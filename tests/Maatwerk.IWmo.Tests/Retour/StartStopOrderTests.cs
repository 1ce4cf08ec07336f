using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Verwerking;

namespace Maatwerk.IWmo.Tests.Retour;

/// <summary>Starts and stops must follow each other on an allocation (berichtoverstijgende regels TR074, TR326, TR382,
/// TR413, TR414, TR415), checked against the delivery state the context knows; official example messages.</summary>
public class StartStopOrderTests
{
    private static readonly DateOnly Begin = new(2025, 4, 3);

    private static IReadOnlyList<IWmo.Validatie.Finding> Errors(string voorbeeld, LeveringState? stand300201)
    {
        var context = new InMemoryBerichtContext();
        var heen = BerichtReader.Read(File.ReadAllBytes(Package.Example(voorbeeld))).Bericht!;
        var (gemeente, aanbieder, bsn) = (heen.Text("Header/Ontvanger")!, heen.Text("Header/Afzender")!, heen.Text("Client/Bsn")!);
        context.RegisterToewijzing(new(gemeente, aanbieder, bsn, "300201", "02", null, new DateOnly(2025, 1, 1), null, null, stand300201));
        var goed = voorbeeld == "305" ? new LeveringState(null, false, null, null) : new LeveringState(new DateOnly(2025, 4, 15), true, null, null);
        context.RegisterToewijzing(new(gemeente, aanbieder, bsn, "300202", "02", null, new DateOnly(2025, 1, 1), null, null, goed));
        return new BerichtProcessor(context, FixedClock.Standaard).Process(File.ReadAllBytes(Package.Example(voorbeeld))).Validatie.Fouten;
    }

    [Fact]
    public void A_first_start_and_a_start_after_a_temporary_stop_are_accepted()
    {
        Errors("305", new LeveringState(null, false, null, null)).Should().BeEmpty();
        Errors("305", new LeveringState(new DateOnly(2025, 1, 6), false, "20", new DateOnly(2025, 2, 28))).Should().BeEmpty();
    }

    [Fact]
    public void A_start_while_delivery_runs_is_a_repeat_9074_or_one_too_many_9326()
    {
        Errors("305", new LeveringState(Begin, true, null, null)).Should().ContainSingle().Which.Retourcode.Should().Be("9074");
        var fout = Errors("305", new LeveringState(new DateOnly(2025, 1, 6), true, null, null)).Should().ContainSingle().Subject;
        (fout.Code, fout.Retourcode).Should().Be(("TR326", "9326"));
        fout.Pad.Should().Contain("StartProduct[1]");
    }

    [Fact]
    public void A_stop_takes_over_the_key_of_the_current_start_TR382()
    {
        Errors("307", new LeveringState(Begin, true, null, null)).Should().BeEmpty();
        Errors("307", new LeveringState(null, false, null, null)).Should().ContainSingle(f => f.Code == "TR382" && f.Retourcode == "9069" && f.Melding.Contains("geen start"));
        Errors("307", new LeveringState(new DateOnly(2025, 4, 1), true, null, null)).Should().ContainSingle(f => f.Code == "TR382" && f.Melding.Contains("wijkt af"));
    }

    [Fact]
    public void After_a_temporary_stop_only_a_definitive_stop_on_the_same_or_a_later_day_TR413_TR414_TR415()
    {
        Errors("307", new LeveringState(Begin, false, "20", new DateOnly(2025, 7, 18))).Should().BeEmpty("reden 31 makes the temporary stop definitive");
        Errors("307", new LeveringState(Begin, false, "20", new DateOnly(2025, 7, 20))).Should().ContainSingle(f => f.Code == "TR414" && f.Retourcode == "9414");
        Errors("307", new LeveringState(Begin, false, "19", new DateOnly(2025, 7, 18))).Should().ContainSingle(f => f.Code == "TR415" && f.Retourcode == "9415");
    }

    [Fact]
    public void A_second_temporary_stop_is_refused_TR413()
    {
        var xml = File.ReadAllText(Package.Example("307")).Replace(">31</wmo307:RedenBeeindiging>", ">20</wmo307:RedenBeeindiging>");
        var context = new InMemoryBerichtContext();
        var heen = BerichtReader.Read(System.Text.Encoding.UTF8.GetBytes(xml)).Bericht!;
        foreach (var (nummer, begin) in new[] { ("300201", Begin), ("300202", new DateOnly(2025, 4, 15)) })
            context.RegisterToewijzing(new(heen.Text("Header/Ontvanger")!, heen.Text("Header/Afzender")!, heen.Text("Client/Bsn")!, nummer, "02", null,
                new DateOnly(2025, 1, 1), null, null, new LeveringState(begin, false, "20", new DateOnly(2025, 7, 18))));
        new BerichtProcessor(context, FixedClock.Standaard).Process(System.Text.Encoding.UTF8.GetBytes(xml)).Validatie.Fouten
            .Should().HaveCount(2).And.OnlyContain(f => f.Code == "TR413" && f.Retourcode == "9413");
    }

    [Fact]
    public void A_context_that_does_not_track_deliveries_checks_only_the_allocation()
    {
        Errors("307", null).Should().BeEmpty();
    }

    private static IReadOnlyList<IWmo.Validatie.Finding> Remove(string voorbeeld, LeveringState stand300201)
    {
        var xml = File.ReadAllText(Package.Example(voorbeeld)).Replace("StatusAanlevering>1<", "StatusAanlevering>3<");
        var context = new InMemoryBerichtContext();
        var heen = BerichtReader.Read(System.Text.Encoding.UTF8.GetBytes(xml)).Bericht!;
        var (gemeente, aanbieder, bsn) = (heen.Text("Header/Ontvanger")!, heen.Text("Header/Afzender")!, heen.Text("Client/Bsn")!);
        context.RegisterToewijzing(new(gemeente, aanbieder, bsn, "300201", "02", null, new DateOnly(2025, 1, 1), null, null, stand300201));
        var tweede = voorbeeld == "305" ? new LeveringState(new DateOnly(2025, 4, 4), true, null, null) : new LeveringState(new DateOnly(2025, 4, 15), false, "31", new DateOnly(2025, 7, 18));
        context.RegisterToewijzing(new(gemeente, aanbieder, bsn, "300202", "02", null, new DateOnly(2025, 1, 1), null, null, tweede));
        return new BerichtProcessor(context, FixedClock.Standaard).Process(System.Text.Encoding.UTF8.GetBytes(xml)).Validatie.Fouten;
    }

    [Fact]
    public void A_start_is_withdrawn_only_while_it_is_current_and_has_no_stop_TR063_TR071()
    {
        Remove("305", new LeveringState(Begin, true, null, null)).Should().BeEmpty();
        Remove("305", new LeveringState(null, false, null, null)).Should().ContainSingle(f => f.Code == "TR063" && f.Retourcode == "9063");
        Remove("305", new LeveringState(new DateOnly(2025, 1, 6), true, null, null)).Should().ContainSingle(f => f.Code == "TR063");
        Remove("305", new LeveringState(Begin, false, "31", new DateOnly(2025, 7, 18))).Should().ContainSingle(f => f.Code == "TR071" && f.Retourcode == "9071");
    }

    [Fact]
    public void A_stop_is_withdrawn_only_if_it_was_received_TR063()
    {
        Remove("307", new LeveringState(Begin, false, "31", new DateOnly(2025, 7, 18))).Should().BeEmpty();
        Remove("307", new LeveringState(Begin, true, null, null)).Should().ContainSingle(f => f.Code == "TR063" && f.Retourcode == "9063");
    }
}

/// <summary>TR381 (S329): a ProductCode must be on the gemeente's product code list, as far as the context knows it.</summary>
public class ProductcodelijstTests
{
    private sealed class Lijst(Func<string, string, string, bool?> bekend) : IBerichtContext
    {
        private readonly InMemoryBerichtContext _basis = new();
        public byte[]? PreviousAntwoord(BerichtKey sleutel) => _basis.PreviousAntwoord(sleutel);
        public void SaveAntwoord(BerichtKey sleutel, byte[] retour) => _basis.SaveAntwoord(sleutel, retour);
        public ToewijzingData? FindToewijzing(string gemeente, string aanbieder, string nummer) => _basis.FindToewijzing(gemeente, aanbieder, nummer);
        public void RegisterToewijzing(ToewijzingData toewijzing) => _basis.RegisterToewijzing(toewijzing);
        public string NewIdentificatie() => _basis.NewIdentificatie();
        public bool? IsProductcodeKnown(string gemeente, string categorie, string code) => bekend(gemeente, categorie, code);
    }

    [Fact]
    public void A_code_off_the_gemeentes_list_is_answered_with_S329_per_product()
    {
        var xml = File.ReadAllBytes(Package.Example("301"));
        var heen = BerichtReader.Read(xml).Bericht!;
        var gemeente = heen.Text("Header/Afzender")!;
        var codes = heen.Find("Client/ToegewezenProducten")!.Kinderen.Select(p => p.Text("Product/Code")).Where(c => c is not null).ToList();
        codes.Should().NotBeEmpty("the official example allocates products with a code");
        string? gevraagd = null;
        var fouten = new BerichtProcessor(new Lijst((g, _, c) => { gevraagd = g; return c != codes[0]; }), FixedClock.Standaard).Process(xml).Validatie.Fouten;
        gevraagd.Should().Be(gemeente, "the list of a 301 is the sender's");
        fouten.Should().OnlyContain(f => f.Code == "TR381" && f.Retourcode == "S329").And.HaveCount(codes.Count(c => c == codes[0]));
        new BerichtProcessor(new Lijst((_, _, _) => null), FixedClock.Standaard).Process(xml).Validatie.Fouten.Should().BeEmpty("an unknown list is not checked");
    }
}
