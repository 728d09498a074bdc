namespace PoPath.Generative;

/// <summary>The reply body passed the size cap.</summary>
internal sealed class ReplyTooLargeException(int maxBytes) : IOException($"the reply is larger than {maxBytes / 1024} KiB");
