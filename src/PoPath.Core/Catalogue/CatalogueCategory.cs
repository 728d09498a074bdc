namespace PoPath.Core.Catalogue;

/// <summary>What kind of learning an entry is, as the route rules (DESIGN §5) use it.</summary>
public enum CatalogueCategory
{
    /// <summary>Role basics: a first Product Owner certification (CSPO, PSPO I, ICP-APO).</summary>
    PoBasics,

    /// <summary>A deeper team-level Product Owner certification (A-CSPO, CSP-PO, PSPO II/III, PSPO-A).</summary>
    PoAdvanced,

    /// <summary>Scaled product work (SAFe POPM, APM).</summary>
    Scaled,

    /// <summary>AI product learning (PSPO-AI Essentials, PMI-CPMAI).</summary>
    Ai,

    /// <summary>Evidence and value measurement (PAL-EBM).</summary>
    Evidence,

    /// <summary>Discovery and user experience (PSU I).</summary>
    Discovery,

    /// <summary>Neighbouring roles (product management, project delivery).</summary>
    Adjacent,
}
