using System.Text.Json;

namespace PoPath.Testing;

/// <summary>Replies in the OpenAI chat-completions protocol, for a <see cref="LocalServer"/> standing in for a model endpoint.</summary>
public static class ChatStub
{
    /// <summary>A <c>chat.completion</c> body whose one choice carries <paramref name="content"/>.</summary>
    public static string Completion(string content, string model = "stub-model") => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-stub-1",
        @object = "chat.completion",
        created = 1_760_000_000,
        model,
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });

    /// <summary>An OpenAI-style error body.</summary>
    public static string Error(string message) => JsonSerializer.Serialize(new { error = new { message, type = "server_error", code = (string?)null } });

    /// <summary>The messages of a chat-completions request body, as (role, content) pairs.</summary>
    public static IReadOnlyList<(string Role, string Content)> Messages(string requestBody)
    {
        using var doc = JsonDocument.Parse(requestBody);
        return [.. doc.RootElement.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, m.GetProperty("content").GetString()!))];
    }
}
