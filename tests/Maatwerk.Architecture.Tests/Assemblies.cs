using System.Reflection;

namespace Maatwerk.Architecture.Tests;

/// <summary>The assemblies of the solution, each found through one of its types.</summary>
public static class Assemblies
{
    public static readonly Assembly Domain = typeof(Maatwerk.Domain.Common.Entity).Assembly;
    public static readonly Assembly IWmo = typeof(Maatwerk.IWmo.Validatie.BerichtValidator).Assembly;
    public static readonly Assembly Infrastructure = typeof(Maatwerk.Infrastructure.Data.MaatwerkDbContext).Assembly;
    public static readonly Assembly Web = typeof(Program).Assembly;
}
