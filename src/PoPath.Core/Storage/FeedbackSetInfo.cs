namespace PoPath.Core.Storage;

/// <summary>One imported feedback set of a workspace: numbered 1, 2, … per workspace, immutable once written.</summary>
public sealed record FeedbackSetInfo(string Workspace, int Number, string Source, DateTimeOffset ImportedAt, int EntryCount, int WarningCount);
