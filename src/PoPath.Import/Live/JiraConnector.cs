using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PoPath.Core.History;
using PoPath.Import.Jira;
using PoPath.Import.Json;

namespace PoPath.Import.Live;

/// <summary>Reads issues with their full history from a live Jira site into the canonical history.</summary>
/// <remarks>
/// Order: the field list (to find Sprint, Rank, Story Points by schema type), the board's sprints when a board is
/// given, the search pages, then every issue's full changelog — never the truncated changelog search embeds. Every
/// page goes through the same reader as a file import. Failures (401, 403, 404, HTML instead of JSON, rate limits
/// that outlast the retries) are one error in the result, which then holds nothing.
/// </remarks>
public sealed class JiraConnector(HttpClient http, JiraConnectorOptions options)
{
    public async Task<BacklogHistory> LoadAsync(CancellationToken cancellationToken = default)
    {
        var client = new LiveClient(http, options, Authorize);
        var import = new LiveImport(LiveClient.Describe(options.Site), new JiraHistoryReader(options.Import), client);
        var api = options.Deployment == JiraDeployment.Cloud ? "3" : "2";

        await import.FetchAsync(() => Get($"rest/api/{api}/field"), "field.json", cancellationToken).ConfigureAwait(false);
        if (options.BoardId is { } board)
        {
            await PageByStartAtAsync(import, start => $"rest/agile/1.0/board/{board}/sprint?startAt={start}&maxResults={options.PageSize}", "sprints.json", "values", cancellationToken).ConfigureAwait(false);
        }

        var issues = new List<(string Id, string Key)>();
        if (options.Deployment == JiraDeployment.Cloud)
        {
            string? token = null;
            for (var page = 0; page < options.MaxPages && !import.Failed; page++)
            {
                var query = $"rest/api/3/search/jql?jql={Uri.EscapeDataString(options.Jql)}&fields=*all&maxResults={options.PageSize}"
                    + (token is null ? "" : $"&nextPageToken={Uri.EscapeDataString(token)}");
                if (await import.FetchAsync(() => Get(query), $"search-{page}.json", cancellationToken).ConfigureAwait(false) is not { } response)
                {
                    break;
                }

                using var doc = JsonDocument.Parse(response.Body);
                Collect(doc.RootElement, issues);
                token = doc.RootElement.Str("nextPageToken");
                if (token is null || doc.RootElement.Prop("isLast") is { ValueKind: JsonValueKind.True })
                {
                    break;
                }
            }
        }
        else
        {
            await PageByStartAtAsync(import, start => $"rest/api/2/search?jql={Uri.EscapeDataString(options.Jql)}&fields=*all&startAt={start}&maxResults={options.PageSize}", "search.json", "issues", cancellationToken, page => Collect(page, issues)).ConfigureAwait(false);
        }

        if (options.BulkChangelog && options.Deployment == JiraDeployment.Cloud)
        {
            foreach (var chunk in issues.Chunk(1000))
            {
                string? token = null;
                for (var page = 0; page < options.MaxPages && !import.Failed; page++)
                {
                    var body = new Dictionary<string, object?> { ["issueIdsOrKeys"] = chunk.Select(i => i.Key).ToArray(), ["maxResults"] = options.PageSize, ["nextPageToken"] = token };
                    HttpRequestMessage Build() => new(HttpMethod.Post, new Uri(Site, "rest/api/3/changelog/bulkfetch")) { Content = JsonContent.Create(body) };
                    if (await import.FetchAsync(Build, "bulk-changelog.json", cancellationToken).ConfigureAwait(false) is not { } response)
                    {
                        break;
                    }

                    using var doc = JsonDocument.Parse(response.Body);
                    token = doc.RootElement.Str("nextPageToken");
                    if (token is null)
                    {
                        break;
                    }
                }
            }
        }
        else
        {
            foreach (var (_, key) in issues)
            {
                if (import.Failed)
                {
                    break;
                }

                await PageByStartAtAsync(import, start => $"rest/api/{api}/issue/{Uri.EscapeDataString(key)}/changelog?startAt={start}&maxResults={options.PageSize}", $"{key}.changelog.json", "values", cancellationToken).ConfigureAwait(false);
            }
        }

        return await import.FinishAsync().ConfigureAwait(false);
    }

    private async Task PageByStartAtAsync(LiveImport import, Func<int, string> url, string sourceName, string array, CancellationToken cancellationToken, Action<JsonElement>? onPage = null)
    {
        var start = 0;
        for (var page = 0; page < options.MaxPages && !import.Failed; page++)
        {
            var path = url(start);
            if (await import.FetchAsync(() => Get(path), sourceName, cancellationToken).ConfigureAwait(false) is not { } response)
            {
                return;
            }

            using var doc = JsonDocument.Parse(response.Body);
            var root = doc.RootElement;
            onPage?.Invoke(root);
            var count = root.Prop(array) is { ValueKind: JsonValueKind.Array } a ? a.GetArrayLength() : 0;
            start += count;
            var total = root.Number("total");
            var last = root.Prop("isLast") is { ValueKind: JsonValueKind.True } || count == 0 || (total is { } t && start >= t)
                || (root.Prop("isLast") is null && total is null);
            if (last)
            {
                return;
            }
        }
    }

    private static void Collect(JsonElement page, List<(string Id, string Key)> issues)
    {
        if (page.Prop("issues") is { ValueKind: JsonValueKind.Array } list)
        {
            foreach (var issue in list.EnumerateArray())
            {
                if (issue.Str("key") is { } key)
                {
                    issues.Add((issue.Str("id") ?? key, key));
                }
            }
        }
    }

    private Uri Site => options.Site.AbsoluteUri.EndsWith('/') ? options.Site : new Uri(options.Site.AbsoluteUri + "/");

    private HttpRequestMessage Get(string relative) => new(HttpMethod.Get, new Uri(Site, relative));

    private void Authorize(HttpRequestMessage request) =>
        request.Headers.Authorization = options.Email is { } email
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{options.Token}")))
            : new AuthenticationHeaderValue("Bearer", options.Token);
}
