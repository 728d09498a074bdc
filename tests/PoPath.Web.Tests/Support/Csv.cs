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

    public static MultipartFormDataContent Upload(string csv, string name = "backlog.csv")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", name);
        return content;
    }
}
