namespace Nanchuan.LandUse.Contracts;

/// <summary>One material of a stage, as the seed's attachment lists it (“一码办”各环节材料清单).</summary>
/// <param name="Id">Stable id "{stage}.{number}", e.g. "5.4" for the design scheme.</param>
/// <param name="Systems">The systems an exempt (or system-supplied) material is fetched from.</param>
/// <param name="FromStage">For a material that is an earlier stage's output or was collected earlier: that stage; it is attached automatically.</param>
/// <param name="MergedInto">For a merged material: the id of the material it is now part of.</param>
public sealed record CatalogueMaterial(
    string Id, int Number, string Name, MaterialChange Change, MaterialSource Source, AcquisitionMethod Method,
    IReadOnlyList<ExternalSystem> Systems, int? FromStage, string? MergedInto, IReadOnlyList<MaterialCondition> Conditions)
{
    /// <summary>Counted among the materials still in the file after the reform (保留 and 前置).</summary>
    public bool KeptInFile => Change is MaterialChange.Keep or MaterialChange.MovedEarlier;
}

/// <summary>An output (办理成果) of a stage, recorded with its number when the stage completes.</summary>
public sealed record CatalogueOutput(string Key, string Name);

/// <summary>One stage (环节) of the one-code process.</summary>
/// <param name="Effect">最终成效 as the seed states it (e.g. "零次跑、零材料").</param>
/// <param name="CountsAsStep">True for stages 2–7, the six steps "from the transfer contract to the property certificate" (13 before).</param>
public sealed record CatalogueStage(int Number, string Name, string Effect, bool CountsAsStep, IReadOnlyList<CatalogueMaterial> Materials, IReadOnlyList<CatalogueOutput> Outputs)
{
    public int MaterialsBefore => Materials.Count;
    public int MaterialsKept => Materials.Count(m => m.KeptInFile);
}

/// <summary>The whole catalogue of one supply type, with the seed's baseline figures.</summary>
/// <param name="StepsBefore">13 steps before the reform (contract to certificate).</param>
/// <param name="MaterialsBefore">36 materials in the file before the reform.</param>
/// <param name="ApplicantMaterialsBasePath">Materials the applicant itself brings on the path without conditional materials (6).</param>
public sealed record LandUseStageCatalogue(
    SupplyType SupplyType, IReadOnlyList<CatalogueStage> Stages, int StepsBefore, int MaterialsBefore, int ApplicantMaterialsBasePath)
{
    public int Steps => Stages.Count(s => s.CountsAsStep);
    public int MaterialsKept => Stages.Sum(s => s.MaterialsKept);

    public CatalogueStage Stage(int number) => Stages.Single(s => s.Number == number);
}

/// <summary>Query contract: other modules read the stage catalogue through this (registered by the LandUse module).</summary>
public interface ILandUseStageCatalogue
{
    LandUseStageCatalogue For(SupplyType supplyType);
}

/// <summary>The same query as a message: <c>bus.InvokeAsync&lt;LandUseStageCatalogue&gt;(new GetLandUseStageCatalogue(SupplyType.Transfer))</c>.</summary>
public sealed record GetLandUseStageCatalogue(SupplyType SupplyType);
