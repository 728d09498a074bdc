using PoPath.Import.Csv;
using PoPath.Import.Tests.Support;

namespace PoPath.Import.Tests.Csv;

[Collection(RunsAlone.Name)]
public sealed class GenericCsvHardLimitTests
{
    [Fact]
    public async Task Stops_with_an_error_at_the_hard_limit_instead_of_buffering_without_end()
    {
        // The hard limit is at least 64 MiB; a small field cap does not lower it below that, so build just past it.
        var options = new ImportOptions { MaxFieldLength = 16 };
        var field = new string('y', (int)options.HardLimit + 10);
        var result = await Read.AllAsync(new GenericCsvReader(options), $"Id,Title\nA,a\nB,{field}\n");

        result.SingleError().Message.ShouldContain("reading stopped");
    }
}
