using System.Globalization;
using PoPath.Import.Json;

namespace PoPath.Import.Tests.Json;

public sealed class JsonValuesTests
{
    [Theory]
    [InlineData("2021-03-05T16:04:01.164+0800", "2021-03-05T16:04:01.1640000+08:00")]
    [InlineData("2017-09-04T02:08:16.6Z", "2017-09-04T02:08:16.6000000+00:00")]
    [InlineData("2024-03-01T09:00:00.000-05:30", "2024-03-01T09:00:00.0000000-05:30")]
    [InlineData("2024-03-04T00:00:00Z", "2024-03-04T00:00:00.0000000+00:00")]
    [InlineData("2024-03-04T00:00:00.123456789Z", "2024-03-04T00:00:00.1234567+00:00")]
    [InlineData("2024-03-04", "2024-03-04T00:00:00.0000000+00:00")]
    [InlineData("2024-03-04 10:00:00", "2024-03-04T10:00:00.0000000+00:00")]
    public void Parses_the_time_shapes_trackers_write(string text, string expected) =>
        JsonValues.ParseTime(text)!.Value.ToString("O", CultureInfo.InvariantCulture).ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2024-02-30T00:00:00Z")]
    [InlineData("2024-13-01T00:00:00Z")]
    public void Gives_null_for_what_is_not_a_time(string text) => JsonValues.ParseTime(text).ShouldBeNull();
}
