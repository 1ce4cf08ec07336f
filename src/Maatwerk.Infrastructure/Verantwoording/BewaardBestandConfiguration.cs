using Maatwerk.Domain.Verantwoording;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Verantwoording;

internal static class BewaardBestandConfiguration
{
    /// <summary>The columns every kept file has, in its own table.</summary>
    public static void ConfigureBewaardBestand<T>(this EntityTypeBuilder<T> b, string tabel) where T : BewaardBestand
    {
        b.ToTable(tabel);
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Naam).HasMaxLength(200);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.GeuploadDoor).HasMaxLength(200);
    }
}
