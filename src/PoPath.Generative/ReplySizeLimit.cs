using PoPath.Core.IO;

namespace PoPath.Generative;

/// <summary>Stops reading a reply body past a cap: a declared Content-Length over it fails at once, a longer stream fails when it passes it.</summary>
internal sealed class ReplySizeLimit(int maxBytes, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            response.Dispose();
            throw new ReplyTooLargeException(maxBytes);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var capped = new StreamContent(new CountingReadStream(stream, read =>
        {
            if (read > maxBytes)
            {
                throw new ReplyTooLargeException(maxBytes);
            }
        }));
        foreach (var header in response.Content.Headers)
        {
            capped.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = capped;
        return response;
    }
}
