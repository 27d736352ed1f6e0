using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain;

namespace Nanchuan.Utilities.Power;

/// <summary>A problem with a power connection reported to 023-71422916, 023-71992345 or ncjxw71422552@126.com (提升办电规范性).</summary>
public sealed record ReportPowerProblemRequest(ProblemReportChannel Channel, string ContactPerson, string Phone, string Content, DateTimeOffset? ReportedAt)
    : IOpenApiExample<ReportPowerProblemRequest>
{
    public static ReportPowerProblemRequest Example => new(ProblemReportChannel.EconomicCommissionHotline, "王经理", "13812345678",
        "报装已超过4个工作日仍未接电，供电所称需补交营业执照。", null);
}

public static class ReportPowerProblemEndpoint
{
    [WolverinePost($"{UtilitiesModule.Route}/power-connections/{{id}}/problem-reports")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.BusinessOffice},{Roles.DepartmentHandler}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("反映办电问题 / Report a power-connection problem")]
    [EndpointDescription("The enterprise itself, the BusinessOffice (enterprise hotline 023-71992345, answered in the hours the Grievances module keeps for it, by default 08:30–18:00: a call stamped outside is a 400) or 区经济信息委 (023-71422916, e-mail) records the report on the connection; it is sent to the Grievances module as a new enterprise request (LodgeEnterpriseRequest through the outbox) under the channel it came by — a phone line as phone, e-mail as platform (online) — with the report id as its source reference and the connection as its source case.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<(CaseStepRecorded, LodgeEnterpriseRequest)> Post(
        Guid id, ReportPowerProblemRequest request, IDocumentSession session, TimeProvider time, IEnterpriseHotline hotline, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<PowerConnection>(session, id, PowerStepEndpoints.What, cancellation);
        var state = stream.Aggregate!;
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.Enterprise) UtilityAccess.EnsureOwn(actor, state.CreditCode);
        else if (actor.Role == Roles.DepartmentHandler && !UtilityAccess.IsEconomicCommission(actor))
            throw new AccessDeniedException("办电问题由区经济信息委或区营商办受理 / problem reports are taken by 区经济信息委 or the BusinessOffice.");

        // Grievances' own rules for what it is sent, so a report accepted here is never refused there.
        var errors = EnterpriseRequestRules.Check(state.EnterpriseName, request.ContactPerson, request.Phone, request.Content).ToDictionary();
        if (!Enum.IsDefined(request.Channel)) errors["channel"] = ["反映渠道无效 / unknown channel."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var reportedAt = StepTime.Resolve(request.ReportedAt, time, "reportedAt");
        if (!request.Channel.IsAnsweredAt(reportedAt, hotline))
            throw new DomainValidationException("reportedAt",
                $"{request.Channel.Contact()}的接听时间为{hotline.Opens:HH\\:mm}至{hotline.Closes:HH\\:mm}，该来电时间不在其内 / "
                + $"{request.Channel.Contact()} answers from {hotline.Opens:HH\\:mm} to {hotline.Closes:HH\\:mm}; a call stamped at this time is a data error.");

        if (actor.Role != Roles.Enterprise && request.Channel.GrievanceChannel() == EnterpriseRequestChannel.Phone) CurrentActor.ActsThrough(Channels.Phone);
        var reported = new PowerProblemReported(id, Guid.CreateVersion7(), request.Channel, request.ContactPerson.Trim(), request.Phone.Trim(),
            request.Content.Trim(), reportedAt);
        var lodge = new LodgeEnterpriseRequest(UtilitiesModule.ModuleName, reported.ReportId, id, request.Channel.GrievanceChannel(), state.EnterpriseName,
            UnifiedSocialCreditCode.Parse(state.CreditCode), reported.ContactPerson, reported.Phone,
            $"【电力报装办电问题，来源{request.Channel.Contact()}】{reported.Content}", reportedAt);
        return (CaseStreams.Append(stream, reported), lodge);
    }
}
