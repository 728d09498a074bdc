namespace PoPath.Import;

/// <summary>Picks a backlog format from the file extension and a sniff of the first bytes.</summary>
/// <remarks>
/// JSON content is matched only against JSON formats; a JSON document none of them recognises is an error naming
/// the JSON formats supported today. Delimited content goes to the first delimited format that recognises its header,
/// then <c>.csv</c>/<c>.tsv</c> files to the generic CSV reader (whose errors name the columns it expects), then the
/// text format for <c>.txt</c>, <c>.md</c> or no extension.
/// </remarks>
public sealed class FormatDetector(IReadOnlyList<BacklogFormat> formats)
{
    private static readonly string[] DelimitedExtensions = [".csv", ".tsv", ".psv"];

    /// <summary>The ids of the formats PoPath reads by default, in detection order (without <c>auto</c>).</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. BacklogFormats.All.Select(f => f.Id)];

    /// <summary>The formats this detector chooses among, in the order it asks them.</summary>
    public IReadOnlyList<BacklogFormat> Catalogue => formats;

    public FormatDetection Detect(string? fileName, ReadOnlySpan<byte> head)
    {
        var sniff = new FormatSniff(fileName, head);
        if (sniff.LooksLikeJson || sniff.Extension == ".json")
        {
            var json = formats.Where(f => f.Family == FormatFamily.Json).ToList();
            return json.FirstOrDefault(f => f.Recognises(sniff)) is { } match
                ? FormatDetection.Of(match)
                : FormatDetection.Fail(
                    "JSON input of a kind PoPath does not read; JSON formats supported today: " +
                    string.Join("; ", json.Select(f => $"{f.Id} — {f.Description}")));
        }

        foreach (var family in (ReadOnlySpan<FormatFamily>)[FormatFamily.Delimited, FormatFamily.Text])
        {
            if (formats.FirstOrDefault(f => f.Family == family && f.Recognises(sniff)) is { } match)
            {
                return FormatDetection.Of(match);
            }

            if (family == FormatFamily.Delimited && DelimitedExtensions.Contains(sniff.Extension)
                && formats.FirstOrDefault(f => f.Id == BacklogFormats.Csv.Id) is { } csv)
            {
                return FormatDetection.Of(csv);
            }
        }

        return FormatDetection.Fail(
            $"cannot tell the format of a '{sniff.Extension}' file; give one with --format: " +
            string.Join(", ", formats.Select(f => f.Id)));
    }
}
