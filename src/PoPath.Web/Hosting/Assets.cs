using System.Reflection;

namespace PoPath.Web.Hosting;

/// <summary>The app's stylesheet and its one script, embedded so that <c>popath serve</c> needs no web root beside the executable.</summary>
internal static class Assets
{
    private static readonly Lazy<byte[]> CssBytes = new(() => Load("PoPath.Web.Assets.app.css"));
    private static readonly Lazy<byte[]> UploadBytes = new(() => Load("PoPath.Web.Assets.upload.js"));

    public static IResult Css(HttpContext context) => Send(context, CssBytes.Value, "text/css; charset=utf-8");

    /// <summary>Upload progress for the import forms (progressive: the forms work without it).</summary>
    public static IResult UploadScript(HttpContext context) => Send(context, UploadBytes.Value, "text/javascript; charset=utf-8");

    private static IResult Send(HttpContext context, byte[] bytes, string type)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(bytes, type);
    }

    private static byte[] Load(string name)
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is missing from this build");
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }
}
