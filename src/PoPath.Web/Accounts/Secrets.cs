using System.Security.Cryptography;
using System.Text;

namespace PoPath.Web.Accounts;

/// <summary>Random secrets for links and API tokens, and the hash under which they are stored (never the secret itself).</summary>
internal static class Secrets
{
    /// <summary>256 random bits, URL-safe base64 without padding, after <paramref name="prefix"/>.</summary>
    public static string New(string prefix = "") => prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>Lower-case hex SHA-256 of the secret's UTF-8 bytes.</summary>
    /// <remarks>A plain hash suffices: the secrets are 256 random bits, so there is nothing to guess or look up.</remarks>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
