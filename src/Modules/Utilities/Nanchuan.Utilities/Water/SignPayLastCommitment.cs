using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Utilities.Deadlines;
using Nanchuan.Utilities.Domain;
using Nanchuan.Utilities.Domain.Water;
using Nanchuan.Utilities.Enterprises;
using Wolverine;

namespace Nanchuan.Utilities.Water;

/// <summary>
/// A "pay last" water application (城市供水报装“承诺办”) with the signed commitment letter. It asks for no document and no fee.
/// </summary>
/// <param name="EnterpriseName">Only needed when the company is not registered on the platform.</param>
/// <param name="CommitmentLetterSigned">The user signed 南川区用水报装费用“最后办”承诺书; required.</param>
/// <param name="SignedAt">When the letter was signed; leave out for now.</param>
public sealed record SignPayLastCommitmentRequest(
    string CreditCode,
    string? EnterpriseName,
    WaterApplicationChannel Channel,
    string SiteAddress,
    bool CommitmentLetterSigned,
    DateTimeOffset? SignedAt) : IOpenApiExample<SignPayLastCommitmentRequest>
{
    public static SignPayLastCommitmentRequest Example => new("91500119MA5U8XRB98", null, WaterApplicationChannel.JointUtilityWindow,
        "南川区东城街道工业园区8号", true, new DateTimeOffset(2024, 4, 3, 11, 0, 0, TimeSpan.FromHours(8)));
}

/// <summary>The commitment was recorded; the company must connect by <paramref name="ConnectionDueAt"/>.</summary>
public sealed record PayLastCommitmentResponse(Guid Id, DateTimeOffset SignedAt, DateTimeOffset ConnectionDueAt)
    : CreationResponse($"{UtilitiesModule.Route}/water-connections/{Id}"), IOpenApiExample<PayLastCommitmentResponse>
{
    public static PayLastCommitmentResponse Example => new(Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"),
        new DateTimeOffset(2024, 4, 3, 11, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2024, 4, 8, 18, 0, 0, TimeSpan.FromHours(8)));
}

public static class SignPayLastCommitmentEndpoint
{
    [WolverinePost($"{UtilitiesModule.Route}/water-connections")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.WindowClerk},{Roles.DepartmentHandler}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("供水报装费用“最后办”申请并签承诺书 / Pay-last water application with the commitment letter")]
    [EndpointDescription("Through any channel (government window, 渝快办, the joint utility window, the company's WeChat account, its business hall): the enterprise (its own code), a window clerk or 南川区自来水公司's staff records the application and the signed letter. No document and no fee are asked for. The company must connect within 2 working days; the deadline is watched.")]
    [ProducesResponseType<PayLastCommitmentResponse>(StatusCodes.Status201Created)]
    public static async Task<(PayLastCommitmentResponse, OutgoingMessages)> Post(
        SignPayLastCommitmentRequest request, IDocumentSession session, IWorkingDayCalendar calendar, DeadlineWatch watch, TimeProvider time,
        CancellationToken cancellation)
    {
        UtilityAccess.EnsureMayApply(CurrentActor.Value, Providers.WaterCompany, request.CreditCode);
        var errors = new Dictionary<string, string[]>();
        var applicant = await Applicants.ResolveAsync(session, request.CreditCode, request.EnterpriseName, errors, cancellation);
        if (!Enum.IsDefined(request.Channel)) errors["channel"] = ["申请渠道无效 / unknown channel."];
        if (string.IsNullOrWhiteSpace(request.SiteAddress)) errors["siteAddress"] = ["请填写用水地址 / give the site address."];
        if (!request.CommitmentLetterSigned)
            errors["commitmentLetterSigned"] = ["须签署用水报装费用“最后办”承诺书 / the pay-last commitment letter must be signed."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var signedAt = StepTime.Resolve(request.SignedAt, time, "signedAt");

        var id = Guid.CreateVersion7();
        var signed = new PayLastCommitmentSigned(id, applicant!.CreditCode, applicant.Name, request.Channel, request.SiteAddress.Trim(),
            Providers.WaterCompany, signedAt, WaterTimeLimits.Connection.DueFrom(calendar, signedAt));
        session.Events.StartStream<WaterConnection>(id, signed);
        var outgoing = new OutgoingMessages();
        WaterDeadlines.Open(watch, outgoing,
            ConnectionOversight.Opened(WaterDeadlines.Type, WaterStepEndpoints.What, id, signed.CreditCode, signed.EnterpriseName, signed.Provider, signedAt),
            UtilityDeadline.WaterConnection, WaterTimeLimits.Connection, signedAt, signed.ConnectionDueAt);
        return (new PayLastCommitmentResponse(id, signedAt, signed.ConnectionDueAt), outgoing);
    }
}
