using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.History;

namespace PoPath.Import.Live;

/// <summary>One live import: fetched pages are fed to the file format's reader, so a live import and a file import give the same history.</summary>
internal sealed class LiveImport(string source, IHistoryReader reader, LiveClient client)
{
    private readonly HistoryCollector _collector = new(source);

    public bool Failed => _collector.Failed;

    /// <summary>Fetches one page and reads it as <paramref name="sourceName"/>; the body, or <c>null</c> after an error.</summary>
    public async Task<LiveResponse?> FetchAsync(Func<HttpRequestMessage> build, string sourceName, CancellationToken cancellationToken)
    {
        if (_collector.Failed)
        {
            return null;
        }

        var response = await client.SendAsync(build, cancellationToken).ConfigureAwait(false);
        if (response.Error is { } error)
        {
            _collector.Add(ImportDiagnostic.Error(new SourceLocation(response.Where), error));
            return null;
        }

        using var stream = new MemoryStream(response.Body, writable: false);
        return await _collector.ReadAsync(reader, stream, sourceName, cancellationToken).ConfigureAwait(false) ? response : null;
    }

    public void Fail(string where, string message) => _collector.Add(ImportDiagnostic.Error(new SourceLocation(where), message));

    public Task<BacklogHistory> FinishAsync() => _collector.FinishAsync([reader], reader.Format);
}
