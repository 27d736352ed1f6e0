using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Ratings;

namespace Nanchuan.Licensing.Ratings;

/// <summary>Pure decisions of 好差评 in the hall: who may rate what and when, the 差评's follow-up, appeals and the deduction.</summary>
internal static class RatingDecisions
{
    /// <summary>One rating per case: the rating's stream id derives from the rated case, so the store refuses a second stream (ADR 0095).</summary>
    public static Guid RatingIdFor(RatedServiceKind kind, Guid caseId) => DerivedIds.FromName($"nanchuan:service-rating:{kind}:{caseId}");

    /// <summary>The request's own checks, before anything is loaded: every field error at once.</summary>
    public static string? Check(RateService command)
    {
        var errors = new FieldErrors();
        errors.If(!Enum.IsDefined(command.Service), "service", "服务类型无效 / unknown service.");
        errors.If(!Enum.IsDefined(command.Rating), "rating", "评价等级无效 / unknown rating.");
        errors.If(command.CaseId == Guid.Empty, "caseId", "办件编号无效 / the case id is empty.");
        var comment = ServiceRatings.Comment(command.Comment);
        errors.If(comment?.Length > ServiceRatings.CommentMaxLength, "comment", ServiceRatings.CommentTooLong);
        errors.ThrowIfAny();
        return comment;
    }

    /// <summary>
    /// Only the enterprise the case belongs to rates it: online under its own credit code (一事一评), or at the window's terminal of the point
    /// that served it (一次一评, the clerk's session names the window). Once, and only when the case is finished.
    /// </summary>
    public static ServiceRated Rate(
        RatedService service, bool alreadyRated, Actor actor, ServiceRating rating, string? comment, RatingOptions options, IWorkingDayCalendar calendar,
        DateTimeOffset now)
    {
        var channel = actor.Role == Roles.WindowClerk ? RatingChannel.Window : RatingChannel.Online;
        if (channel == RatingChannel.Online && (service.CreditCode is null || actor.CreditCode != service.CreditCode))
            throw new AccessDeniedException($"只有办事企业本身可以评价该{RatedServices.Label(service.Kind)} / only the enterprise served may rate it.");
        if (channel == RatingChannel.Window && actor.ServicePoint != service.ServicePoint)
            throw new AccessDeniedException($"该{RatedServices.Label(service.Kind)}由{service.ServicePoint}办理，只能在其窗口评价器评价 / it is rated at the terminal of {service.ServicePoint}.");
        if (!service.Finished)
            throw new InvalidStateTransitionException(service.State, "好差评", "办结后方可评价 / a service is rated once it is finished.");
        if (alreadyRated)
            throw new InvalidStateTransitionException("已评价", "好差评", "每件只能评价一次 / a case is rated once.");

        var window = channel == RatingChannel.Window ? new RatedWindow(actor.Id, actor.Name) : service.Window;
        RatingFollowUp? followUp = rating.IsGood() ? null : new RatingFollowUp(
            options.RevisitWorkingDays, TimeLimit.WorkingDays(options.RevisitWorkingDays).DueFrom(calendar, now),
            options.RectificationWorkingDays, TimeLimit.WorkingDays(options.RectificationWorkingDays).DueFrom(calendar, now));
        return new ServiceRated(RatingIdFor(service.Kind, service.CaseId), service.Kind, service.CaseId, service.Title, service.CreditCode!, service.EnterpriseName,
            service.Department, service.ServicePoint, window, rating, channel, comment, now, followUp);
    }

    /// <summary>The unit that served: a handler of the department, or a clerk of the service point, that served the case.</summary>
    public static void EnsureServingUnit(ServiceRatingCase rating, Actor actor)
    {
        var serving = (actor.Role == Roles.DepartmentHandler && actor.Department == rating.Department)
                      || (actor.Role == Roles.WindowClerk && actor.ServicePoint == rating.ServicePoint);
        if (!serving)
            throw new AccessDeniedException($"由办理单位（{rating.Department}或{rating.ServicePoint}窗口）处理 / the unit that served ({rating.Department}, {rating.ServicePoint}) acts on it.");
    }

    public static BadRatingRevisited Revisit(ServiceRatingCase rating, RevisitBadRating command, Actor actor, DateTimeOffset now)
    {
        EnsureFollowedUp(rating, "回访核实");
        if (rating.RevisitedAt is not null) throw new InvalidStateTransitionException("已回访", "回访核实");
        var errors = new FieldErrors();
        var findings = errors.Text("findings", command.Findings, "回访核实情况", "the findings");
        errors.ThrowIfAny();
        return new BadRatingRevisited(rating.Id, findings, actor.Id, actor.Name, now);
    }

