using System.Text;

namespace PoPath.Cli.Tests.Support;

/// <summary>Approved output: rendered text compared with a golden file under <c>Approved/</c> in this project's source folder.</summary>
/// <remarks>
/// Line endings become <c>\n</c> and trailing spaces are dropped (Spectre pads grid cells; editors strip them),
/// so the comparison is about what a reader sees. On a mismatch the output is written to
/// <c>Approved/NAME.received.txt</c> (ignored by git) and the test fails with how to approve it.
/// With <c>POPATH_APPROVE=1</c> in the environment the approved file is overwritten and the test passes:
/// the way to re-approve after the engine has been tuned.
/// </remarks>
internal static class ApprovedFile
{
    public const string ApproveVariable = "POPATH_APPROVE";

    public static string Folder { get; } = Path.Combine(Paths.Project, "Approved");

    public static void Verify(string name, string actual)
    {
        var text = Normalise(actual);
        var approved = Path.Combine(Folder, name + ".txt");
        var received = Path.Combine(Folder, name + ".received.txt");
        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(approved, text, Utf8);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(approved) ? Normalise(File.ReadAllText(approved)) : null;
        if (expected == text)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, text, Utf8);
        var why = expected is null ? $"{Relative(approved)} does not exist yet." : FirstDifference(expected, text);
        Assert.Fail($"""
            Output differs from the approved file {Relative(approved)}.
            {why}
            The output is in {Relative(received)}. If it is right, approve it:
              cp {Relative(received)} {Relative(approved)}
            or re-approve every approved file:
              {ApproveVariable}=1 dotnet test tests/PoPath.Cli.Tests
            """);
    }

    /// <summary><c>\n</c> line endings, no trailing spaces, exactly one final newline.</summary>
    public static string Normalise(string text)
    {
        var lines = CliRunner.Normalise(text).Split('\n').Select(l => l.TrimEnd(' ', '\t'));
        return string.Join('\n', lines).TrimEnd('\n') + "\n";
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static string Relative(string path) => Path.GetRelativePath(Paths.Root, path);

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "(end of file)";
            var al = i < a.Length ? a[i] : "(end of file)";
            if (el != al)
            {
                return $"First difference at line {i + 1}:\n  approved: {el}\n  received: {al}";
            }
        }

        return "The files differ only in line endings or trailing space.";
    }
}
