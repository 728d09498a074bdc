using System.Text.Json;
using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests.Feedback;

public sealed class AssistCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("popath-assist-").FullName;

    private static readonly string FeedbackFile = Paths.Fixture("feedback.csv");
    private static readonly string BacklogFile = Paths.Fixture("assist-backlog.csv");

    [Fact]
    public async Task Themes_of_a_file_quote_entries_and_link_items_in_json()
    {
        var run = await CliRunner.RunAsync("feedback", "themes", FeedbackFile, "--backlog", BacklogFile, "--k", "3", "-o", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        var themes = doc.RootElement.GetProperty("themes").EnumerateArray().ToList();
        themes.Count.ShouldBe(3);
        var csv = File.ReadAllText(FeedbackFile);
        foreach (var t in themes)
        {
            t.GetProperty("quotes").GetArrayLength().ShouldBe(3);
            foreach (var q in t.GetProperty("quotes").EnumerateArray())
            {
                q.GetProperty("entry_id").GetString()!.ShouldStartWith("FB-");
                csv.ShouldContain(q.GetProperty("text").GetString()!);
            }
        }

        themes.SelectMany(t => t.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("item_id").GetString()).Order().ShouldBe(["AS-1", "AS-2"]);
        doc.RootElement.GetProperty("unaddressed").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Same_seed_gives_the_same_output()
    {
        var a = await CliRunner.RunAsync("feedback", "themes", FeedbackFile, "--seed", "3", "-o", "json");
        var b = await CliRunner.RunAsync("feedback", "themes", FeedbackFile, "--seed", "3", "-o", "json");
        b.Out.ShouldBe(a.Out);
    }

    [Fact]
    public async Task Import_then_themes_and_summary_from_the_workspace()
    {
        var db = Path.Combine(_dir, "assist.db");
        var import = await CliRunner.RunAsync("feedback", "import", FeedbackFile, "--workspace", "team", "--db", db, "-o", "json");
        import.ExitCode.ShouldBe(0, import.ToString());
        using (var doc = JsonDocument.Parse(import.Out))
        {
            doc.RootElement.GetProperty("entries").GetInt32().ShouldBe(37);
            doc.RootElement.GetProperty("set").GetInt32().ShouldBe(1);
        }

        var fromStore = await CliRunner.RunAsync("feedback", "themes", "--workspace", "team", "--db", db, "--k", "3", "-o", "json");
        var fromFile = await CliRunner.RunAsync("feedback", "themes", FeedbackFile, "--k", "3", "-o", "json");
        fromStore.ExitCode.ShouldBe(0, fromStore.ToString());
        Assignments(fromStore.Out).ShouldBe(Assignments(fromFile.Out));

        var summary = await CliRunner.RunAsync("feedback", "summary", "--workspace", "team", "--db", db, "--k", "3", "--sentences", "4", "-o", "json");
        summary.ExitCode.ShouldBe(0, summary.ToString());
        using var s = JsonDocument.Parse(summary.Out);
        var sentences = s.RootElement.GetProperty("sentences").EnumerateArray().ToList();
        sentences.Count.ShouldBe(4);
        var csv = File.ReadAllText(FeedbackFile);
        sentences.ShouldAllBe(x => csv.Contains(x.GetProperty("text").GetString()!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Markdown_escapes_untrusted_feedback_text()
    {
        var run = await CliRunner.RunAsync("feedback", "summary", FeedbackFile, "--k", "3", "--sentences", "40", "-o", "markdown");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldNotContain("<script>");
        run.Out.ShouldContain("&lt;script&gt;");
        run.Out.ShouldContain("\\*\\*csv export\\*\\* \\| drops \\|");
    }

    [Fact]
    public async Task Acceptance_flags_vague_wording_and_missing_criteria_of_the_top_items()
    {
        var run = await CliRunner.RunAsync("acceptance", BacklogFile, "--top", "3", "-o", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        var items = doc.RootElement.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("id").GetString()).ShouldBe(["AS-1", "AS-2", "AS-3"]);
        Rules(items[0]).ShouldNotContain("acceptance.vague");
        items[0].GetProperty("criteria")[0].GetProperty("form").GetString().ShouldBe("scenario");
        Rules(items[1]).ShouldContain("acceptance.vague");
        Rules(items[1]).ShouldContain("acceptance.no-unhappy-path");
        Rules(items[2]).ShouldBe(["acceptance.none"]);
    }

    [Fact]
    public async Task Brief_lists_a_requesters_items_with_why_they_wait()
    {
        var run = await CliRunner.RunAsync("brief", "--requester", "ana", BacklogFile);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldStartWith("# Brief for ana\n\n2 of the 3 items");
        run.Out.ShouldContain("## AS-2: CSV export keeps all columns (rank 2");
        run.Out.ShouldContain("It is number 2: 1 item is ranked above it.");
        run.Out.ShouldContain("AS-1 (rank 1) goes first because of:");
        run.Out.ShouldContain("## AS-3: Dark mode (rank 3");
    }

    [Fact]
    public async Task Options_draft_alternatives_with_their_evidence_and_answer_only_what_it_allows()
    {
        var run = await CliRunner.RunAsync("feedback", "options", FeedbackFile, "--goal", "password reset email", "--k", "3", "--backlog", BacklogFile, "-o", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        var options = doc.RootElement.GetProperty("options").EnumerateArray().ToList();
        options.Count.ShouldBeInRange(2, 3);
        options.Select(o => o.GetProperty("kind").GetString()).ShouldContain("extend");
        options.Single(o => o.GetProperty("kind").GetString() == "extend").GetProperty("item_ids")[0].GetString().ShouldBe("AS-1");
        foreach (var o in options)
        {
            o.GetProperty("feedback_ids").GetArrayLength().ShouldBeGreaterThan(0);
            o.GetProperty("answers").GetProperty("business_reason").ValueKind.ShouldBe(JsonValueKind.Null);
            o.GetProperty("answers").GetProperty("expected_outcome").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        (await CliRunner.RunAsync("feedback", "options", FeedbackFile)).ExitCode.ShouldBe(2);
        (await CliRunner.RunAsync("feedback", "options", FeedbackFile, "--theme", "99", "--k", "3")).Error.ShouldContain("no theme 99");
    }

    [Fact]
    public async Task Usage_and_input_errors_have_exit_codes_and_one_line()
    {
        (await CliRunner.RunAsync("feedback", "themes")).ExitCode.ShouldBe(2);
        (await CliRunner.RunAsync("feedback", "themes", FeedbackFile, "--workspace", "x")).ExitCode.ShouldBe(2);
        (await CliRunner.RunAsync("feedback", "themes", FeedbackFile, "--k", "0")).ExitCode.ShouldBe(2);
        var missing = await CliRunner.RunAsync("feedback", "themes", Path.Combine(_dir, "nope.csv"));
        missing.ExitCode.ShouldBe(3);
        missing.Error.ShouldContain("file not found");
        var unknown = await CliRunner.RunAsync("feedback", "themes", "--workspace", "nobody", "--db", Path.Combine(_dir, "empty.db"));
        unknown.ExitCode.ShouldBe(3);
        unknown.Error.ShouldContain("unknown workspace");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<int> Assignments(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var byEntry = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in doc.RootElement.GetProperty("themes").EnumerateArray())
        {
            foreach (var id in t.GetProperty("entry_ids").EnumerateArray())
            {
                byEntry[id.GetString()!] = t.GetProperty("number").GetInt32();
            }
        }

        return [.. byEntry.Values];
    }

    private static List<string> Rules(JsonElement item) =>
        [.. item.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!)];
}
