using System.Text;
using System.Text.Json;
using PoPath.Cli.Tests.Support;
using Spectre.Console.Testing;

namespace PoPath.Cli.Tests.Advise;

/// <summary>The interactive questions, answered through Spectre's test console as a user would type them.</summary>
public sealed class QuestionnaireTests
{
    private static TestConsole Answers(params string[] lines)
    {
        var console = new TestConsole().Interactive();
        foreach (var l in lines)
        {
            console.Input.PushTextWithEnter(l);
        }

        return console;
    }

    private static async Task<CliRun> RunOnTerminalAsync(TestConsole console, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var env = new CliEnvironment(output, error, () => new MemoryStream(), StdinIsTerminal: true, StdoutIsTerminal: false, StderrIsTerminal: true, CliRunner.Width)
        {
            PromptConsole = console,
        };
        var code = await PoPathApp.RunAsync(args, env, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Answering_the_questions_gives_a_route_and_can_save_the_profile()
    {
        using var temp = new TempFolder();
        var saved = Path.Combine(temp.Path, "answers.json");
        var console = Answers("scrum master", "0", "basics", "guided", "1", "y", "PI Planning", "", "research-summaries", "y", "n", "y", "n");

        var run = await RunOnTerminalAsync(console, "advise", "--save-profile", saved, "--output", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        console.Output.ShouldContain("Do you work in SAFe");
        using var doc = JsonDocument.Parse(run.Out);
        doc.RootElement.GetProperty("route").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ShouldBe(["cspo", "safe-popm", "pspo-ai"]);
        doc.RootElement.GetProperty("profile").GetProperty("source").GetString().ShouldBe("answered questions");
        doc.RootElement.GetProperty("organisation")[0].GetProperty("kind").GetString().ShouldBe("access");
        var profile = File.ReadAllText(saved, Encoding.UTF8);
        profile.ShouldContain("\"role\": \"scrum master\"");
        profile.ShouldContain("\"safe_work\": [\n    \"PI Planning\"\n  ]");
    }

    [Fact]
    public async Task A_wrong_answer_is_asked_again_and_an_unknown_certification_is_explained()
    {
        var console = Answers("product owner", "2", "expert", "solid", "assessment", "3", "n", "cpso", "cspo", "", "y", "y", "y", "y");

        var run = await RunOnTerminalAsync(console, "advise", "--output", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        console.Output.ShouldContain("'cpso' is not a catalogue id; did you mean 'cspo'?");
        using var doc = JsonDocument.Parse(run.Out);
        doc.RootElement.GetProperty("profile").GetProperty("scrum_knowledge").GetString().ShouldBe("solid");
        doc.RootElement.GetProperty("profile").GetProperty("certifications")[0].GetString().ShouldBe("cspo");
        doc.RootElement.GetProperty("organisation").GetArrayLength().ShouldBe(1, "priorities overridden: yes");
    }
}
