namespace PoPath.Import.Csv;

/// <summary>The backlog-item fields a CSV column can fill.</summary>
internal enum CsvColumn
{
    Id,
    Title,
    Description,
    AcceptanceCriteria,
    Rank,
    Priority,
    DueDate,
    Labels,
    Links,
    Blocks,
    TypedLink,
    StoryPoints,
    BusinessValue,
    TimeCriticality,
    RiskReduction,
    JobSize,
    Status,
    Type,
    Sprint,
    Created,
    Updated,
    Reporter,
    Assignee,
}
