using Nanchuan.LandUse.Domain.Catalogue;

namespace Nanchuan.LandUse.Domain.Projects;

/// <summary>Pure decisions on a project's stages: what may be accepted or completed, and what the applicant must bring.</summary>
internal static class StageDecisions
{
    public static CatalogueStage CatalogueStage(LandUseProject project, int stage)
    {
        if (stage is < 1 or > 7) throw new DomainValidationException("stage", "环节应为1至7 / the stage must be 1–7.");
        return StageCatalogue.Of(project.SupplyType).Stage(stage);
    }

    /// <summary>Refuses (409) a stage already accepted, or one whose earlier stages are not all completed.</summary>
    public static void EnsureCanAccept(LandUseProject project, int stage)
    {
        var action = $"受理第{stage}环节";
        if (project.Stage(stage) is not null)
            throw new InvalidStateTransitionException(project.StateLabel, action, $"第{stage}环节已受理，不能重复受理 / stage {stage} was already accepted.");
        var missing = Enumerable.Range(1, stage - 1).Where(n => project.Stage(n) is not { Completed: true }).ToList();
        if (missing.Count > 0)
            throw new InvalidStateTransitionException(project.StateLabel, action,
                $"前置环节未办结：第{string.Join("、", missing)}环节 / earlier stages not completed: {string.Join(", ", missing)}.");
    }

    public static StageFacts Facts(LandUseProject project, DateOnly today, bool commitmentRoute) => new(
        today, project.TopographicMapSurveyedOn, commitmentRoute, project.Traits.SmallLowRiskSocialInvestment,
        project.Traits.MajorOrSpecialWorks, project.Traits.CollectiveOrJointHousing,
        LandCertificateInRegistrationSystem: project.Stage(4) is { Completed: true });

    /// <summary>The applicant must bring exactly the computed materials: a missing one or one the module fetches itself is a field error.</summary>
    public static void EnsureExactlyTheRequiredMaterials(IReadOnlyList<MaterialRequirement> requirements, IReadOnlyCollection<string> brought)
    {
        var required = requirements.Where(r => r.Disposition is MaterialDisposition.ApplicantBrings or MaterialDisposition.LandReserveAgencySupplies).ToList();
        var errors = new List<string>();
        foreach (var missing in required.Where(r => !brought.Contains(r.MaterialId)))
            errors.Add($"缺少材料 {missing.MaterialId}“{missing.Name}” / material {missing.MaterialId} is missing.");
        foreach (var extra in brought.Where(id => required.All(r => r.MaterialId != id)))
        {
            var known = requirements.SingleOrDefault(r => r.MaterialId == extra);
            errors.Add(known is null
                ? $"本环节没有材料 {extra} / stage has no material {extra}."
                : $"材料 {extra}“{known.Name}”无需申请人提交（{known.Reason}） / material {extra} is not to be brought by the applicant.");
        }
        if (brought.Count != brought.Distinct().Count()) errors.Add("材料重复 / a material is listed twice.");
        if (errors.Count > 0) throw new DomainValidationException(new Dictionary<string, string[]> { ["materials"] = errors.ToArray() });
    }

    /// <summary>Outputs must be exactly the stage's outputs, each with a number.</summary>
    public static IReadOnlyList<StageOutput> Outputs(LandUseProject project, CatalogueStage stage, IReadOnlyDictionary<string, string>? numbers)
    {
        var open = project.Stage(stage.Number);
        if (open is not { Completed: false })
            throw new InvalidStateTransitionException(project.StateLabel, $"办结第{stage.Number}环节",
                open is null ? $"第{stage.Number}环节尚未受理 / stage {stage.Number} has not been accepted." : $"第{stage.Number}环节已办结 / stage {stage.Number} is already completed.");
        numbers ??= new Dictionary<string, string>();
        var errors = new Dictionary<string, string[]>();
        foreach (var output in stage.Outputs.Where(o => !numbers.TryGetValue(o.Key, out var n) || string.IsNullOrWhiteSpace(n)))
            errors[$"outputs.{output.Key}"] = [$"请填写“{output.Name}”的编号 / the number of {output.Key} is required."];
        foreach (var unknown in numbers.Keys.Where(k => stage.Outputs.All(o => o.Key != k)))
            errors[$"outputs.{unknown}"] = [$"第{stage.Number}环节没有成果 {unknown} / stage {stage.Number} has no output {unknown}."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return stage.Outputs.Select(o => new StageOutput(o.Key, o.Name, numbers[o.Key].Trim())).ToList();
    }
}
