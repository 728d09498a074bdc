using System.Reflection;

namespace PoPath.Web.Hosting;

/// <summary>The app's stylesheet, embedded so that <c>popath serve</c> needs no web root beside the executable.</summary>
internal static class Assets
{
    private static readonly Lazy<byte[]> CssBytes = new(() =>
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("PoPath.Web.Assets.app.css")
            ?? throw new InvalidOperationException("app.css is missing from this build");
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    });

    public static IResult Css(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(CssBytes.Value, "text/css; charset=utf-8");
    }
}
