using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using PoPath.Cli.Storage;
using PoPath.Core.Readiness;
using PoPath.Core.Signals;
using PoPath.Import.History;

namespace PoPath.Cli.Signals;

/// <summary>The arguments <c>popath signals</c> and <c>popath report</c> share, parsed.</summary>
internal sealed record SignalsArguments(string Command, string? Path, string? Workspace, string? Db, string Format, DateTimeOffset? Since, PeriodKind? Period, int Top, string? ProductOwner)
{
    /// <summary>The options and argument both commands take, added to <paramref name="command"/>; the returned function reads them.</summary>
    public static Func<ParseResult, SignalsArguments> AddTo(Command command)
    {
        var path = new Argument<string?>("history") { Description = "A history export (a file or a folder of files: Jira, Azure DevOps, GitHub, Linear), or use --workspace.", Arity = ArgumentArity.ZeroOrOne };
        var workspace = StoreOptions.Workspace(required: false);
        workspace.Description = "Read the latest stored snapshot's history of this workspace (and all its snapshots' practical tests) instead of a file.";
        var db = StoreOptions.Db();
        var format = new Option<string>("--format") { Description = "History format of the file.", DefaultValueFactory = _ => HistoryLoader.AutoFormat };
        format.AcceptOnlyFromAmong([.. HistoryLoader.FormatIds]);
        var since = new Option<DateTimeOffset?>("--since")
        {
            Description = "Only periods that end after this date (yyyy-MM-dd, UTC, or an ISO 8601 time).",
            HelpName = "DATE",
            CustomParser = ParseSince,
        };
        var period = new Option<string>("--period") { Description = "Periods: sprint, month, or auto (sprints when the history has dated sprints, else months).", HelpName = "sprint|month|auto", DefaultValueFactory = _ => "auto" };
        period.AcceptOnlyFromAmong("auto", "sprint", "month");
        var top = new Option<int>("--top")
        {
            Description = "How many top items (by rank) outcome_talk and decision_quality read.",
            HelpName = "N",
            DefaultValueFactory = _ => ReadinessEngine.DefaultTop,
            CustomParser = r => r.Tokens is [var t] && int.TryParse(t.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000
                ? n
                : Error(r, $"--top expects a whole number from 1 to 10000, got '{string.Join(' ', r.Tokens.Select(x => x.Value))}'.", ReadinessEngine.DefaultTop),
        };
        var po = new Option<string?>("--po") { Description = "The product owner's name as the history spells it, for this run (default: the workspace's setting, else inferred as the most frequent ranker).", HelpName = "NAME" };
        foreach (var o in new Option[] { workspace, db, format, since, period, top, po })
        {
            command.Options.Add(o);
        }

        command.Arguments.Add(path);
        return parse => new SignalsArguments(
            command.Name,
            parse.GetValue(path),
            parse.GetValue(workspace),
            parse.GetValue(db),
            parse.GetValue(format)!,
            parse.GetValue(since),
            parse.GetValue(period) switch { "sprint" => PeriodKind.Sprint, "month" => PeriodKind.Month, _ => null },
            parse.GetValue(top),
            string.IsNullOrWhiteSpace(parse.GetValue(po)) ? null : parse.GetValue(po)!.Trim());
    }

    private static DateTimeOffset? ParseSince(ArgumentResult r)
    {
        var text = r.Tokens is [var t] ? t.Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }

        return Error<DateTimeOffset?>(r, $"--since expects a date (yyyy-MM-dd) or an ISO 8601 time, got '{text}'.", null);
    }

    private static T Error<T>(ArgumentResult r, string message, T fallback)
    {
        r.AddError(message);
        return fallback;
    }
}
