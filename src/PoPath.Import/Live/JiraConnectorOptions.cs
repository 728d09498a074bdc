namespace PoPath.Import.Live;

/// <summary>What to read from a Jira site and how to authenticate.</summary>
/// <remarks>
/// The token is passed in by the caller (read from an environment variable there) and is only ever put in the
/// <c>Authorization</c> header: never in a URL, a message or a log. With <see cref="Email"/> it is a Jira Cloud API
/// token (Basic auth); without, a Data Center personal access token (Bearer).
/// </remarks>
public sealed record JiraConnectorOptions : LiveOptions
{
    /// <summary>The site, e.g. <c>https://example.atlassian.net</c>.</summary>
    public required Uri Site { get; init; }

    /// <summary>The JQL selecting the issues.</summary>
    public required string Jql { get; init; }

    /// <summary>The API token or personal access token.</summary>
    public required string Token { get; init; }

    /// <summary>The account e-mail for Cloud API tokens; <c>null</c> for a Data Center personal access token.</summary>
    public string? Email { get; init; }

    /// <summary>Cloud (<c>/rest/api/3/search/jql</c>, token paging) or Data Center (<c>/rest/api/2/search</c>, startAt paging).</summary>
    public JiraDeployment Deployment { get; init; } = JiraDeployment.Cloud;

    /// <summary>Fetch full changelogs through the Cloud bulk endpoint (<c>POST /rest/api/3/changelog/bulkfetch</c>) instead of per issue.</summary>
    public bool BulkChangelog { get; init; }

    /// <summary>A board whose sprints to read (<c>/rest/agile/1.0/board/{id}/sprint</c>), for sprint dates and states.</summary>
    public int? BoardId { get; init; }
}
