using Maatwerk.IWmo.Validatie.Regels;

namespace Maatwerk.IWmo.Tests.Validatie;

public class CompactStringSetTests
{
    [Fact]
    public void Answers_like_a_HashSet_over_many_keys_chunks_and_growth()
    {
        var set = new CompactStringSet();
        var referentie = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(25);
        for (var i = 0; i < 60_000; i++)
        {
            // Few distinct lengths and a small alphabet, so there are many duplicates and equal hashes are compared.
            var sleutel = new string('x', random.Next(0, 3)) + random.Next(0, 40_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            set.Add(sleutel).Should().Be(referentie.Add(sleutel), sleutel);
        }
        set.Count.Should().Be(referentie.Count);
        foreach (var sleutel in referentie) set.Contains(sleutel).Should().BeTrue(sleutel);
        set.Contains("x-1").Should().BeFalse();
    }

    [Fact]
    public void Keeps_keys_longer_than_a_chunk_and_the_empty_key()
    {
        var set = new CompactStringSet();
        var lang = new string('a', 100_000);
        set.Add(lang).Should().BeTrue();
        set.Add("").Should().BeTrue();
        set.Add("b").Should().BeTrue();
        set.Add(new string('a', 100_000)).Should().BeFalse();
        set.Add("").Should().BeFalse();
        set.Contains(lang.AsSpan(0, 99_999)).Should().BeFalse();
        set.Contains("b").Should().BeTrue();
    }

    [Fact]
    public void Clear_forgets_every_key()
    {
        var set = new CompactStringSet();
        for (var i = 0; i < 5_000; i++) set.Add($"k{i}");
        set.Clear();
        set.Count.Should().Be(0);
        set.Contains("k1").Should().BeFalse();
        set.Add("k1").Should().BeTrue();
        set.Add("k1").Should().BeFalse();
    }
}
