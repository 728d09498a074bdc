namespace PoPath.Import.Live;

/// <summary>What to read from an Azure DevOps project and how to authenticate.</summary>
/// <remarks>The personal access token is passed in by the caller and only ever put in the <c>Authorization</c> header.</remarks>
public sealed record AdoConnectorOptions : LiveOptions
{
    /// <summary>The organisation URL, e.g. <c>https://dev.azure.com/fabrikam</c>.</summary>
    public required Uri Organization { get; init; }

    /// <summary>The project name.</summary>
    public required string Project { get; init; }

    /// <summary>The personal access token (Work Items: Read).</summary>
    public required string Pat { get; init; }

    /// <summary>The team whose iterations give sprint dates; without one, sprints are inferred from iteration paths.</summary>
    public string? Team { get; init; }

    /// <summary>The WIQL query selecting the work items.</summary>
    public string Wiql { get; init; } = "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project ORDER BY [System.Id]";
}
