namespace PoPath.Import.Feedback;

/// <summary>The fields of a feedback entry a file may hold.</summary>
internal enum FeedbackField
{
    Id,
    Text,
    Source,
    Date,
    Customer,
    Segment,
}
