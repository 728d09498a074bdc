namespace PoPath.Core.Storage;

/// <summary>An expected storage failure, with a message meant for the user.</summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoreException(StoreError error, string message, Exception? innerException = null)
        : base(message, innerException) => Error = error;

    /// <summary>What kind of failure it is (the CLI maps it to an exit code).</summary>
    public StoreError Error { get; }
}
