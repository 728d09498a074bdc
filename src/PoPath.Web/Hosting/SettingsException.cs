namespace PoPath.Web.Hosting;

/// <summary>A <c>PoPath:…</c> setting is missing, malformed or unsafe; the message names the key and what to do, and the app does not start.</summary>
internal sealed class SettingsException(string message) : InvalidOperationException(message);
