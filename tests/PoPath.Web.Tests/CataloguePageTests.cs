using System.Net;
using PoPath.Core.Catalogue;
using PoPath.Web.Tests.Support;

namespace PoPath.Web.Tests;

/// <summary>The catalogue pages: every entry, every fact with its source, for signed-in people only.</summary>
public sealed class CataloguePageTests
{
    [Fact]
    public async Task Every_entry_is_listed_and_its_page_shows_each_fact_with_its_source()
    {
        await using var app = new TestApp();
        await app.UserAsync("po@example.com");
        using var client = await app.SignedInAsync("po@example.com");
        var list = await client.GetStringAsync("/catalogue");
        foreach (var e in Catalogue.Default.Entries)
        {
            list.ShouldContain($"href=\"/catalogue/{e.Id}\"");
        }

        var cspo = Catalogue.Default.Find("cspo")!;
        var page = await client.GetStringAsync("/catalogue/cspo");
        page.ShouldContain(cspo.Name);
        foreach (var (name, fact) in cspo.Facts.All)
        {
            page.ShouldContain($"<th scope=\"row\">{name}</th>");
            if (fact.Source is { } source)
            {
                page.ShouldContain($"href=\"{source.AbsoluteUri.Replace("&", "&amp;", StringComparison.Ordinal)}\"");
            }
        }

        (await client.GetAsync("/catalogue/no-such-course")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var anonymous = app.Anonymous();
        (await anonymous.GetAsync("/catalogue")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Route_steps_link_to_their_catalogue_entry()
    {
        await using var app = new TestApp();
        var owner = await app.UserAsync("po@example.com");
        await app.WorkspaceAsync("shop", owner);
        using var client = await app.SignedInAsync("po@example.com");
        var html = await (await TestApp.PostFormAsync(client, "/w/shop/route", "route", new()
        {
            ["Input.YearsAsPo"] = "0",
            ["Input.ScrumKnowledge"] = "None",
            ["Input.LearningPreference"] = "Guided",
        })).Content.ReadAsStringAsync();
        html.ShouldContain("href=\"/catalogue/cspo\"");
    }
}
