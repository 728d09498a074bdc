namespace PoPath.Web.Tests.Support;

/// <summary>Small backlogs the tests import, written here so each test owns its data.</summary>
internal static class Csv
{
    /// <summary>Three items: a ready one, one missing a trade-off, and one whose title and description carry HTML and script payloads.</summary>
    public const string Backlog = """
        ID,Summary,Description,Acceptance Criteria,Priority
        SHOP-1,Pre-fill the card after a failed 3-D Secure step,"First-time guest shoppers abandon checkout when they have to type their card a second time after a failed 3-D Secure step: 41 support tickets last month. Why: card abandonment is our largest single checkout loss; finance puts it at about 18,000 EUR of orders a month. We build on the provider's hosted tokens instead of storing cards ourselves, so we accept that the form looks less like our brand. Outcome: checkout abandonment after a failed 3-D Secure step falls from 34% to under 20% within six weeks.","Given a guest whose 3-D Secure step failed
        When they retry the payment
        Then the card number is pre-filled",High
        SHOP-2,Add an export button,Add a CSV export button to the orders page.,,Medium
        SHOP-3,<script>window.__pwned=1</script><b>bold</b>,"<img src=x onerror=""window.__pwned=2""> As a user I want <i>this</i>",,Low
        """;

    /// <summary>A Linear export with two cycles: items planned at the start, one added mid-cycle, one cancelled, one waiting — enough history for every signal to be read.</summary>
    public const string LinearHistory = """
        ID,Team,Title,Description,Status,Estimate,Priority,Project,Creator,Assignee,Labels,Cycle Number,Cycle Name,Cycle Start,Cycle End,Created,Updated,Started,Completed,Canceled,Archived
        ENG-1,Engineering,Save carts for returning buyers,"Returning buyers lose their cart after 24 hours: 120 complaints a month. Why: repeat orders are 40% of revenue. Outcome: cart recovery rises from 5% to 12%.",Done,3,High,Shop,Pat,Dev,"feature, web",7,Cycle 7,2024-03-04T00:00:00.000Z,2024-03-18T00:00:00.000Z,2024-02-20T10:00:00.000Z,2024-03-10T10:00:00.000Z,2024-03-05T10:00:00.000Z,2024-03-09T10:00:00.000Z,,
        ENG-2,Engineering,Urgent banner for the sales event,Sales asked for it today.,Done,2,Urgent,Shop,Sam,Dev,,7,Cycle 7,2024-03-04T00:00:00.000Z,2024-03-18T00:00:00.000Z,2024-03-11T10:00:00.000Z,2024-03-14T10:00:00.000Z,2024-03-11T11:00:00.000Z,2024-03-14T10:00:00.000Z,,
        ENG-3,Engineering,Faster search results,"Search takes 3 seconds on mobile. Outcome: under 1 second at p95.",In Progress,5,Medium,Shop,Pat,Dev,,8,Cycle 8,2024-03-18T00:00:00.000Z,2024-04-01T00:00:00.000Z,2024-02-21T10:00:00.000Z,2024-03-20T10:00:00.000Z,2024-03-19T10:00:00.000Z,,,
        ENG-4,Engineering,Partner API keys,,Backlog,,Low,Shop,Lee,,,,,,,2024-01-02T10:00:00.000Z,2024-01-02T10:00:00.000Z,,,,
        ENG-5,Engineering,Gift wrapping option,,Canceled,,No priority,,Sam,,,8,Cycle 8,2024-03-18T00:00:00.000Z,2024-04-01T00:00:00.000Z,2024-03-19T10:00:00.000Z,2024-03-21T10:00:00.000Z,,,2024-03-21T10:00:00.000Z,
        """;

    public static MultipartFormDataContent Upload(string csv, string name = "backlog.csv")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", name);
        return content;
    }
}
