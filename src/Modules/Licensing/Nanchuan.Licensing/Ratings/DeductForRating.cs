using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.Licensing.StaffAssessment;

namespace Nanchuan.Licensing.Ratings;

/// <summary>Points (1–100) a substantiated 差评 deducts from the window staff member's month; the written explanation (写说明) follows.</summary>
public sealed record DeductForRating(int Points) : IOpenApiExample<DeductForRating>
{
    public static DeductForRating Example => new(2);
}

/// <summary>A 差评 that counts (no appeal pending or upheld) and names a window becomes one deduction, with the explanation due.</summary>
internal static class DeductForRatingDecision
{
    public static void EnsureDeductible(ServiceRatingCase rating, DeductForRating command)
    {
        if (command.Points is < 1 or > 100) throw new DomainValidationException("points", "差评扣分应为1至100分 / a 差评 deducts 1–100 points.");
        if (!rating.IsBad) throw new InvalidStateTransitionException(rating.Rating.ToChinese(), "差评扣分", "只有差评可以扣分 / only a 差评 deducts points.");
        if (rating.Appeal is AppealStatus.Lodged or AppealStatus.Upheld) throw new InvalidStateTransitionException(RatingDecisions.AppealLabel(rating.Appeal), "差评扣分");
        if (rating.DeductionId is not null) throw new InvalidStateTransitionException("已扣分", "差评扣分");
        if (rating.Window is null)
            throw new InvalidStateTransitionException("无受理窗口", "差评扣分", "网上办理的服务没有窗口工作人员 / a service lodged online has no window staff member.");
    }

    /// <summary>The complaint text of the deduction: the rating, the case and the enterprise's words.</summary>
    public static string Complaint(ServiceRatingCase rating) =>
        $"好差评{rating.Rating.ToChinese()}：{RatedServices.Label(rating.Service)}“{rating.Title}”（{rating.EnterpriseName}）{(rating.Comment is null ? "" : $"，{rating.Comment}")}";
}

public static class DeductForRatingEndpoint
{
    [WolverinePost($"{RatingSteps.Route}/{{id}}/deduction")]
    [Authorize(Roles = $"{Roles.Admin},{Roles.BusinessOffice}")]
    [Tags("Licensing")]
    [EndpointSummary("差评计入月度考核 / Deduct a 差评 in the staff assessment")]
    [EndpointDescription("The hall's management turns a 差评 that counts (no appeal pending or upheld) into one deduction of the window's staff member, as a substantiated complaint: the written explanation (写说明) is then due through POST /api/licensing/staff/{staffId}/explanations. Once per rating.")]
    [ProducesResponseType<ServiceRatingCase>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<ServiceRatingCase> Deduct(
        Guid id, DeductForRating command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<ServiceRatingCase>(session, id, RatingSteps.Name, cancellation);
        var rating = stream.Aggregate!;
        DeductForRatingDecision.EnsureDeductible(rating, command);
        var now = clock.GetUtcNow();
        var staffId = rating.Window!.StaffId;
        var scorecard = await session.Events.FetchForWriting<StaffScorecard>(StaffAssessmentDecisions.AssessmentIdFor(staffId), cancellation);
        var events = StaffAssessmentDecisions.Deduct(scorecard.Aggregate, staffId,
            new RecordDeduction(null, DeductForRatingDecision.Complaint(rating), command.Points), null, now);
        scorecard.AppendMany(events);
        var deducted = (DeductionRecorded)events[0];
        stream.AppendOne(new RatingDeductionRecorded(rating.Id, staffId, deducted.DeductionId, deducted.Points, now));
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }
}
