namespace PoPath.Core.Readiness.StoryRules;

/// <summary>A small closed list of verbs common in story means, used to tell "search and filter" (two requests) from "terms and conditions" (one object).</summary>
/// <remarks>No part-of-speech tagger is available in the BCL, and pulling one in for this check alone would outweigh the check; a verb list is what AQUSA's chunker approximates too.</remarks>
internal static class Verbs
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "add", "edit", "delete", "remove", "create", "update", "view", "see", "find", "search", "filter", "sort", "export", "import",
        "download", "upload", "share", "send", "receive", "print", "save", "store", "submit", "approve", "reject", "review", "manage",
        "track", "monitor", "record", "report", "know", "get", "set", "change", "modify", "select", "choose", "pick", "assign",
        "schedule", "book", "cancel", "pay", "buy", "order", "sign", "log", "login", "register", "subscribe", "unsubscribe",
        "access", "browse", "compare", "contact", "notify", "email", "comment", "rate", "tag", "link", "attach", "publish",
        "archive", "restore", "copy", "move", "merge", "split", "generate", "calculate", "display", "show", "hide", "list",
        "identify", "describe", "define", "configure", "customize", "customise", "enter", "input", "provide", "request",
        "invite", "join", "leave", "follow", "mark", "flag", "verify", "validate", "check", "confirm", "download", "visualize",
        "visualise", "analyze", "analyse", "explore", "read", "write", "open", "close", "use", "make", "have", "keep", "be",
        "discover", "locate", "preview", "access", "deposit", "ingest", "harvest", "migrate", "map", "embed", "query", "collect",
        "reuse", "retrieve", "transfer", "maintain", "plan", "organize", "organise", "allocate", "estimate", "vote", "invite",
        "crop", "resize", "rotate", "edit", "scan", "print", "sync", "reply", "forward", "undo", "redo", "pin", "star", "like",
        "follow", "block", "mute", "report", "refund", "return", "exchange", "track", "rename", "group", "sort", "reorder", "drag",
    };

    public static bool IsLikelyVerb(string word) => Known.Contains(word);
}
