namespace PoPath.Core.Catalogue;

/// <summary>A catalogue file that cannot be used: every problem found, each naming the line, the field and what was expected.</summary>
public sealed class CatalogueException : Exception
{
    public CatalogueException(IReadOnlyList<string> errors)
        : base("The catalogue is not valid:\n  " + string.Join("\n  ", errors)) => Errors = errors;

    public CatalogueException()
        : this(["unknown error"])
    {
    }

    public CatalogueException(string message)
        : this([message])
    {
    }

    public CatalogueException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public IReadOnlyList<string> Errors { get; }
}
