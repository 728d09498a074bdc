using PoPath.Core.Model;

namespace PoPath.Testing;

/// <summary>Test data builders: small, valid model objects with only the fields a test cares about set.</summary>
public static class Some
{
    /// <summary>A backlog item; every argument is optional so a test names only what it is about.</summary>
    public static BacklogItem Item(
        string title = "Export the monthly report",
        string? description = null,
        string? acceptanceCriteria = null,
        string id = "X-1",
        int rank = 1,
        string? type = null,
        string? priority = null,
        DateOnly? dueDate = null,
        IReadOnlyList<ItemLink>? links = null,
        WsjfInputs? wsjf = null) => new()
        {
            Id = id,
            Title = title,
            Description = description,
            AcceptanceCriteria = acceptanceCriteria,
            Rank = rank,
            Type = type,
            Priority = priority,
            DueDate = dueDate,
            Links = links ?? [],
            Wsjf = wsjf,
        };

    /// <summary>An item that answers all five questions and the acceptance-criteria check.</summary>
    public static BacklogItem ReadyItem(string id = "R-1", int rank = 1) => Item(
        id: id,
        rank: rank,
        title: "As a night-shift nurse, I want the handover list pre-filled from the ward chart, so that I stop re-typing every patient's medication",
        description: """
            Support tickets show nurses spend 25 minutes per shift re-typing handover notes.
            The re-typing costs the hospital overtime and is a medication-error risk the compliance board flagged.
            We chose to pre-fill from the chart instead of building a new handover app; the app is deferred to next year.
            Outcome: cut handover preparation time from 25 to 10 minutes per shift by the end of Q3.
            Due before the ward audit on 2027-03-31.
            """,
        acceptanceCriteria: """
            - Given a ward chart with 12 patients, when the nurse opens the handover list, then all 12 patients are shown with their medication.
            """,
        dueDate: new DateOnly(2027, 3, 31));

    /// <summary>An item with nothing but a task title: every element is missing.</summary>
    public static BacklogItem BareTask(string id = "T-1", int rank = 1) => Item(id: id, rank: rank, title: "Rename the config file");
}
