namespace Nanchuan.LandUse.Domain.Materials;

/// <summary>
/// Pure computation of how every material of a stage is supplied for one project: exactly what the applicant must
/// bring, what is attached from earlier stages, what is fetched from other systems, and what the conditions rule out.
/// </summary>
internal static class RequiredMaterials
{
    public static IReadOnlyList<MaterialRequirement> For(CatalogueStage stage, StageFacts facts) =>
        stage.Materials.Select(m => Resolve(m, facts)).ToList();

    private static MaterialRequirement Resolve(CatalogueMaterial material, StageFacts facts)
    {
        if (material.MergedInto is { } target)
            return Requirement(material, MaterialDisposition.MergedIntoAnother, $"已合并到 {target} / merged into {target}");

        foreach (var condition in material.Conditions)
        {
            var holds = facts.Holds(condition.Kind);
            switch (condition.Effect)
            {
                case ConditionEffect.RequiredOnlyWhen when !holds:
                case ConditionEffect.NotNeededWhen when holds:
                    return Requirement(material, MaterialDisposition.NotNeeded, condition.Note);
                case ConditionEffect.ApplicantProvidesWhen when holds:
                    return Requirement(material, MaterialDisposition.ApplicantBrings, condition.Note);
                case ConditionEffect.ReplacedWhen when holds:
                    return Requirement(material, MaterialDisposition.ApplicantBrings, condition.Note) with { Name = condition.Replacement ?? material.Name };
            }
        }

        return material switch
        {
            { Source: MaterialSource.Applicant } => Requirement(material, MaterialDisposition.ApplicantBrings, "申请人提供，一窗收取 / brought by the applicant, collected once at the window"),
            { Source: MaterialSource.LandReserveAgency } => Requirement(material, MaterialDisposition.LandReserveAgencySupplies, "储备机构提供 / supplied by the land reserve agency"),
            { FromStage: { } stage } => Requirement(material, MaterialDisposition.AttachedFromEarlierStage, $"自动关联第{stage}环节成果 / attached from stage {stage}"),
            _ => Requirement(material, MaterialDisposition.FetchedFromSystem,
                $"通过{string.Join("、", material.Systems)}共享获取 / fetched from {string.Join(", ", material.Systems)}"),
        };
    }

    private static MaterialRequirement Requirement(CatalogueMaterial m, MaterialDisposition disposition, string reason) =>
        new(m.Id, m.Name, disposition, m.Source, m.Method, m.Systems, m.FromStage, m.MergedInto, reason);
}
