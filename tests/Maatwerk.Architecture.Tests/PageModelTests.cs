using Maatwerk.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NetArchTest.Rules;

namespace Maatwerk.Architecture.Tests;

/// <summary>The web layer only composes: a page model calls services, it never queries the DbContext itself.</summary>
public sealed class PageModelTests
{
    private static readonly string DbContext = typeof(MaatwerkDbContext).FullName!;

    [Fact]
    public void Page_models_do_not_use_the_DbContext()
    {
        var pages = Types.InAssembly(Assemblies.Web).That().Inherit(typeof(PageModel));
        pages.GetTypes().Should().HaveCountGreaterThan(20, "the rule must see the page models");
        var result = pages.ShouldNot().HaveDependencyOn(DbContext).GetResult();
        result.IsSuccessful.Should().BeTrue($"these page models use {nameof(MaatwerkDbContext)}; move the query into a service: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_rule_recognises_a_class_that_does_use_the_DbContext() =>
        Types.InAssembly(Assemblies.Web).That().HaveName("DatabaseHealthCheck").Should().HaveDependencyOn(DbContext)
            .GetResult().IsSuccessful.Should().BeTrue("DatabaseHealthCheck uses the DbContext, so the rule above can fail");
}
