using System.Text.Json;
using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests.Advise;

public sealed class CatalogCommandTests
{
    [Fact]
    public async Task Catalog_compare_as_a_table_matches_the_approved_output()
    {
        var run = await CliRunner.RunAsync("catalog", "compare", "cspo", "pspo-1", "safe-popm");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("check with the issuer");
        run.Out.ShouldContain("as of 2026-12-01");
        ApprovedFile.Verify("catalog-compare.table", run.Out);
    }

    [Fact]
    public async Task Catalog_entry_as_markdown_matches_the_approved_output()
    {
        var run = await CliRunner.RunAsync("catalog", "a-cspo", "--output", "markdown");

        run.ExitCode.ShouldBe(0, run.ToString());
        ApprovedFile.Verify("catalog-a-cspo.markdown", run.Out);
    }

    [Fact]
    public async Task Catalog_list_as_json_has_every_fact_with_its_source_or_check_with_the_issuer()
    {
        var run = await CliRunner.RunAsync("catalog", "--output", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        var entries = doc.RootElement.GetProperty("entries");
        entries.GetArrayLength().ShouldBeGreaterThanOrEqualTo(14);
        foreach (var e in entries.EnumerateArray())
        {
            foreach (var f in e.GetProperty("facts").EnumerateObject())
            {
                var verified = f.Value.GetProperty("value").ValueKind == JsonValueKind.String;
                if (verified)
                {
                    f.Value.GetProperty("source").GetString()!.ShouldStartWith("http");
                }
                else
                {
                    f.Value.GetProperty("display").GetString().ShouldBe("check with the issuer");
                }
            }
        }
    }

    [Fact]
    public async Task Catalog_compare_as_json_gives_one_row_per_fact_and_one_cell_per_entry()
    {
        var run = await CliRunner.RunAsync("catalog", "compare", "cspo", "pspo-1", "--output", "json");

        using var doc = JsonDocument.Parse(run.Out);
        var rows = doc.RootElement.GetProperty("rows");
        rows.EnumerateArray().Select(r => r.GetProperty("fact").GetString()).ShouldBe(["suits", "prerequisites", "course", "exam", "renewal", "focus", "price"]);
        rows.EnumerateArray().ShouldAllBe(r => r.GetProperty("cells").GetArrayLength() == 2);
    }

    [Fact]
    public async Task An_unknown_id_is_a_usage_error_with_a_suggestion()
    {
        var run = await CliRunner.RunAsync("catalog", "compare", "cspo", "pspo-l");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("'pspo-l' is not a catalogue id; did you mean");
    }
}
