using System.Net.Http.Headers;

namespace PoPath.Import.Live;

/// <summary>A fetched JSON body, or why there is none.</summary>
internal sealed record LiveResponse(string Where, byte[] Body, HttpResponseHeaders? Headers, string? Error)
{
    public static LiveResponse Fail(string where, string error) => new(where, [], null, error);

    /// <summary>The <c>next</c> URL of a <c>Link</c> header (GitHub paging), or <c>null</c>.</summary>
    public Uri? NextLink()
    {
        if (Headers is null || !Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var part in values.SelectMany(v => v.Split(',')))
        {
            var segments = part.Split(';', StringSplitOptions.TrimEntries);
            if (segments.Length > 1 && segments.Skip(1).Any(s => s.Replace(" ", "", StringComparison.Ordinal) == "rel=\"next\"")
                && segments[0].TrimStart('<').TrimEnd('>') is var url && Uri.TryCreate(url, UriKind.Absolute, out var next))
            {
                return next;
            }
        }

        return null;
    }
}
