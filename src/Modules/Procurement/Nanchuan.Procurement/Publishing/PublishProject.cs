using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Procurement.Deadlines;

namespace Nanchuan.Procurement.Publishing;

/// <summary>An enterprise named by a request: credit code and name.</summary>
public sealed record PartyBody(string? CreditCode, string? Name);

/// <summary>
/// A works project to publish. The owner is the signed-in organisation. <c>justification</c> and <c>proposedContractor</c>
/// are required for a direct award, self-contracting or another method that names its contractor, and refused otherwise.
/// </summary>
/// <param name="Value">The project value in CNY (decimal, to the fen): from 50,000 included to below 4,000,000.</param>
/// <param name="Method">randomDraw, priceComparison, competitiveSelection, directAward, selfContracting, or a configured one.</param>
public sealed record PublishProjectRequest(
    string? Title, string? SupervisingDepartment, FundingSource? FundingSource, decimal? Value, string? Method, string? Justification, PartyBody? ProposedContractor)
    : IOpenApiExample<PublishProjectRequest>
{
    public static PublishProjectRequest Example => new("大观镇金龙村人居环境整治道路硬化工程", "区农业农村委", Domain.FundingSource.Fiscal, 860_000.00m,
        ProcurementMethods.RandomDraw, null, null);
}

/// <summary>The project as published: where it is, its state and, when it registers bidders, until when.</summary>
public sealed record ProjectPublishedResponse(Guid Id, ProjectStatus Status, DateTimeOffset? RegistrationClosesAt, DateTimeOffset DeadlineDueAt)
    : CreationResponse($"{ProcurementModule.Route}/projects/{Id}");

public static class PublishProjectEndpoint
{
    [WolverinePost($"{ProcurementModule.Route}/projects")]
    [Authorize(Roles = Roles.Enterprise)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("发布限下工程项目 / Publish a below-threshold works project")]
    [EndpointDescription("The owner (signed in with its credit code) publishes a works project using public money of any kind, from 50,000 CNY included to below 4,000,000 CNY; outside the band it is 400 saying where the project goes (below: the owner's own rules; 4,000,000 and more: statutory tendering). A random draw, price comparison or competitive selection opens registration for the configured working days (default 5) and watches the award deadline after it (default 5 working days); a direct award or self-contracting needs a written justification and the contractor it names, and waits for the supervising department's approval (watched, default 5 working days).")]
    [ProducesResponseType<ProjectPublishedResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static (ProjectPublishedResponse, OutgoingMessages) Post(
        PublishProjectRequest request, IDocumentSession session, ProcurementMethods methods, SupervisingDepartments departments, ProcurementOptions options,
        IWorkingDayCalendar calendar, DeadlineWatch watch, TimeProvider time)
    {
        var owner = ProcurementAccess.EnsureEnterprise(CurrentActor.Value, "发布项目");
        var now = time.GetUtcNow();
        var published = PublishDecision.Publish(request, owner, methods, departments, now, days => calendar.AddWorkingDays(now, days),
            (start, days) => calendar.AddWorkingDays(start, days), options);
        session.Events.StartStream<WorksProject>(published.ProjectId, published);
        var project = WorksProject.Create(published);
        var outgoing = new OutgoingMessages();
        ProjectDeadlines.Instance.Open(watch, outgoing, ProcurementCases.Opened(project), project);
        return (new ProjectPublishedResponse(project.Id, project.Status, project.RegistrationClosesAt, project.Deadline!.DueAt), outgoing);
    }
}

internal static class PublishDecision
{
    /// <summary>Checks every field and states the project; <paramref name="registrationCloses"/> and <paramref name="dueAfter"/> count working days.</summary>
    public static WorksProjectPublished Publish(PublishProjectRequest request, Party owner, ProcurementMethods methods, SupervisingDepartments departments,
        DateTimeOffset now, Func<int, DateTimeOffset> registrationCloses, Func<DateTimeOffset, int, DateTimeOffset> dueAfter, ProcurementOptions options)
    {
        var errors = new FieldErrors();
        errors.RequireText("title", request.Title, "项目名称", "the project title");
        errors.If(!departments.Contains(request.SupervisingDepartment?.Trim() ?? ""), "supervisingDepartment",
            $"监管部门应为：{string.Join("、", departments.Names)} / the supervising department must be one of: {string.Join(", ", departments.Names)}.");
        errors.If(request.FundingSource is not { } source || !Enum.IsDefined(source), "fundingSource",
            "请填写资金来源：fiscal、stateOwned、collective 或 villageOwnFunds / the funding source is required: fiscal, stateOwned, collective or villageOwnFunds.");
        if (request.Value is not { } value) errors.Add("value", "请填写项目金额（元） / the project value in CNY is required.");
        else if (ScopeBand.Problem(value) is { } outOfScope) errors.Add("value", outOfScope);
        var method = methods.Find(request.Method);
        errors.If(method is null, "method",
            $"发包方式应为：{string.Join("、", methods.All.Select(m => $"{m.Code}（{m.Name}）"))} / the method must be one of: {string.Join(", ", methods.All.Select(m => m.Code))}.");
        Party? contractor = null;
        if (method?.Rule == AwardRule.ApprovedJustification)
        {
            errors.RequireText("justification", request.Justification, $"{method.Name}的书面理由", "a written justification");
            if (request.ProposedContractor is null) errors.Add("proposedContractor", "请写明拟定的承包单位 / name the proposed contractor.");
            else
            {
                var code = errors.CreditCode("proposedContractor.creditCode", request.ProposedContractor.CreditCode);
                errors.RequireText("proposedContractor.name", request.ProposedContractor.Name, "承包单位名称", "the contractor's name");
                contractor = new Party(code, request.ProposedContractor.Name?.Trim() ?? "");
            }
        }
        else if (method is not null)
        {
            errors.If(request.Justification is not null, "justification", $"{method.Name}无需书面理由 / only a method that names its contractor takes a justification.");
            errors.If(request.ProposedContractor is not null, "proposedContractor", $"{method.Name}不预先确定承包单位 / {method.Code} does not name a contractor in advance.");
        }
        errors.ThrowIfAny();

        var approval = method!.Rule == AwardRule.ApprovedJustification;
        var closes = approval ? (DateTimeOffset?)null : registrationCloses(options.RegistrationWorkingDays);
        var deadline = approval
            ? new ProjectDeadline(DeadlineNames.Approval, options.ApprovalWorkingDays, now, dueAfter(now, options.ApprovalWorkingDays), false, false)
            : new ProjectDeadline(DeadlineNames.Award, options.AwardWorkingDays, closes!.Value, dueAfter(closes.Value, options.AwardWorkingDays), false, false);
        return new WorksProjectPublished(Guid.CreateVersion7(), request.Title!.Trim(), owner, request.SupervisingDepartment!.Trim(), request.FundingSource!.Value,
            request.Value!.Value, ScopeBand.BandOf(request.Value.Value), method.Code, method.Name, method.Rule, request.Justification?.Trim(), contractor,
            Quarter.Of(now).ToString(), closes, deadline, now);
    }
}
