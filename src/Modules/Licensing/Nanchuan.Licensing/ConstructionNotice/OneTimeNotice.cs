using Nanchuan.LandUse.Contracts;

namespace Nanchuan.Licensing.ConstructionNotice;

/// <summary>企业工程建设审批全流程一次性告知: every stage of the land-use process with the materials the applicant itself brings.</summary>
public sealed record OneTimeNotice(SupplyType SupplyType, IReadOnlyList<ConditionKind> Conditions, IReadOnlyList<NoticeStage> Stages)
{
    public int ApplicantMaterials => Stages.Sum(s => s.Materials.Count);
}

/// <summary>One stage (环节) with its 最终成效 (e.g. "零次跑、零材料") and what the applicant brings to it.</summary>
public sealed record NoticeStage(int Number, string Name, string Effect, IReadOnlyList<NoticeMaterial> Materials);

/// <summary>A material to bring; the note is the wording of the condition that decides it on this path, if any.</summary>
public sealed record NoticeMaterial(string Id, string Name, string? Note);

/// <summary>Builds the notice from the LandUse module's public stage catalogue only.</summary>
internal static class ConstructionNoticeDecisions
{
    /// <summary>Parses a comma-separated list of <see cref="ConditionKind"/> names (case-insensitive).</summary>
    public static IReadOnlyList<ConditionKind> ParseConditions(string? conditions)
    {
        var parsed = new List<ConditionKind>();
        foreach (var name in (conditions ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<ConditionKind>(name, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                throw new DomainValidationException("conditions", $"未知的项目情形“{name}” / unknown condition '{name}'; known: {string.Join(", ", Enum.GetNames<ConditionKind>())}.");
            parsed.Add(kind);
        }
        return parsed.Distinct().ToList();
    }

    public static OneTimeNotice Build(LandUseStageCatalogue catalogue, IReadOnlyList<ConditionKind> conditions) =>
        new(catalogue.SupplyType, conditions, catalogue.Stages.OrderBy(s => s.Number)
            .Select(s => new NoticeStage(s.Number, s.Name, s.Effect, s.Materials.Select(m => ApplicantBrings(m, conditions)).OfType<NoticeMaterial>().ToList()))
            .ToList());

    /// <summary>
    /// The material as the applicant brings it on this path, or null: by default a material the applicant supplies and that is
    /// still in the file and not attached from an earlier stage; a condition that holds may require it only then, waive it,
    /// make the applicant bring an exempt one, or replace it.
    /// </summary>
    private static NoticeMaterial? ApplicantBrings(CatalogueMaterial material, IReadOnlyList<ConditionKind> conditions)
    {
        var byDefault = material.Source == MaterialSource.Applicant && material.KeptInFile && material.FromStage is null;
        NoticeMaterial? result = byDefault ? new(material.Id, material.Name, null) : null;
        foreach (var condition in material.Conditions)
        {
            var holds = conditions.Contains(condition.Kind);
            switch (condition.Effect)
            {
                case ConditionEffect.RequiredOnlyWhen when !holds:
                case ConditionEffect.NotNeededWhen when holds:
                    return null;
                case ConditionEffect.RequiredOnlyWhen when result is not null:
                    result = result with { Note = condition.Note };
                    break;
                case ConditionEffect.ApplicantProvidesWhen when holds:
                    result = new(material.Id, material.Name, condition.Note);
                    break;
                case ConditionEffect.ReplacedWhen when holds:
                    result = new(material.Id, condition.Replacement ?? material.Name, condition.Note);
                    break;
            }
        }
        return result;
    }
}
