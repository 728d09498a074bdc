using System.Net;

namespace PoPath.Web.Hosting;

/// <summary><c>popath serve --self-check</c>: requests the pages a new user meets first and reports what came back.</summary>
internal static class SelfCheck
{
    private static readonly (string Path, HttpStatusCode Expected, string Contains)[] Probes =
    [
        ("/healthz", HttpStatusCode.OK, "ok"),
        ("/account/login", HttpStatusCode.OK, "Sign in"),
        ("/", HttpStatusCode.Redirect, ""),
        ("/api/workspaces", HttpStatusCode.Unauthorized, ""),
        ("/openapi/v1.json", HttpStatusCode.OK, "\"openapi\""),
        ("/app.css", HttpStatusCode.OK, "--chip"),
        ("/_framework/blazor.web.js", HttpStatusCode.OK, "Blazor"),
    ];

    public static async Task<int> RunAsync(string address, TextWriter output, CancellationToken ct)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)), Timeout = TimeSpan.FromSeconds(30) };
        var failed = 0;
        foreach (var (path, expected, contains) in Probes)
        {
            using var response = await http.GetAsync(path, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var ok = response.StatusCode == expected && body.Contains(contains, StringComparison.Ordinal)
                && response.Headers.Contains("Content-Security-Policy");
            failed += ok ? 0 : 1;
            output.WriteLine($"self-check {(ok ? "ok  " : "FAIL")} GET {path} -> {(int)response.StatusCode}{(ok ? "" : $" (expected {(int)expected}{(contains.Length > 0 ? $" containing {contains}" : "")}, with a CSP header)")}");
        }

        output.WriteLine(failed == 0 ? "self-check passed" : $"self-check: {failed} probe(s) failed");
        return failed == 0 ? 0 : 1;
    }
}
