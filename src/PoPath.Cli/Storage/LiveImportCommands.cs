using System.CommandLine;
using System.Net;
using PoPath.Core.History;
using PoPath.Import.Live;

namespace PoPath.Cli.Storage;

/// <summary>
/// <c>popath import jira|ado|github</c>: read a backlog with its history straight from the tool's API (paging, rate
/// limits and retries are the connectors') and store it as the workspace's next snapshot.
/// </summary>
/// <remarks>
/// Tokens are read from the environment variable the user names (<c>--token-env</c>, <c>--pat-env</c>), never from an
/// argument, so they stay out of shell history and process lists; they are never printed. A token is only sent over
/// https, or over http to a loopback address (a local proxy or test server).
/// </remarks>
internal static class LiveImportCommands
{
    public static Command Jira(CliEnvironment env)
    {
        var site = new Option<string>("--site") { Description = "The Jira site, e.g. https://example.atlassian.net (Cloud) or https://jira.example.com (Data Center).", Required = true };
        var jql = new Option<string>("--jql") { Description = "The JQL selecting the issues, e.g. \"project = SHOP ORDER BY Rank\".", Required = true };
        var tokenEnv = new Option<string>("--token-env") { Description = "The environment variable holding the API token (Cloud, with --email) or personal access token (Data Center).", Required = true };
        var email = new Option<string?>("--email") { Description = "The account e-mail for a Jira Cloud API token (Basic auth). Without it the token is sent as a Data Center bearer token." };
        var deployment = new Option<string>("--deployment") { Description = "cloud (/rest/api/3/search/jql) or datacenter (/rest/api/2/search); auto: cloud for *.atlassian.net sites, else datacenter.", DefaultValueFactory = _ => "auto" };
        deployment.AcceptOnlyFromAmong("auto", "cloud", "datacenter");
        var bulk = new Option<bool>("--bulk-changelog") { Description = "Fetch full changelogs through Cloud's bulk endpoint instead of one request per issue." };
        var board = new Option<int?>("--board") { Description = "A board id whose sprints give sprint dates and states." };
        var pageSize = PageSize();
        var workspace = StoreOptions.Workspace();
        var db = StoreOptions.Db();
        var output = StoreOptions.Output();
        var command = new Command("jira", "Import issues with their full changelogs (sprints, rank moves, priority and status changes) from Jira Cloud or Data Center.")
        {
            site, jql, tokenEnv, email, deployment, bulk, board, pageSize, workspace, db, output,
        };
        command.SetAction((parse, ct) =>
        {
            if (!TrySite(env, "--site", parse.GetValue(site)!, out var siteUri) || !TryToken(env, parse.GetValue(tokenEnv)!, siteUri, out var token))
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            var kind = parse.GetValue(deployment) switch
            {
                "cloud" => JiraDeployment.Cloud,
                "datacenter" => JiraDeployment.DataCenter,
                _ => siteUri.Host.EndsWith(".atlassian.net", StringComparison.OrdinalIgnoreCase) ? JiraDeployment.Cloud : JiraDeployment.DataCenter,
            };
            var options = new JiraConnectorOptions
            {
                Site = siteUri,
                Jql = parse.GetValue(jql)!,
                Token = token,
                Email = parse.GetValue(email),
                Deployment = kind,
                BulkChangelog = parse.GetValue(bulk),
                BoardId = parse.GetValue(board),
                PageSize = parse.GetValue(pageSize),
            };
            return Run(env, parse.GetValue(db), parse.GetValue(workspace)!, parse.GetValue(output), Describe(siteUri),
                (http, token2) => new JiraConnector(http, options).LoadAsync(token2), ct);
        });
        return command;
    }

    public static Command Ado(CliEnvironment env)
    {
        var org = new Option<string>("--org") { Description = "The organisation: its URL (https://dev.azure.com/fabrikam) or just its name (fabrikam).", Required = true };
        var project = new Option<string>("--project") { Description = "The project name.", Required = true };
        var patEnv = new Option<string>("--pat-env") { Description = "The environment variable holding a personal access token with Work Items (Read).", Required = true };
        var team = new Option<string?>("--team") { Description = "The team whose iterations give sprint dates; without it sprints come from the iteration paths." };
        var wiql = new Option<string?>("--wiql") { Description = "A WIQL query selecting the work items (default: every work item of the project)." };
        var pageSize = PageSize();
        var workspace = StoreOptions.Workspace();
        var db = StoreOptions.Db();
        var output = StoreOptions.Output();
        var command = new Command("ado", "Import work items with their updates (iteration, stack rank, priority and state changes) from Azure DevOps.")
        {
            org, project, patEnv, team, wiql, pageSize, workspace, db, output,
        };
        command.SetAction((parse, ct) =>
        {
            var orgText = parse.GetValue(org)!.Trim();
            if (!orgText.Contains("://", StringComparison.Ordinal))
            {
                orgText = "https://dev.azure.com/" + Uri.EscapeDataString(orgText);
            }

            if (!TrySite(env, "--org", orgText, out var orgUri) || !TryToken(env, parse.GetValue(patEnv)!, orgUri, out var pat))
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            var options = new AdoConnectorOptions
            {
                Organization = orgUri,
                Project = parse.GetValue(project)!,
                Pat = pat,
                Team = parse.GetValue(team),
                PageSize = parse.GetValue(pageSize),
            };
            if (parse.GetValue(wiql) is { Length: > 0 } query)
            {
                options = options with { Wiql = query };
            }

            return Run(env, parse.GetValue(db), parse.GetValue(workspace)!, parse.GetValue(output), Describe(orgUri) + " " + options.Project,
                (http, token2) => new AdoConnector(http, options).LoadAsync(token2), ct);
        });
        return command;
    }

