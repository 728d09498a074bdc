using System.Globalization;
using PoPath.Generative;

namespace PoPath.Web.Hosting;

/// <summary>
/// The optional generative step on the assistance pages, off unless configured: <c>PoPath:Ai:Url</c> (an OpenAI-compatible
/// API base), <c>PoPath:Ai:Model</c>, <c>PoPath:Ai:KeyVariable</c> (the name of the environment variable that holds the key;
/// none for a local model) and <c>PoPath:Ai:TimeoutSeconds</c> (0.1–600, default 60).
/// </summary>
/// <remarks>
/// The same rules as the CLI's <c>--rephrase</c>: the URL is checked by <see cref="GenerativeEndpoint.TryCreate"/>, the key
/// comes only from the environment, is sent only over https or to a loopback address, and is never shown. Read once at
/// start; a bad setting stops the start with a <see cref="SettingsException"/> naming the key.
/// </remarks>
internal sealed class GenerativeStep(GenerativeStep.Settings? settings)
{
    public const string Section = "PoPath:Ai";

    /// <param name="KeyVariable">The environment variable the key was read from; null when no key is sent.</param>
    public sealed record Settings(GenerativeEndpoint Endpoint, string? KeyVariable, string? Key)
    {
        /// <summary>Never the key.</summary>
        public override string ToString() => $"{Endpoint.Display} ({Endpoint.Model})";
    }

    /// <summary>The settings, or null when the generative step is not configured.</summary>
    public Settings? Current => settings;

    /// <summary>Reads <c>PoPath:Ai</c>; null when no URL is set and no other <c>PoPath:Ai</c> key either.</summary>
    /// <param name="environment">Reads an environment variable (tests pass their own).</param>
    /// <exception cref="SettingsException">A key is set without the URL, the URL or model is not usable, the key variable is unset, or the key would go over plain http to another host.</exception>
    public static Settings? Read(IConfiguration configuration, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var section = configuration.GetSection(Section);
        var url = Value(section, "Url");
        var model = Value(section, "Model");
        var variable = Value(section, "KeyVariable");
        var timeout = Value(section, "TimeoutSeconds");
        if (url is null)
        {
            return (model ?? variable ?? timeout) is null
                ? null
                : throw new SettingsException($"{Section}:Url is missing: the generative step needs the endpoint's API base (for a local Ollama: http://127.0.0.1:11434/v1), or remove the other {Section} settings to leave it off.");
        }

        if (model is null)
        {
            throw new SettingsException($"{Section}:Model is missing: name the model the endpoint at {Section}:Url knows, e.g. llama3.1.");
        }

        if (!GenerativeEndpoint.TryCreate(url, model, out var endpoint, out var error))
        {
            throw new SettingsException($"{Section}:Url or {Section}:Model: {error}.");
        }

        var seconds = GenerativeEndpoint.DefaultTimeout.TotalSeconds;
        if (timeout is not null && (!double.TryParse(timeout, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) || double.IsNaN(seconds) || seconds is < 0.1 or > 600))
        {
            throw new SettingsException($"{Section}:TimeoutSeconds '{timeout}' is not a number of seconds from 0.1 to 600.");
        }

        string? key = null;
        if (variable is not null)
        {
            if (variable.Length > 200 || !variable.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new SettingsException($"{Section}:KeyVariable must be the name of an environment variable (letters, digits and '_'), not the key itself.");
            }

            key = environment(variable)?.Trim();
            if (string.IsNullOrEmpty(key))
            {
                throw new SettingsException($"{Section}:KeyVariable names the environment variable {variable}, which is not set or empty; put the key there.");
            }

            if (!endpoint!.MaySendKey)
            {
                throw new SettingsException($"{Section}:Url: refusing to send the key over plain http to {endpoint.Url.Host}; use https (plain http only to this machine).");
            }
        }

        return new Settings(endpoint! with
        {
            Timeout = TimeSpan.FromSeconds(seconds),
            TimeoutAdvice = $"the server's {Section}:TimeoutSeconds sets how long it waits",
        }, variable, key);
    }

    private static string? Value(IConfiguration section, string name) => section[name] is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}
