namespace PoPath.Storage.Schema;

// The tables' rows. Names map to snake_case columns (PoPathDbContext); the bulk writers name the same columns,
// so a rename here must be made there too (the contract suite's round-trip test catches a mismatch).
#pragma warning disable CA1812 // Instantiated by EF Core.

/// <summary>A workspace: one team's or PO's data.</summary>
internal sealed class WorkspaceRow
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One import; never updated after its transaction commits.</summary>
internal sealed class SnapshotRow
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public int Number { get; set; }
    public string Source { get; set; } = "";
    public string Format { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    public int ItemCount { get; set; }
    public int WarningCount { get; set; }
    public string DiagnosticsJson { get; set; } = "[]";
    public double AverageScore { get; set; }
    public double TopAverageScore { get; set; }
    public int Passing { get; set; }
    public int SprintCount { get; set; }
    public int EventCount { get; set; }
}

/// <summary>A backlog item as imported, every canonical field; lists as JSON text.</summary>
internal sealed class ItemRow
{
    public long SnapshotId { get; set; }
    public int Ordinal { get; set; }
    public string ItemId { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? AcceptanceCriteria { get; set; }
    public int Rank { get; set; }
    public string? Type { get; set; }
    public string? Status { get; set; }
    public string? Priority { get; set; }
    public DateOnly? DueDate { get; set; }
    public string? LinksJson { get; set; }
    public string? LabelsJson { get; set; }
    public double? StoryPoints { get; set; }
    public double? BusinessValue { get; set; }
    public double? TimeCriticality { get; set; }
    public double? RiskReduction { get; set; }
    public double? JobSize { get; set; }
    public string? SprintsJson { get; set; }

    // Round-trip ("O") text: keeps the source's UTC offset, which timestamptz would drop.
    public string? Created { get; set; }
    public string? Updated { get; set; }
    public string? Reporter { get; set; }
    public string? Assignee { get; set; }
    public string? SourceFile { get; set; }
    public int? SourceLine { get; set; }
    public string? SourcePath { get; set; }
}

/// <summary>An item's readiness in its snapshot: score, questions and story-form findings.</summary>
internal sealed class ItemResultRow
{
    public long SnapshotId { get; set; }
    public int Ordinal { get; set; }
    public int Score { get; set; }
    public bool Passes { get; set; }
    public string QuestionsJson { get; set; } = "[]";
    public string FindingsJson { get; set; } = "[]";
}

/// <summary>One element's verdict for one item: status, reason and evidence.</summary>
internal sealed class ElementResultRow
{
    public long SnapshotId { get; set; }
    public int Ordinal { get; set; }

    /// <summary>The element id (<c>customer_need</c> …).</summary>
    public string Element { get; set; } = "";

    /// <summary><c>present</c>, <c>weak</c> or <c>missing</c>.</summary>
    public string Status { get; set; } = "";
    public string Reason { get; set; } = "";
    public string EvidenceJson { get; set; } = "[]";
}

/// <summary>A sprint as imported with the snapshot's history.</summary>
internal sealed class SprintRow
{
    public long SnapshotId { get; set; }
    public int Ordinal { get; set; }
    public string SprintId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Completed { get; set; }

    /// <summary><c>unknown</c>, <c>future</c>, <c>active</c> or <c>closed</c>.</summary>
    public string State { get; set; } = "";
    public string? Goal { get; set; }
    public bool Inferred { get; set; }
}

/// <summary>A dated change to an item, as imported with the snapshot's history.</summary>
internal sealed class ItemEventRow
{
    public long SnapshotId { get; set; }
    public int Ordinal { get; set; }
    public string ItemId { get; set; } = "";

    /// <summary>The <c>ItemEventKind</c> in snake_case (<c>status_changed</c> …).</summary>
    public string Kind { get; set; } = "";

    /// <summary>Round-trip text with the source's offset.</summary>
    public string At { get; set; } = "";

    /// <summary>The same instant as Unix milliseconds: what queries sort and filter on.</summary>
    public long AtUnixMs { get; set; }
    public string? Actor { get; set; }
    public string? FromValue { get; set; }
    public string? ToValue { get; set; }
    public string? SprintId { get; set; }
    public string? Direction { get; set; }
    public string? ChangeId { get; set; }
    public string? SourceFile { get; set; }
    public int? SourceLine { get; set; }
    public string? SourcePath { get; set; }
}

/// <summary>A user of the web app (schema only for now).</summary>
internal sealed class UserRow
{
    public long Id { get; set; }
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A user's role in a workspace: <c>owner</c>, <c>manager</c> or <c>viewer</c> (schema only for now).</summary>
internal sealed class MembershipRow
{
    public long WorkspaceId { get; set; }
    public long UserId { get; set; }
    public string Role { get; set; } = "";
}

/// <summary>One setting of a workspace (schema version 2), e.g. <c>product_owner</c>; the latest value wins.</summary>
internal sealed class WorkspaceSettingRow
{
    public long WorkspaceId { get; set; }
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One applied schema version.</summary>
internal sealed class SchemaVersionRow
{
    public int Version { get; set; }
    public DateTimeOffset AppliedAt { get; set; }
    public string Description { get; set; } = "";
}

/// <summary>One imported feedback set of a workspace (schema version 4).</summary>
internal sealed class FeedbackSetRow
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public int Number { get; set; }
    public string Source { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    public int EntryCount { get; set; }
    public int WarningCount { get; set; }
}

/// <summary>One feedback entry of a set, verbatim.</summary>
internal sealed class FeedbackEntryRow
{
    public long SetId { get; set; }
    public int Ordinal { get; set; }
    public string EntryId { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Source { get; set; }

    /// <summary>Round-trip text with the source's offset.</summary>
    public string? Date { get; set; }
    public string? Customer { get; set; }
    public string? Segment { get; set; }
    public string? SourceFile { get; set; }
    public int? SourceLine { get; set; }
    public string? SourcePath { get; set; }
}
