namespace PoPath.Web.Tests.Support;

/// <summary>Feedback and a backlog with requesters that the assistance tests import, written here so each test owns its data.</summary>
internal static class AssistData
{
    /// <summary>Eighteen comments on three subjects (password reset e-mails, CSV export columns, prices in euro); F-7 carries script and HTML payloads.</summary>
    public const string Feedback = """
        id,text,source,date,segment
        F-1,"The password reset email never arrives, I waited an hour",email,2026-03-01,SMB
        F-2,Password reset email did not arrive in my inbox,support,2026-03-02,SMB
        F-3,"I asked for a password reset twice, no email arrived",email,2026-03-03,Enterprise
        F-4,The reset password email is missing again,app review,2026-03-04,SMB
        F-5,Password reset link never arrives by email,support,2026-03-05,Free
        F-6,No password reset email after three tries,email,2026-03-06,Enterprise
        F-7,"<script>window.__pwned=1</script><img src=x onerror=""window.__pwned=2""> password reset email never arrives <b>bold</b>",email,2026-03-07,SMB
        F-8,The csv export drops the last column of the report,app review,2026-03-08,Enterprise
        F-9,Export to csv loses columns in the orders report,support,2026-03-09,Enterprise
        F-10,"The csv export is missing columns, Excel shows half the report",email,2026-03-10,SMB
        F-11,csv export drops columns when the report is long,support,2026-03-11,Enterprise
        F-12,Columns disappear from the csv export of the report,app review,2026-03-12,Free
        F-13,Invoices should show prices in euro for our office,email,2026-03-13,Enterprise
        F-14,Please show invoice prices in euro not dollars,support,2026-03-14,SMB
        F-15,We need invoices with prices in euro,email,2026-03-15,Enterprise
        F-16,Invoice prices in euro would help our accountants,app review,2026-03-16,Free
        F-17,Prices on the invoice must be in euro for the tax office,support,2026-03-17,Enterprise
        F-18,Euro prices on invoices please,email,2026-03-18,SMB
        """;

    /// <summary>Three items with reporters; AS-1 addresses the password theme, AS-2 the export theme; nothing addresses invoices in euro.</summary>
    public const string Backlog = """
        Issue key,Summary,Description,Acceptance Criteria,Rank,Reporter,Due date
        AS-1,Password reset email via a second provider,Support gets 40 tickets a week from customers whose password reset email never arrives. Reset tickets should fall from 40 to 10 a week by June.,"Given a customer asks for a password reset
        When the first provider fails
        Then the reset email is sent through the second provider within 2 minutes",1,Support lead,2026-05-01
        AS-2,CSV export keeps all columns,The csv export writes every column of the report so Excel users get the whole report.,"- The export is fast
        - All columns are exported",2,Ana,
        AS-3,Dark mode,As a user I want dark mode.,,3,Ana,
        """;
}
