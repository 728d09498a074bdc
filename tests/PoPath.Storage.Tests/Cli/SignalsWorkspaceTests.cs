using System.Text.Json;
using PoPath.Storage.Tests.Support;
using PoPath.Testing.Docs;

namespace PoPath.Storage.Tests.Cli;

/// <summary><c>popath signals --workspace W</c> on a stored history, and <c>popath workspaces set</c> for who the product owner is.</summary>
public sealed class SignalsWorkspaceTests(TempFolder folder) : IClassFixture<TempFolder>
{
    private static readonly string History = Path.Combine(RepoRoot.Find(), "tests", "PoPath.Cli.Tests", "Fixtures", "signals-history.json");

    [Fact]
    public async Task Product_owner_is_inferred_until_set_for_the_workspace_and_then_overrides_become_a_finding()
    {
        var db = folder.File("signals.db");
        var import = await Support.Cli.RunAsync("import", History, "--history", "--workspace", "ward", "--db", db);
        import.Code.ShouldBe(0, import.Err);

        var inferred = JsonDocument.Parse((await Support.Cli.RunAsync("signals", "--workspace", "ward", "--db", db, "-o", "json")).Out).RootElement;
        inferred.GetProperty("product_owner").GetProperty("inferred").GetBoolean().ShouldBeTrue();
        inferred.GetProperty("product_owner").GetProperty("name").GetString().ShouldBe("Sam Sales");
        inferred.GetProperty("source").GetString().ShouldStartWith("workspace ward, snapshot 1");
        inferred.GetProperty("signals")[0].GetProperty("values").GetArrayLength().ShouldBe(2);

        var set = await Support.Cli.RunAsync("workspaces", "set", "--workspace", "ward", "--product-owner", "Pat PO", "--db", db);
        set.Code.ShouldBe(0, set.Err);
        set.Out.ShouldContain("product owner set to Pat PO");

        var table = await Support.Cli.RunAsync("signals", "-w", "ward", "--db", db);
        table.Code.ShouldBe(0, table.Err);
        table.Out.ShouldContain("Product owner: Pat PO (set, not inferred)");
        table.Out.ShouldContain("Finding: decision-room");

        (await Support.Cli.RunAsync("workspaces", "set", "-w", "ward", "--clear-product-owner", "--db", db)).Code.ShouldBe(0);
        JsonDocument.Parse((await Support.Cli.RunAsync("signals", "-w", "ward", "--db", db, "-o", "json")).Out).RootElement
            .GetProperty("product_owner").GetProperty("inferred").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Setting_the_product_owner_of_an_unknown_workspace_or_without_a_name_is_an_error()
    {
        var db = folder.File("errors.db");
        var unknown = await Support.Cli.RunAsync("workspaces", "set", "-w", "nope", "--product-owner", "Pat", "--db", db);
        (unknown.Code, unknown.Err.Trim()).ShouldBe((3, "popath: unknown workspace 'nope' (see 'popath workspaces')."));
        (await Support.Cli.RunAsync("workspaces", "set", "-w", "nope", "--db", db)).Code.ShouldBe(2);
        (await Support.Cli.RunAsync("signals", "-w", "nope", "--db", db)).Code.ShouldBe(3);
    }
}