    public static Command GitHub(CliEnvironment env)
    {
        var repo = new Option<string>("--repo") { Description = "The repository as owner/name.", Required = true };
        var tokenEnv = new Option<string?>("--token-env") { Description = "The environment variable holding a token with read access to issues (without it: public repositories only, at a low rate limit)." };
        var api = new Option<string>("--api") { Description = "The API root: https://api.github.com/ or a GitHub Enterprise Server's https://host/api/v3/.", DefaultValueFactory = _ => "https://api.github.com/" };
        var pageSize = PageSize();
        var workspace = StoreOptions.Workspace();
        var db = StoreOptions.Db();
        var output = StoreOptions.Output();
        var command = new Command("github", "Import issues with their timelines (milestones as sprints, labels, closing reasons) from GitHub.")
        {
            repo, tokenEnv, api, pageSize, workspace, db, output,
        };
        command.SetAction((parse, ct) =>
        {
            var name = parse.GetValue(repo)!.Trim();
            if (name.Split('/') is not [{ Length: > 0 }, { Length: > 0 }] || name.Any(c => char.IsWhiteSpace(c) || c is '?' or '#' or '\\'))
            {
                env.Error.WriteLine($"popath: --repo '{name}': expected owner/name, e.g. octo-org/shop.");
                return Task.FromResult(ExitCodes.Usage);
            }

            if (!TrySite(env, "--api", parse.GetValue(api)!, out var apiUri))
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            string? token = null;
            if (parse.GetValue(tokenEnv) is { } variable && !TryToken(env, variable, apiUri, out token))
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            var options = new GitHubConnectorOptions
            {
                Repository = name,
                Token = token,
                ApiBase = new Uri(apiUri.AbsoluteUri.EndsWith('/') ? apiUri.AbsoluteUri : apiUri.AbsoluteUri + "/"),
                PageSize = parse.GetValue(pageSize),
            };
            return Run(env, parse.GetValue(db), parse.GetValue(workspace)!, parse.GetValue(output), name,
                (http, token2) => new GitHubConnector(http, options).LoadAsync(token2), ct);
        });
        return command;
    }

    private static Option<int> PageSize()
    {
        var o = new Option<int>("--page-size") { Description = "Items per request (1–100).", DefaultValueFactory = _ => 100 };
        o.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 100)
            {
                r.AddError("--page-size must be between 1 and 100.");
            }
        });
        return o;
    }

    private static async Task<int> Run(CliEnvironment env, string? db, string workspace, StoreOutput output, string source,
        Func<HttpClient, CancellationToken, Task<BacklogHistory>> load, CancellationToken ct)
    {
        return await StoreRunner.RunAsync(env, db, async store =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("PoPath/" + AppInfo.Version);
            return await ImportCommand.StoreAsync(env, store, source, workspace, withHistory: true, output, _ => load(http, ct), ct);
        }, ct);
    }

    private static bool TrySite(CliEnvironment env, string option, string text, out Uri uri)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out uri!) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            env.Error.WriteLine($"popath: {option} '{text}': expected an https:// URL without user name or password.");
            return false;
        }

        return true;
    }

    private static bool TryToken(CliEnvironment env, string variable, Uri target, out string token)
    {
        token = env.GetVariable(variable)?.Trim() ?? "";
        if (token.Length == 0)
        {
            env.Error.WriteLine($"popath: the environment variable {variable} is not set or empty; put the token there (it is read from the environment, never from the command line).");
            return false;
        }

        if (target.Scheme != Uri.UriSchemeHttps && !IsLoopback(target))
        {
            env.Error.WriteLine($"popath: refusing to send a token over plain http to {target.Host}; use https.");
            token = "";
            return false;
        }

        return true;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static string Describe(Uri uri) => uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
}
