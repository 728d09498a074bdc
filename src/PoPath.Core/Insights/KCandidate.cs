namespace PoPath.Core.Insights;

/// <summary>One number of themes tried by the automatic choice and its mean silhouette (cosine, on the selection sample).</summary>
public sealed record KCandidate(int K, double Silhouette);
