using PoPath.Testing.Docs;

namespace PoPath.Core.Tests.Catalogue;

/// <summary>docs/catalogue.md lists exactly the facts of the shipped catalogue that could not be verified.</summary>
public sealed class CatalogueDocsTests
{
    [Fact]
    public void Every_unverified_fact_is_listed_in_the_catalogue_page_and_nothing_else_is()
    {
        var page = File.ReadAllText(Path.Combine(RepoRoot.Find(), "docs", "catalogue.md"));
        var unverified = Core.Catalogue.Catalogue.Default.Entries
            .SelectMany(e => e.Facts.All.Where(f => !f.Fact.IsVerified).Select(f => $"`{e.Id}.{f.Name}`"))
            .ToList();
        foreach (var fact in unverified)
        {
            page.ShouldContain($"| {fact} |");
        }

        var listed = page.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\| `[a-z0-9-]+\.[a-z_]+` \|"));
        listed.ShouldBe(unverified.Count, "the page lists a fact the catalogue now states");
    }
}
