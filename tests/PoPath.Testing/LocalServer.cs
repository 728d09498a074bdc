using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PoPath.Testing;

/// <summary>An HTTP server on 127.0.0.1 that answers from a route table, for the live connectors' tests.</summary>
public sealed class LocalServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<Request, Reply> _handler;
    private readonly Task _loop;

    public LocalServer(Func<Request, Reply> handler)
    {
        _handler = handler;
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUri.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseUri { get; }

    public ConcurrentQueue<Request> Requests { get; } = new();

    public sealed record Request(string Method, string PathAndQuery, string? Authorization, string Body);

    /// <param name="Delay">How long to wait before answering (a slow server); the client may give up meanwhile.</param>
    public sealed record Reply(int Status, string Body, string ContentType = "application/json", IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = new Request(context.Request.HttpMethod, context.Request.Url!.PathAndQuery, context.Request.Headers["Authorization"], await reader.ReadToEndAsync());
            Requests.Enqueue(request);
            var reply = _handler(request);
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay);
            }

            try
            {
                context.Response.StatusCode = reply.Status;
                context.Response.ContentType = reply.ContentType;
                foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
                {
                    context.Response.Headers[name] = value;
                }

                var bytes = Encoding.UTF8.GetBytes(reply.Body);
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client gave up (a timeout test): nothing to answer to.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
