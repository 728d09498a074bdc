namespace PoPath.Generative.Tests;

public sealed class GenerativeEndpointTests
{
    [Theory]
    [InlineData("http://127.0.0.1:11434/v1", "http://127.0.0.1:11434/v1/")]
    [InlineData("http://127.0.0.1:11434/v1/", "http://127.0.0.1:11434/v1/")]
    [InlineData("https://api.example.com/v1/chat/completions", "https://api.example.com/v1/")]
    public void The_base_url_is_kept_without_a_trailing_chat_completions(string url, string expected)
    {
        GenerativeEndpoint.TryCreate(url, "llama3.1", out var e, out var error).ShouldBeTrue(error);

        e!.Url.AbsoluteUri.ShouldBe(expected);
        e.Timeout.ShouldBe(TimeSpan.FromSeconds(60));
    }

    [Theory]
    [InlineData("ftp://host/v1", "llama3.1", "not an http or https URL")]
    [InlineData("127.0.0.1:11434", "llama3.1", "not an http or https URL")]
    [InlineData("https://user:pw@host/v1", "llama3.1", "must not carry a user name")]
    [InlineData("https://host/v1?key=abc", "llama3.1", "must not carry a user name")]
    [InlineData("https://host/v1", " ", "model name is empty")]
    public void Bad_urls_and_models_are_refused_with_a_reason(string url, string model, string reason)
    {
        GenerativeEndpoint.TryCreate(url, model, out var e, out var error).ShouldBeFalse();

        e.ShouldBeNull();
        error.ShouldNotBeNull();
        error.ShouldContain(reason);
    }

    [Theory]
    [InlineData("https://api.example.com/v1", true)]
    [InlineData("http://127.0.0.1:11434/v1", true)]
    [InlineData("http://localhost:11434/v1", true)]
    [InlineData("http://[::1]:11434/v1", true)]
    [InlineData("http://192.168.1.5:11434/v1", false)]
    public void A_key_may_go_only_over_https_or_to_loopback(string url, bool allowed)
    {
        GenerativeEndpoint.TryCreate(url, "m", out var e, out _).ShouldBeTrue();

        e!.MaySendKey.ShouldBe(allowed);
    }
}
