using System.Collections.Concurrent;
using System.Diagnostics;

namespace PoPath.Web.Hosting;

/// <summary>Server-side time per request, from the first middleware to the end of the response; registered only by benchmarks.</summary>
internal sealed class RequestTimings
{
    private readonly ConcurrentQueue<(string Path, double Ms)> _samples = new();

    public async Task MeasureAsync(HttpContext context, RequestDelegate next)
    {
        var start = Stopwatch.GetTimestamp();
        await next(context);
        _samples.Enqueue((context.Request.Path + context.Request.QueryString, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
    }

    /// <summary>Takes the samples recorded so far (and forgets them).</summary>
    public List<(string Path, double Ms)> Drain()
    {
        var list = new List<(string, double)>();
        while (_samples.TryDequeue(out var s))
        {
            list.Add(s);
        }

        return list;
    }
}
