using PoPath.Core.Insights.Generative;

namespace PoPath.Generative;

/// <summary>The <c>rephrase</c> object of the JSON outputs (the CLI's <c>-o json</c> and the web API), in one place so both say the same.</summary>
/// <remarks>Property names are already snake_case; generated text is verbatim (JSON needs no escaping beyond the serializer's).</remarks>
public static class RephraseJson
{
    /// <summary><c>endpoint</c>, <c>model</c>, <c>status</c> (<c>ok</c> | <c>failed</c>), <c>error</c>, <c>sentences[]</c>, <c>counts</c>, <c>evidence[]</c>, <c>evidence_omitted</c>, <c>reply</c>.</summary>
    public static object Of(RephraseResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new
        {
            endpoint = r.Endpoint,
            model = r.Model,
            status = r.Succeeded ? "ok" : "failed",
            error = r.Error,
            sentences = (r.Verified?.Sentences ?? []).Select(s => new
            {
                text = s.Text,
                cites = s.CitedIds,
                verdict = s.Verdict.Id(),
                support = s.Support,
                unmatched = s.Unmatched,
                reason = s.Reason,
            }),
            counts = new
            {
                supported = r.Verified?.Count(CitationVerdict.Supported) ?? 0,
                uncited = r.Verified?.Count(CitationVerdict.Uncited) ?? 0,
                unknown_id = r.Verified?.Count(CitationVerdict.UnknownId) ?? 0,
                unsupported = r.Verified?.Count(CitationVerdict.Unsupported) ?? 0,
            },
            evidence = r.Prompt.Evidence.Select(e => new { id = e.Id, source = e.Source, text = e.Text }),
            evidence_omitted = r.Prompt.Omitted,
            reply = r.Reply,
        };
    }
}
