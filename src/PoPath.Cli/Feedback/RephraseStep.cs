using System.Globalization;
using System.Text;
using PoPath.Core.Insights.Generative;
using PoPath.Generative;
using Spectre.Console;

namespace PoPath.Cli.Feedback;

/// <summary>Runs the optional generative step over a command's evidence and prints its sentences with their verdicts.</summary>
/// <remarks>Generated text is untrusted like imported text: escaped in Markdown and tables, verbatim in JSON.</remarks>
internal static class RephraseStep
{
    /// <summary>Null when there is nothing to rephrase; else the result (a failure is also reported on stderr).</summary>
    public static async Task<RephraseResult?> RunAsync(CliEnvironment env, RephraseSettings settings, RephraseInput input, CancellationToken ct)
    {
        if (input.Evidence.Count == 0)
        {
            env.Error.WriteLine("popath: --rephrase: there is nothing to rephrase; no model was called.");
            return null;
        }

        var prompt = RephrasePrompt.Build(input.Task, input.Evidence);
        var result = await ChatRephraser.RephraseAsync(settings.Endpoint, settings.Key, prompt, cancellationToken: ct);
        if (!result.Succeeded)
        {
            env.Error.WriteLine($"popath: the generative step failed: {result.Error}. The offline result is printed unchanged.");
        }
        else if (!result.Verified!.AllSupported)
        {
            var marked = result.Verified.Sentences.Count(s => s.Verdict != CitationVerdict.Supported);
            env.Error.WriteLine($"popath: {marked} of {result.Verified.Sentences.Count} rephrased sentences are not supported by the evidence they cite; they are marked.");
        }

        if (prompt.Omitted > 0)
        {
            env.Error.WriteLine($"popath: --rephrase: {prompt.Omitted} evidence items were left out of the prompt (at most {RephrasePrompt.MaxEvidence} items, {RephrasePrompt.MaxPromptChars} characters).");
        }

        return result;
    }

    public static int ExitCode(RephraseResult? result) => result is { Succeeded: false } ? ExitCodes.Generative : ExitCodes.Ok;

    /// <summary>A Markdown section: each sentence with its citations; every sentence not supported starts with "⚠ {verdict}:" and says why.</summary>
    public static string Markdown(RephraseResult r)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"## Rephrased by {AssistWriter.Md(r.Model)}, checked against the evidence\n\n");
        if (!r.Succeeded)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Not available: {AssistWriter.Md(r.Error ?? "no reply")}. Everything above is PoPath's own result.\n");
            return sb.ToString();
        }

        var v = r.Verified!;
        sb.Append(CultureInfo.InvariantCulture, $"Generated text from {AssistWriter.Md(r.Endpoint)}. {v.Count(CitationVerdict.Supported)} of {v.Sentences.Count} sentences are supported by the evidence they cite; ");
        sb.Append("a sentence marked ⚠ is not, and must not be passed on as a finding.\n\n");
        foreach (var s in v.Sentences)
        {
            var cites = s.CitedIds.Count == 0 ? "" : " " + string.Concat(s.CitedIds.Select(id => $"\\[{AssistWriter.Md(id)}\\]"));
            sb.Append(s.Verdict == CitationVerdict.Supported
                ? $"- {AssistWriter.Md(s.Text)}{cites}\n"
                : $"- **⚠ {Label(s.Verdict)}:** {AssistWriter.Md(s.Text)}{cites} _({AssistWriter.Md(s.Reason)})_\n");
        }

        var cited = v.Sentences.SelectMany(s => s.CitedIds).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var shown = r.Prompt.Evidence.Where(e => cited.Contains(e.Id)).ToList();
        if (shown.Count > 0)
        {
            sb.Append("\nEvidence cited:\n\n");
            foreach (var e in shown)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- \\[{AssistWriter.Md(e.Id)}\\] {AssistWriter.Md(e.Source)}: \"{AssistWriter.Md(e.Text)}\"\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>A table: verdict, sentence, cited ids, why.</summary>
    public static void Table(CliEnvironment env, RephraseResult r)
    {
        if (!r.Succeeded)
        {
            env.Out.WriteLine($"Rephrased by {r.Model}: not available ({r.Error}). The table above is PoPath's own result.");
            env.Out.Flush();
            return;
        }

        var v = r.Verified!;
        var table = new Table
        {
            Border = TableBorder.Simple,
            Title = new TableTitle(Markup.Escape($"Rephrased by {r.Model}: {v.Count(CitationVerdict.Supported)} of {v.Sentences.Count} sentences supported by the evidence they cite")),
        };
        table.AddColumn("Verdict");
        table.AddColumn("Sentence");
        table.AddColumn("Cites");
        table.AddColumn("Why");
        foreach (var s in v.Sentences)
        {
            table.AddRow(
                Markup.Escape(s.Verdict == CitationVerdict.Supported ? "✓ supported" : $"⚠ {Label(s.Verdict)}"),
                AssistWriter.Cell(s.Text),
                AssistWriter.Cell(string.Join(", ", s.CitedIds)),
                AssistWriter.Cell(s.Reason));
        }

        AssistWriter.Table(env, table);
    }

    private static string Label(CitationVerdict v) => v switch
    {
        CitationVerdict.Uncited => "uncited",
        CitationVerdict.UnknownId => "unknown id",
        CitationVerdict.Unsupported => "unsupported",
        _ => "supported",
    };
}
