using Microsoft.Extensions.Options;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Oversight;

namespace Nanchuan.LandUse.Projects;

/// <summary>Start a land-use project and give it its one code (赋码).</summary>
/// <param name="SmallLowRiskSocialInvestment">社会投资小型低风险建设项目 (no multi-survey results at stage 6).</param>
/// <param name="MajorOrSpecialWorks">特殊工程 or major works in transport, water, energy (completion verification survey report at stage 6).</param>
/// <param name="CollectiveOrJointHousing">集资建房、经济适用房 or 联建 (approval or agreement at stage 7).</param>
public sealed record StartProject(
    SupplyType SupplyType, string ProjectName, string CreditCode, string EnterpriseName,
    bool SmallLowRiskSocialInvestment = false, bool MajorOrSpecialWorks = false, bool CollectiveOrJointHousing = false)
    : IOpenApiExample<StartProject>
{
    public static StartProject Example => new(SupplyType.Transfer, "南川工业园区新材料产业园一期", "91500119MA5U8XRB98", "重庆南川示例科技有限公司");
}

/// <summary>The new project: its code and the id of its event stream (for GET /api/audit/streams/{id}).</summary>
public sealed record ProjectStarted(string Code, Guid StreamId);

public static class StartProjectEndpoint
{
    [WolverinePost("/api/landuse/projects")]
    [Authorize(Roles = ProjectAccess.Handlers)]
    [Tags("LandUse")]
    [EndpointSummary("用地项目赋码 / Start a land-use project and issue its one code")]
    [EndpointDescription("Window clerks and department handlers (区规划自然资源局). Issues the 24-character code YYMM-500119-DD-TT-XXXXXC (GB/T 40058-2021 structure, ISO 7064 MOD 37,36 check character); every stage, material, output, trip and consultation hangs off it.")]
    [ProducesResponseType<ProjectStarted>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<(ProjectStarted, CaseOpened)> Post(
        StartProject command, IDocumentSession session, TimeProvider clock, IWorkingDayCalendar calendar, IOptions<ProjectCodeOptions> options, CancellationToken cancellation)
    {
        ProjectAccess.EnsureDepartment(CurrentActor.Value);
        var creditCode = Validate(command);
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var type = command.SupplyType == SupplyType.Transfer ? settings.TransferProjectType : settings.AllocationProjectType;
        string code;
        do code = ProjectCode.Issue(calendar.LocalDay(now), settings.DepartmentCode, type, Random.Shared);
        while (await session.LoadAsync<ProjectCodeRegistration>(code, cancellation) is not null);

        var id = Guid.NewGuid();
        session.Insert(new ProjectCodeRegistration(code, id));
        var started = new LandUseProjectStarted(id, code, command.SupplyType, command.ProjectName.Trim(), creditCode, command.EnterpriseName.Trim(),
            new ProjectTraits(command.SmallLowRiskSocialInvestment, command.MajorOrSpecialWorks, command.CollectiveOrJointHousing), now);
        session.Events.StartStream<LandUseProject>(id, started);
        return (new ProjectStarted(code, id), ProjectOversight.Opened(started));
    }

    private static string Validate(StartProject command)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(command.SupplyType)) errors["supplyType"] = ["供地方式应为出让或划拨 / supplyType must be transfer or allocation."];
        if (string.IsNullOrWhiteSpace(command.ProjectName) || command.ProjectName.Length > 200) errors["projectName"] = ["请填写项目名称（200字以内） / projectName is required (at most 200 characters)."];
        if (string.IsNullOrWhiteSpace(command.EnterpriseName) || command.EnterpriseName.Length > 200) errors["enterpriseName"] = ["请填写用地单位名称 / enterpriseName is required."];
        if (!UnifiedSocialCreditCode.TryParse(command.CreditCode, out var creditCode, out var error)) errors["creditCode"] = [error ?? "统一社会信用代码无效 / invalid credit code."];
        if (command.SmallLowRiskSocialInvestment && command.MajorOrSpecialWorks)
            errors["majorOrSpecialWorks"] = ["小型低风险项目不能同时是重大工程 / a small low-risk project cannot be a major or special work."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return creditCode.Value;
    }
}
