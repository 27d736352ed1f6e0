namespace Nanchuan.LandUse.Domain.Materials;

/// <summary>How one material of a stage gets into the project's file this time.</summary>
public enum MaterialDisposition
{
    /// <summary>The applicant brings it (一窗收取): the only materials counted as brought by the applicant.</summary>
    ApplicantBrings,
    /// <summary>The land reserve agency hands it over (stage 1).</summary>
    LandReserveAgencySupplies,
    /// <summary>An earlier stage's output or a material collected earlier, attached automatically.</summary>
    AttachedFromEarlierStage,
    /// <summary>Fetched from another system through its adapter.</summary>
    FetchedFromSystem,
    /// <summary>Part of another material (合并).</summary>
    MergedIntoAnother,
    /// <summary>Not needed for this project (a condition rules it out).</summary>
    NotNeeded,
}

/// <param name="Name">The material's name, or the replacement's name when a condition replaces it.</param>
/// <param name="Reason">Why it is handled this way, in Chinese and English (the condition that applied, or the catalogue rule).</param>
public sealed record MaterialRequirement(
    string MaterialId, string Name, MaterialDisposition Disposition, MaterialSource Source, AcquisitionMethod Method,
    IReadOnlyList<ExternalSystem> Systems, int? FromStage, string? MergedInto, string Reason)
{
    /// <summary>Whether it ends up as a document in the file (brought, handed over, attached or fetched).</summary>
    public bool InFile => Disposition is not (MaterialDisposition.MergedIntoAnother or MaterialDisposition.NotNeeded);
}
