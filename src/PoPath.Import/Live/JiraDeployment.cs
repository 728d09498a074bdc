namespace PoPath.Import.Live;

/// <summary>Which Jira a connector talks to.</summary>
public enum JiraDeployment
{
    /// <summary>Jira Cloud: <c>/rest/api/3/search/jql</c> with <c>nextPageToken</c>.</summary>
    Cloud,

    /// <summary>Jira Data Center / Server: <c>/rest/api/2/search</c> with <c>startAt</c>.</summary>
    DataCenter,
}
