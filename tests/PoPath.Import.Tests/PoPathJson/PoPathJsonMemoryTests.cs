using PoPath.Import.PoPathJson;
using PoPath.Import.Tests.Support;

namespace PoPath.Import.Tests.PoPathJson;

[Collection(RunsAlone.Name)]
public sealed class PoPathJsonMemoryTests
{
    [Fact]
    public async Task Keeps_memory_flat_in_the_number_of_items()
    {
        static async Task<long> MemoryAfter(int count)
        {
            long peak = 0;
            var n = 0;
            await foreach (var r in new PoPathJsonReader().ReadAsync(new GeneratedBacklogStream(count), "gen.json"))
            {
                r.Item.ShouldNotBeNull();
                if (++n % 20_000 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                }
            }

            n.ShouldBe(count);
            return peak;
        }

        var small = await MemoryAfter(20_000);
        var large = await MemoryAfter(200_000);

        (large - small).ShouldBeLessThan(8 * 1024 * 1024);
    }
}
