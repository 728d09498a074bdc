using System.CommandLine;
using PoPath.Generative;

namespace PoPath.Cli.Feedback;

/// <summary>The options of the optional generative step: <c>--rephrase</c> and where to send it (<c>--ai-url</c>, <c>--ai-model</c>, <c>--ai-key-env</c>, <c>--ai-timeout</c>).</summary>
/// <remarks>Without <c>--rephrase</c> the others are not read and nothing leaves the machine.</remarks>
internal sealed class RephraseOptions
{
    public const string UrlVariable = "POPATH_AI_URL";
    public const string ModelVariable = "POPATH_AI_MODEL";

    private RephraseOptions()
    {
    }

    public Option<bool> Rephrase { get; } = new("--rephrase")
    {
        Description = "Also have an OpenAI-compatible model rephrase the result; every generated sentence must cite the evidence, and sentences it does not support are marked. Off by default: nothing leaves the machine.",
    };

    public Option<string?> Url { get; } = new("--ai-url")
    {
        Description = $"With --rephrase: the endpoint's API base, e.g. http://127.0.0.1:11434/v1 for a local Ollama (default: ${UrlVariable}).",
        HelpName = "URL",
    };

    public Option<string?> Model { get; } = new("--ai-model")
    {
        Description = $"With --rephrase: the model name, e.g. llama3.1 (default: ${ModelVariable}).",
        HelpName = "M",
    };

    public Option<string?> KeyVariable { get; } = new("--ai-key-env")
    {
        Description = "With --rephrase: the environment variable holding the API key (none for a local model). Sent only over https or to this machine; never printed.",
        HelpName = "VAR",
    };

    public Option<double> Timeout { get; } = new("--ai-timeout")
    {
        Description = "With --rephrase: seconds to wait for the reply (0.1–600).",
        DefaultValueFactory = _ => GenerativeEndpoint.DefaultTimeout.TotalSeconds,
        HelpName = "S",
    };

    public static RephraseOptions Create()
    {
        var o = new RephraseOptions();
        o.Timeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0.1 or > 600 || double.IsNaN(r.GetValueOrDefault<double>()))
            {
                r.AddError("--ai-timeout expects seconds from 0.1 to 600.");
            }
        });
        return o;
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Rephrase);
        command.Options.Add(Url);
        command.Options.Add(Model);
        command.Options.Add(KeyVariable);
        command.Options.Add(Timeout);
    }

    /// <summary>Null without --rephrase; else the endpoint and key, or a usage error written to stderr (then <paramref name="failed"/> is true).</summary>
    public RephraseSettings? Resolve(CliEnvironment env, ParseResult parse, out bool failed)
    {
        failed = false;
        if (!parse.GetValue(Rephrase))
        {
            return null;
        }

        var url = parse.GetValue(Url) ?? env.GetVariable(UrlVariable);
        var model = parse.GetValue(Model) ?? env.GetVariable(ModelVariable);
        if (string.IsNullOrWhiteSpace(url) || string.IsNullOrWhiteSpace(model))
        {
            env.Error.WriteLine($"popath: --rephrase needs --ai-url URL (or ${UrlVariable}) and --ai-model M (or ${ModelVariable}); for a local Ollama: --ai-url http://127.0.0.1:11434/v1 --ai-model llama3.1.");
            failed = true;
            return null;
        }

        if (!GenerativeEndpoint.TryCreate(url, model, out var endpoint, out var error))
        {
            env.Error.WriteLine($"popath: --ai-url/--ai-model: {error}.");
            failed = true;
            return null;
        }

        string? key = null;
        if (parse.GetValue(KeyVariable) is { } variable)
        {
            key = env.GetVariable(variable)?.Trim();
            if (string.IsNullOrEmpty(key))
            {
                env.Error.WriteLine($"popath: the environment variable {variable} named by --ai-key-env is not set or empty; put the key there (it is read from the environment, never from the command line).");
                failed = true;
                return null;
            }

            if (!endpoint!.MaySendKey)
            {
                env.Error.WriteLine($"popath: refusing to send the key over plain http to {endpoint.Url.Host}; use https (plain http is allowed only to this machine).");
                failed = true;
                return null;
            }
        }

        return new RephraseSettings(endpoint! with { Timeout = TimeSpan.FromSeconds(parse.GetValue(Timeout)), TimeoutAdvice = "set --ai-timeout to wait longer" }, key);
    }
}
