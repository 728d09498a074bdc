namespace PoPath.Core.Catalogue;

/// <summary>How strong the source of a catalogue fact is.</summary>
public enum SourceStrength
{
    /// <summary>The issuer's own page or support article.</summary>
    Official,

    /// <summary>A third-party copy of an official document.</summary>
    Mirror,

    /// <summary>Trainers, study guides or blogs only.</summary>
    Secondary,
}
