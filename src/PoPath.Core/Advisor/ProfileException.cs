namespace PoPath.Core.Advisor;

/// <summary>A profile that cannot be used: every problem, each naming the file, line, field and what was expected.</summary>
public sealed class ProfileException : Exception
{
    public ProfileException(IReadOnlyList<string> errors)
        : base(string.Join("\n", errors)) => Errors = errors;

    public ProfileException()
        : this(["unknown error"])
    {
    }

    public ProfileException(string message)
        : this([message])
    {
    }

    public ProfileException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public IReadOnlyList<string> Errors { get; }
}
