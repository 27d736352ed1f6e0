using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Utilities.Deadlines;
using Nanchuan.Utilities.Domain;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Enterprises;
using Wolverine;

namespace Nanchuan.Utilities.Power;

/// <summary>A complete power application (电力报装“网上办”), accepted by the power company.</summary>
/// <param name="EnterpriseName">Only needed when the company is not registered on the platform; a registered company's licence data is reused.</param>
/// <param name="CapacityKva">Requested capacity (报装容量), kVA.</param>
/// <param name="WantedPowerOnDate">When the user needs power (用电时序), for grid planning.</param>
/// <param name="AcceptedAt">When the complete application was accepted; leave out for now (an earlier time records it after the fact).</param>
public sealed record ApplyForPowerRequest(
    string CreditCode,
    string? EnterpriseName,
    PowerConnectionClass Class,
    string SiteAddress,
    decimal CapacityKva,
    DateOnly? WantedPowerOnDate,
    DateTimeOffset? AcceptedAt) : IOpenApiExample<ApplyForPowerRequest>
{
    public static ApplyForPowerRequest Example => new("91500119MA5U8XRB98", null, PowerConnectionClass.LowVoltageNonResidential,
        "南川区东城街道工业园区8号", 80m, new DateOnly(2025, 2, 10), new DateTimeOffset(2025, 1, 23, 10, 0, 0, TimeSpan.FromHours(8)));
}

/// <summary>The application was accepted: the limit and the power-on deadline (none yet for high voltage).</summary>
public sealed record PowerApplicationAcceptedResponse(Guid Id, string Limit, DateTimeOffset AcceptedAt, DateTimeOffset? DueAt, bool LicenceDataShared)
    : CreationResponse($"{UtilitiesModule.Route}/power-connections/{Id}"), IOpenApiExample<PowerApplicationAcceptedResponse>
{
    public static PowerApplicationAcceptedResponse Example => new(Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"), "4个工作日",
        new DateTimeOffset(2025, 1, 23, 10, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2025, 2, 5, 18, 0, 0, TimeSpan.FromHours(8)), true);
}

public static class ApplyForPowerEndpoint
{
    [WolverinePost($"{UtilitiesModule.Route}/power-connections")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.WindowClerk},{Roles.DepartmentHandler}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("受理电力报装 / Accept a power application")]
    [EndpointDescription("An enterprise (its own credit code), a window clerk or the power company's staff records a complete application. Limits by class: low-voltage residential 3 working days, low-voltage non-residential without works 4 working days, with works 15 days, high voltage 5 working days after the completion inspection request. A company registered on the platform uploads nothing: its licence data is reused. Schedules the deadline's warning and overdue check.")]
    [ProducesResponseType<PowerApplicationAcceptedResponse>(StatusCodes.Status201Created)]
    public static async Task<(PowerApplicationAcceptedResponse, OutgoingMessages)> Post(
        ApplyForPowerRequest request, IDocumentSession session, IWorkingDayCalendar calendar, DeadlineWatch watch, TimeProvider time,
        CancellationToken cancellation)
    {
        UtilityAccess.EnsureMayApply(CurrentActor.Value, Providers.PowerCompany, request.CreditCode);
        var errors = new Dictionary<string, string[]>();
        var applicant = await Applicants.ResolveAsync(session, request.CreditCode, request.EnterpriseName, errors, cancellation);
        if (!Enum.IsDefined(request.Class)) errors["class"] = ["报装类别无效 / unknown connection class."];
        if (string.IsNullOrWhiteSpace(request.SiteAddress)) errors["siteAddress"] = ["请填写用电地址 / give the site address."];
        if (request.CapacityKva <= 0) errors["capacityKva"] = ["报装容量应大于0 / the capacity must be positive."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var acceptedAt = StepTime.Resolve(request.AcceptedAt, time, "acceptedAt");

        var limit = PowerTimeLimits.For(request.Class);
        DateTimeOffset? dueAt = request.Class.RunsFromAcceptance() ? limit.DueFrom(calendar, acceptedAt) : null;
        var id = Guid.CreateVersion7();
        var accepted = new PowerApplicationAccepted(id, applicant!.CreditCode, applicant.Name, applicant.Registered is not null,
            applicant.Registered?.LegalRepresentative, applicant.Registered?.Address, request.Class, request.SiteAddress.Trim(), request.CapacityKva,
            request.WantedPowerOnDate, Providers.PowerCompany, acceptedAt, dueAt);
        session.Events.StartStream<PowerConnection>(id, accepted);

        var opened = ConnectionOversight.Opened(PowerDeadlines.Type, PowerStepEndpoints.What, id, accepted.CreditCode, accepted.EnterpriseName, accepted.Provider,
            acceptedAt);
        var outgoing = new OutgoingMessages();
        // High voltage: the limit starts with the completion inspection request, not here.
        if (dueAt is { } due) PowerDeadlines.Open(watch, outgoing, opened, UtilityDeadline.PowerOn, limit, acceptedAt, due);
        else outgoing.Add(opened);
        return (new PowerApplicationAcceptedResponse(id, limit.Label, acceptedAt, dueAt, accepted.LicenceDataShared), outgoing);
    }
}