    public static BadRatingResolved Resolve(ServiceRatingCase rating, ResolveBadRating command, Actor actor, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        errors.If(!Enum.IsDefined(command.Resolution), "resolution", "处理方式无效 / unknown resolution.");
        var account = errors.Text("account", command.Account, "整改或解释说明情况", "the account");
        errors.ThrowIfAny();
        EnsureFollowedUp(rating, "整改或解释说明");
        if (rating.ResolvedAt is not null) throw new InvalidStateTransitionException("已整改或说明", "整改或解释说明");
        if (rating.RevisitedAt is null) throw new InvalidStateTransitionException("待回访", "整改或解释说明", "先回访核实 / revisit first.");
        return new BadRatingResolved(rating.Id, command.Resolution, account, actor.Id, actor.Name, now);
    }

    public static RatingAppealed Appeal(ServiceRatingCase rating, AppealRating command, Actor actor, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", command.Reason, "申诉理由", "the reason");
        errors.ThrowIfAny();
        if (!rating.IsBad) throw new InvalidStateTransitionException(rating.Rating.ToChinese(), "误评申诉", "只有差评可以申诉 / only a 差评 is appealed.");
        if (rating.Appeal != AppealStatus.None) throw new InvalidStateTransitionException(AppealLabel(rating.Appeal), "误评申诉");
        if (rating.DeductionId is not null) throw new InvalidStateTransitionException("已计入考核", "误评申诉", "已扣分的差评不再申诉 / a 差评 already deducted is not appealed.");
        return new RatingAppealed(rating.Id, reason, actor.Id, actor.Name, now);
    }

    public static RatingAppealDecided DecideAppeal(ServiceRatingCase rating, DecideRatingAppeal command, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", command.Reason, "处理理由", "the reason");
        errors.ThrowIfAny();
        if (rating.Appeal != AppealStatus.Lodged) throw new InvalidStateTransitionException(AppealLabel(rating.Appeal), "处理申诉");
        return new RatingAppealDecided(rating.Id, command.Upheld, reason, now);
    }

    /// <summary>A 差评 that counts (no appeal pending or upheld) and names a window becomes one deduction, with the explanation due.</summary>
    public static void EnsureDeductible(ServiceRatingCase rating, DeductForRating command)
    {
        if (command.Points is < 1 or > 100) throw new DomainValidationException("points", "差评扣分应为1至100分 / a 差评 deducts 1–100 points.");
        if (!rating.IsBad) throw new InvalidStateTransitionException(rating.Rating.ToChinese(), "差评扣分", "只有差评可以扣分 / only a 差评 deducts points.");
        if (rating.Appeal is AppealStatus.Lodged or AppealStatus.Upheld) throw new InvalidStateTransitionException(AppealLabel(rating.Appeal), "差评扣分");
        if (rating.DeductionId is not null) throw new InvalidStateTransitionException("已扣分", "差评扣分");
        if (rating.Window is null)
            throw new InvalidStateTransitionException("无受理窗口", "差评扣分", "网上办理的服务没有窗口工作人员 / a service lodged online has no window staff member.");
    }

    /// <summary>The complaint text of the deduction: the rating, the case and the enterprise's words.</summary>
    public static string Complaint(ServiceRatingCase rating) =>
        $"好差评{rating.Rating.ToChinese()}：{RatedServices.Label(rating.Service)}“{rating.Title}”（{rating.EnterpriseName}）{(rating.Comment is null ? "" : $"，{rating.Comment}")}";

    private static void EnsureFollowedUp(ServiceRatingCase rating, string action)
    {
        if (!rating.IsBad) throw new InvalidStateTransitionException(rating.Rating.ToChinese(), action, "好评无需回访整改 / a good rating has no follow-up.");
        if (rating.Excluded) throw new InvalidStateTransitionException(AppealLabel(rating.Appeal), action);
    }

    private static string AppealLabel(AppealStatus status) => status switch
    {
        AppealStatus.None => "未申诉",
        AppealStatus.Lodged => "申诉待处理",
        AppealStatus.Upheld => "申诉成立（不计入满意率）",
        _ => "申诉不成立",
    };
}
