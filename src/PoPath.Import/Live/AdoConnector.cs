using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PoPath.Core.History;
using PoPath.Import.AzureDevOps;
using PoPath.Import.Json;

namespace PoPath.Import.Live;

/// <summary>Reads work items with their full history from Azure DevOps: WIQL, work items batch, per-item updates, team iterations.</summary>
/// <remarks>Every page goes through the same reader as a file import; failures are one error in the result, which then holds nothing.</remarks>
public sealed class AdoConnector(HttpClient http, AdoConnectorOptions options)
{
    private const string Version = "api-version=7.1";

    public async Task<BacklogHistory> LoadAsync(CancellationToken cancellationToken = default)
    {
        var client = new LiveClient(http, options, r => r.Headers.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($":{options.Pat}"))));
        var import = new LiveImport(LiveClient.Describe(options.Organization), new AdoHistoryReader(options.Import), client);
        var project = Uri.EscapeDataString(options.Project);

        if (options.Team is { } team)
        {
            await import.FetchAsync(() => Get($"{project}/{Uri.EscapeDataString(team)}/_apis/work/teamsettings/iterations?{Version}"), "iterations.json", cancellationToken).ConfigureAwait(false);
        }

        var ids = new List<int>();
        var wiql = await import.FetchAsync(
            () => new HttpRequestMessage(HttpMethod.Post, Url($"{project}/_apis/wit/wiql?{Version}")) { Content = JsonContent.Create(new { query = options.Wiql }) },
            "wiql.json",
            cancellationToken).ConfigureAwait(false);
        if (wiql is not null)
        {
            using var doc = JsonDocument.Parse(wiql.Body);
            if (doc.RootElement.Prop("workItems") is { ValueKind: JsonValueKind.Array } items)
            {
                ids.AddRange(items.EnumerateArray().Select(i => i.Prop("id")).OfType<JsonElement>().Where(i => i.ValueKind == JsonValueKind.Number).Select(i => i.GetInt32()));
            }
        }

        foreach (var chunk in ids.Chunk(200))
        {
            var body = new Dictionary<string, object> { ["ids"] = chunk, ["$expand"] = "all" };
            await import.FetchAsync(
                () => new HttpRequestMessage(HttpMethod.Post, Url($"{project}/_apis/wit/workitemsbatch?{Version}")) { Content = JsonContent.Create(body) },
                "workitems.json",
                cancellationToken).ConfigureAwait(false);
        }

        foreach (var id in ids)
        {
            for (var skip = 0; !import.Failed; skip += options.PageSize)
            {
                var path = $"{project}/_apis/wit/workItems/{id}/updates?$top={options.PageSize}&$skip={skip}&{Version}";
                if (await import.FetchAsync(() => Get(path), $"{id}.updates.json", cancellationToken).ConfigureAwait(false) is not { } page)
                {
                    break;
                }

                using var doc = JsonDocument.Parse(page.Body);
                var count = doc.RootElement.Prop("value") is { ValueKind: JsonValueKind.Array } v ? v.GetArrayLength() : 0;
                if (count < options.PageSize || skip / options.PageSize >= options.MaxPages)
                {
                    break;
                }
            }
        }

        return await import.FinishAsync().ConfigureAwait(false);
    }

    private Uri Url(string relative) =>
        new(options.Organization.AbsoluteUri.EndsWith('/') ? options.Organization : new Uri(options.Organization.AbsoluteUri + "/"), relative);

    private HttpRequestMessage Get(string relative) => new(HttpMethod.Get, Url(relative));
}
