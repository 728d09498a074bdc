using System.Text.Json;
using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests.Advise;

public sealed class AdviseCommandTests
{
    private static readonly string NewPo = Paths.Fixture("profile-new-po.yaml");
    private static readonly string CspoHolder = Paths.Fixture("profile-cspo-holder.json");

    [Fact]
    public async Task Advise_with_a_profile_and_the_sample_backlog_as_markdown_matches_the_approved_plan()
    {
        var run = await CliRunner.RunAsync("advise", "--profile", NewPo, "--backlog", Paths.Sample, "--output", "markdown");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("## What is asked of the organisation");
        ApprovedFile.Verify("advise-new-po.markdown", run.Out);
    }

    [Fact]
    public async Task Advise_for_a_manager_as_a_table_matches_the_approved_output()
    {
        var run = await CliRunner.RunAsync("advise", "--profile", NewPo, "--backlog", Paths.Sample, "--for", "manager");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("For the manager: what to look for");
        run.Out.ShouldNotContain('\u001b');
        ApprovedFile.Verify("advise-new-po-manager.table", run.Out);
    }

    [Fact]
    public async Task Advise_json_has_the_design_names_and_the_gap_section()
    {
        var run = await CliRunner.RunAsync("advise", "--profile", NewPo, "--backlog", Paths.Sample, "--output", "json", "--for", "manager");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        var route = root.GetProperty("route");
        route.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ShouldBe(["cspo", "safe-popm", "pspo-ai"]);
        route.EnumerateArray().ShouldAllBe(s => s.GetProperty("why").GetArrayLength() > 0 && s.GetProperty("will_not_fix").GetArrayLength() > 0);
        root.GetProperty("not_now").EnumerateArray().ShouldContain(n => n.GetProperty("id").GetString() == "a-cspo" && n.GetProperty("why").GetString()!.Contains("12 months"));
        var kinds = root.GetProperty("organisation").EnumerateArray().Select(o => o.GetProperty("kind").GetString()).ToList();
        kinds.ShouldBe(["decision-room", "access"]);
        root.GetProperty("organisation")[1].GetProperty("evidence")[0].GetProperty("ref").GetString().ShouldBe("access.users");
        var gap = root.GetProperty("gap");
        gap.GetProperty("examples").GetArrayLength().ShouldBe(3);
        gap.GetProperty("examples")[0].GetProperty("questions").GetArrayLength().ShouldBeGreaterThan(0);
        gap.GetProperty("course").GetString().ShouldBe("cspo");
        gap.GetProperty("objectives").GetArrayLength().ShouldBeGreaterThan(0);
        root.GetProperty("manager").GetProperty("checklist").GetArrayLength().ShouldBe(6);
        root.GetProperty("manager").GetProperty("organisation_must_provide").EnumerateArray()
            .Single(n => n.GetProperty("id").GetString() == "access.users").GetProperty("provided").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Advise_without_a_backlog_has_no_gap_section_and_says_so_in_what_it_will_not_fix()
    {
        var run = await CliRunner.RunAsync("advise", "--profile", CspoHolder, "--output", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        doc.RootElement.GetProperty("gap").ValueKind.ShouldBe(JsonValueKind.Null);
        doc.RootElement.GetProperty("route")[0].GetProperty("id").GetString().ShouldBe("a-cspo");
        doc.RootElement.GetProperty("route")[0].GetProperty("will_not_fix")[0].GetString()!.ShouldContain("without a backlog");
        doc.RootElement.TryGetProperty("manager", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Without_a_profile_and_without_a_terminal_it_is_a_usage_error_saying_to_pass_profile()
    {
        var run = await CliRunner.RunAsync("advise");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain("pass --profile FILE");
    }

    [Fact]
    public async Task A_bad_profile_is_an_input_error_naming_the_file_line_and_field()
    {
        using var temp = new TempFolder();
        var file = temp.Write("bad.yaml", "role: po\nyears_as_po: lots\nscrum_knowledge: basics\nlearning_preference: either\nsafe: false\ncertifications: [cspo, pspo-x]\n");

        var run = await CliRunner.RunAsync("advise", "--profile", file);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain($"{file} line 2: years_as_po: expected a number from 0 to 60, got 'lots'");
        run.Error.ShouldContain($"{file} line 6: certifications[1]: 'pspo-x' is not a catalogue id");
    }

    [Fact]
    public async Task A_missing_profile_or_backlog_file_is_an_input_error()
    {
        (await CliRunner.RunAsync("advise", "--profile", "no-such.yaml")).Error.ShouldContain("no-such.yaml: file not found");
        var run = await CliRunner.RunAsync("advise", "--profile", NewPo, "--backlog", "no-such.csv");
        run.ExitCode.ShouldBe(3);
        run.Error.ShouldContain("no-such.csv");
    }

    [Fact]
    public async Task Backlog_and_workspace_together_or_save_without_workspace_are_usage_errors()
    {
        (await CliRunner.RunAsync("advise", "--profile", NewPo, "--backlog", Paths.Sample, "--workspace", "w")).ExitCode.ShouldBe(2);
        var run = await CliRunner.RunAsync("advise", "--profile", NewPo, "--save");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("add --workspace W");
    }

    [Fact]
    public async Task Save_profile_writes_a_profile_that_reads_back_to_the_same_advice()
    {
        using var temp = new TempFolder();
        var saved = Path.Combine(temp.Path, "me.yaml");

        var first = await CliRunner.RunAsync("advise", "--profile", CspoHolder, "--save-profile", saved, "--output", "json");
        var second = await CliRunner.RunAsync("advise", "--profile", saved, "--output", "json");

        first.ExitCode.ShouldBe(0, first.ToString());
        first.Error.ShouldContain("profile saved to");
        Route(second.Out).ShouldBe(Route(first.Out));
    }

    [Fact]
    public async Task Workspace_save_keeps_the_profile_and_route_and_a_later_advise_uses_the_saved_profile()
    {
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "p.db");
        (await CliRunner.RunAsync("import", Paths.Sample, "--workspace", "team", "--db", db)).ExitCode.ShouldBe(0);

        var saved = await CliRunner.RunAsync("advise", "--profile", NewPo, "--workspace", "team", "--db", db, "--save", "--output", "json");
        var later = await CliRunner.RunAsync("advise", "--workspace", "team", "--db", db, "--output", "json");

        saved.ExitCode.ShouldBe(0, saved.ToString());
        saved.Error.ShouldContain("saved profile and route 1 in workspace team");
        later.ExitCode.ShouldBe(0, later.ToString());
        using var doc = JsonDocument.Parse(later.Out);
        doc.RootElement.GetProperty("profile").GetProperty("source").GetString().ShouldBe("saved profile 1 of workspace team");
        doc.RootElement.GetProperty("gap").GetProperty("source").GetString()!.ShouldStartWith("workspace team, snapshot 1");
        Route(later.Out).ShouldBe(Route(saved.Out));
    }

    [Fact]
    public async Task The_sample_profile_with_the_sample_backlog_gives_the_approved_route()
    {
        var run = await CliRunner.RunAsync("advise", "--profile", Path.Combine(Paths.Root, "samples", "po-profile.yaml"), "--backlog", Paths.Sample, "--output", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        Route(run.Out).ShouldBe(["cspo", "safe-popm", "pspo-ai"]);
    }

    [Fact]
    public async Task Advise_help_matches_the_approved_output()
    {
        var run = await CliRunner.RunAsync("advise", "--help");

        run.ExitCode.ShouldBe(0, run.ToString());
        ApprovedFile.Verify("advise-help", run.Out.Replace($"\n  {System.CommandLine.RootCommand.ExecutableName} ", "\n  popath ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Backlog_text_and_profile_answers_are_escaped_in_the_markdown_plan()
    {
        using var temp = new TempFolder();
        var profile = temp.Write("p.yaml", "role: \"<script>alert(1)</script> | **boss**\"\nyears_as_po: 1\nscrum_knowledge: basics\nlearning_preference: guided\nsafe: false\ncertifications: []\n");
        var backlog = temp.Write("b.csv", "Issue key,Summary\nX-1,\"<img src=x onerror=alert(1)> [link](javascript:x) | cell\"\n");

        var run = await CliRunner.RunAsync("advise", "--profile", profile, "--backlog", backlog, "--output", "markdown");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldNotContain("<script>");
        run.Out.ShouldNotContain("<img");
        run.Out.ShouldNotContain("[link](");
        run.Out.ShouldContain("&lt;img src=x onerror=alert(1)&gt;");
        run.Out.ShouldContain("&lt;script&gt;");
    }

    private static List<string?> Route(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("route").EnumerateArray().Select(s => s.GetProperty("id").GetString())];
    }
}
