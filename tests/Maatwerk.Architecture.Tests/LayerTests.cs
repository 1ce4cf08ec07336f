using System.Reflection;
using NetArchTest.Rules;

namespace Maatwerk.Architecture.Tests;

/// <summary>Dependencies point inward (DESIGN.md "Shape of the code"): the domain and the iWmo library know no EF Core
/// and no ASP.NET, and the iWmo library depends on nothing of Maatwerk.</summary>
public sealed class LayerTests
{
    private static readonly string[] Frameworks = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore"];

    public static TheoryData<string> PureAssemblies() => new("Domain", "IWmo");

    private static Assembly Pure(string name) => name == "Domain" ? Assemblies.Domain : Assemblies.IWmo;

    [Theory]
    [MemberData(nameof(PureAssemblies))]
    public void Domain_and_IWmo_reference_no_EF_Core_and_no_AspNet_assembly(string name) =>
        Pure(name).GetReferencedAssemblies().Select(a => a.Name!)
            .Where(a => Frameworks.Any(f => a.StartsWith(f, StringComparison.Ordinal)))
            .Should().BeEmpty($"Maatwerk.{name} is pure C#");

    [Theory]
    [MemberData(nameof(PureAssemblies))]
    public void No_type_of_Domain_or_IWmo_uses_EF_Core_or_AspNet(string name)
    {
        var result = Types.InAssembly(Pure(name)).ShouldNot().HaveDependencyOnAny(Frameworks).GetResult();
        result.IsSuccessful.Should().BeTrue($"these types of Maatwerk.{name} use EF Core or ASP.NET: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void IWmo_references_no_other_Maatwerk_project()
    {
        Assemblies.IWmo.GetReferencedAssemblies().Select(a => a.Name!).Where(a => a.StartsWith("Maatwerk.", StringComparison.Ordinal))
            .Should().BeEmpty("the iWmo library depends on nothing but the BCL");
        var result = Types.InAssembly(Assemblies.IWmo).ShouldNot()
            .HaveDependencyOnAny("Maatwerk.Domain", "Maatwerk.Infrastructure", "Maatwerk.Web", "Maatwerk.Cli").GetResult();
        result.IsSuccessful.Should().BeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Domain_references_no_Infrastructure_Web_or_Cli() =>
        Assemblies.Domain.GetReferencedAssemblies().Select(a => a.Name!)
            .Should().NotContain(["Maatwerk.Infrastructure", "Maatwerk.Web", "Maatwerk.Cli"]);

    [Fact]
    public void The_dependency_check_sees_a_dependency_where_there_is_one() =>
        Types.InAssembly(Assemblies.Infrastructure).That().HaveNameEndingWith("DbContext").Should()
            .HaveDependencyOn("Microsoft.EntityFrameworkCore").GetResult().IsSuccessful.Should().BeTrue();
}
