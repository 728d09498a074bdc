using System.Net.Http.Headers;
using System.Text.Json;
using PoPath.Core.History;
using PoPath.Import.GitHub;
using PoPath.Import.Json;

namespace PoPath.Import.Live;

/// <summary>Reads a repository's issues, milestones and every issue's timeline from GitHub, following <c>Link</c> headers.</summary>
/// <remarks>Every page goes through the same reader as a file import; failures are one error in the result, which then holds nothing.</remarks>
public sealed class GitHubConnector(HttpClient http, GitHubConnectorOptions options)
{
    public async Task<BacklogHistory> LoadAsync(CancellationToken cancellationToken = default)
    {
        var client = new LiveClient(http, options, Authorize);
        var import = new LiveImport($"{LiveClient.Describe(options.ApiBase)}repos/{options.Repository}", new GitHubHistoryReader(options.Import), client);
        var repo = string.Join('/', options.Repository.Split('/').Select(Uri.EscapeDataString));

        await FollowAsync(import, Url($"repos/{repo}/milestones?state=all&per_page={options.PageSize}"), "milestones.json", null, cancellationToken).ConfigureAwait(false);
        var numbers = new List<int>();
        await FollowAsync(import, Url($"repos/{repo}/issues?state=all&per_page={options.PageSize}"), "issues.json", page =>
        {
            foreach (var issue in page.EnumerateArray())
            {
                if (issue.Prop("pull_request") is null && issue.Prop("number") is { ValueKind: JsonValueKind.Number } n)
                {
                    numbers.Add(n.GetInt32());
                }
            }
        }, cancellationToken).ConfigureAwait(false);

        foreach (var number in numbers)
        {
            await FollowAsync(import, Url($"repos/{repo}/issues/{number}/timeline?per_page={options.PageSize}"), $"{number}.timeline.json", null, cancellationToken).ConfigureAwait(false);
        }

        return await import.FinishAsync().ConfigureAwait(false);
    }

    private async Task FollowAsync(LiveImport import, Uri first, string sourceName, Action<JsonElement>? onPage, CancellationToken cancellationToken)
    {
        var next = first;
        for (var page = 0; next is not null && page < options.MaxPages && !import.Failed; page++)
        {
            var url = next;
            if (await import.FetchAsync(() => new HttpRequestMessage(HttpMethod.Get, url), sourceName, cancellationToken).ConfigureAwait(false) is not { } response)
            {
                return;
            }

            if (onPage is not null)
            {
                using var doc = JsonDocument.Parse(response.Body);
                if (doc.RootElement.ValueKind == JsonValueKind.Array)
                {
                    onPage(doc.RootElement);
                }
            }

            next = response.NextLink();
        }
    }

    private Uri Url(string relative) =>
        new(options.ApiBase.AbsoluteUri.EndsWith('/') ? options.ApiBase : new Uri(options.ApiBase.AbsoluteUri + "/"), relative);

    private void Authorize(HttpRequestMessage request)
    {
        request.Headers.UserAgent.ParseAdd("PoPath/1.0");
        request.Headers.TryAddWithoutValidation("X-GitHub-Api-Version", "2022-11-28");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
        if (options.Token is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }
}
