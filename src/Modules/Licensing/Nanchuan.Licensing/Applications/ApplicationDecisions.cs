using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.Applications;

/// <summary>Pure decisions of an application (办件): front-desk check, one-time notice, acceptance, approval, result.</summary>
internal static class ApplicationDecisions
{
    /// <summary>
    /// The front desk receives the application and checks it against the checklist of the item (or the merged set of a package):
    /// a one-time notice, or acceptance (immediate items: done in one step).
    /// </summary>
    public static IReadOnlyList<object> Receive(
        Guid id, ApplicationTerms item, UnifiedSocialCreditCode creditCode, string? enterpriseName, IReadOnlyList<string>? provided, Actor? helper, bool inPerson,
        DateTimeOffset now, IWorkingDayCalendar calendar)
    {
        if (string.IsNullOrWhiteSpace(enterpriseName)) throw new DomainValidationException("enterpriseName", "请填写企业名称 / the enterprise name is required.");
        var materials = Clean(provided);
        var assistance = helper is null ? null : Assistance.By(helper, enterpriseName, creditCode);
        var received = new ApplicationReceived(id, item.Id, item.Code, item.Name, item.Department, creditCode, enterpriseName.Trim(),
            null, materials, now, item.Parts.Count == 0 ? null : item.Parts, assistance);
        List<object> events = [received];
        if (inPerson) events.Add(new VisitRecorded(id, "递交申请材料", now, assistance));
        events.AddRange(Check(id, null, materials, item, now, calendar));
        return events;
    }

    /// <summary>
    /// The enterprise brings materials: checked again; what is still missing can only repeat the first notice. On an assisted
    /// (帮办代办) application the signed-in <paramref name="staff"/> is the helper who brings them.
    /// </summary>
    public static IReadOnlyList<object> Supplement(
        ServiceApplication state, ApplicationTerms item, IReadOnlyList<string>? provided, bool inPerson, Actor staff, DateTimeOffset now, IWorkingDayCalendar calendar)
    {
        if (state.Status != ApplicationStatus.AwaitingMaterials)
            throw new InvalidStateTransitionException(ServiceApplication.StatusLabel(state.Status), "补正材料");
        var materials = Clean(provided);
        if (materials.Count == 0) throw new DomainValidationException("materials", "请列出补正的材料 / list the materials brought.");
        var assistance = state.AssistanceBy(staff);
        List<object> events = [new MaterialsSupplemented(state.Id, materials, assistance)];
        if (inPerson) events.Add(new VisitRecorded(state.Id, "补正材料", now, assistance));
        events.AddRange(Check(state.Id, state, state.Provided.Union(materials).ToList(), item, now, calendar));
        return events;
    }

    /// <summary>
    /// 一次性告知. The first lists every missing material; a later one may only repeat items of the first — asking for
    /// anything new is a 409 (the one-time notice already fixed the list).
    /// </summary>
    public static OneTimeNoticeIssued Notify(ServiceApplication state, ApplicationTerms item, IReadOnlyList<string> missing)
    {
        if (state.Status != ApplicationStatus.AwaitingMaterials)
            throw new InvalidStateTransitionException(ServiceApplication.StatusLabel(state.Status), "一次性告知");
        var unknown = missing.Except(item.Checklist).ToList();
        if (missing.Count == 0 || unknown.Count > 0)
            throw new DomainValidationException("missing", $"告知材料须为事项材料清单中的材料 / a notice lists materials of the item's checklist: {string.Join("、", unknown)}");
        var added = missing.Except(state.FirstNotice).ToList();
        if (state.Notices > 0 && added.Count > 0)
            throw new InvalidStateTransitionException("已一次性告知", "再次告知新增材料",
                $"已一次性告知，不得新增补正材料：{string.Join("、", added)} / the one-time notice was given; a later notice may not ask for {string.Join(", ", added)}.");
        return new OneTimeNoticeIssued(state.Id, state.Notices + 1, missing);
    }

    public static ApplicationDecided Decide(ServiceApplication state, bool approved, string? reasons, string? rule, DateTimeOffset now)
    {
        EnsureDecidedWhole(state);
        if (state.Status != ApplicationStatus.Accepted)
            throw new InvalidStateTransitionException(ServiceApplication.StatusLabel(state.Status), approved ? "审批通过" : "不予许可");
        ValidateDecision(approved, reasons, rule);
        return new ApplicationDecided(state.Id, approved, reasons!.Trim(), string.IsNullOrWhiteSpace(rule) ? null : rule.Trim(), now);
    }

    /// <summary>A package application is decided item by item, each by its own department.</summary>
    public static void EnsureDecidedWhole(ServiceApplication state)
    {
        if (state.Parts.Count > 0)
            throw new InvalidStateTransitionException("一件事套餐办件", "整件审批",
                "一件事套餐由各事项的部门分别审批 / a package application is decided item by item by each item's department.");
    }

    /// <summary>
    /// 分类审批 of one item of a package: the item's department approves or rejects it. When every item is approved the application
    /// is approved; the first rejection rejects the application (the enterprise gets one result for the one thing, 一件事).
    /// </summary>
    public static IReadOnlyList<object> DecidePart(ServiceApplication state, Guid itemId, string? department, bool approved, string? reasons, string? rule, DateTimeOffset now)
    {
        var part = state.Parts.FirstOrDefault(p => p.ItemId == itemId)
                   ?? throw new NotFoundException($"办件{state.Id}不含事项{itemId} / application {state.Id} has no item {itemId}.");
        if (department != part.Department)
            throw new AccessDeniedException($"“{part.ItemName}”由{part.Department}审批 / '{part.ItemName}' is for {part.Department} to decide.");
        if (state.Status != ApplicationStatus.Accepted)
            throw new InvalidStateTransitionException(ServiceApplication.StatusLabel(state.Status), approved ? "审批通过" : "不予许可");
        if (part.Approved is not null)
            throw new InvalidStateTransitionException(part.Approved.Value ? "该事项已审批通过" : "该事项已不予许可", "再次审批");
        ValidateDecision(approved, reasons, rule);
        var decided = new ApplicationPartDecided(state.Id, itemId, part.ItemName, part.Department, approved, reasons!.Trim(),
            string.IsNullOrWhiteSpace(rule) ? null : rule.Trim(), now);
        if (!approved) return [decided, new ApplicationDecided(state.Id, false, $"{part.ItemName}：{decided.Reasons}", decided.Rule, now)];
        var stillOpen = state.Parts.Count(p => p.Approved is null && p.ItemId != itemId);
        return stillOpen > 0 ? [decided] : [decided, new ApplicationDecided(state.Id, true, "一件事各事项均审批通过", null, now)];
    }

    public static ResultIssued IssueResult(ServiceApplication state, string? resultNumber, bool mailed, DateTimeOffset now)
    {
        if (state.Status != ApplicationStatus.Approved)
            throw new InvalidStateTransitionException(ServiceApplication.StatusLabel(state.Status), "出件");
        if (string.IsNullOrWhiteSpace(resultNumber)) throw new DomainValidationException("resultNumber", "请填写证照编号 / the licence or certificate number is required.");
        return new ResultIssued(state.Id, resultNumber.Trim(), mailed, now);
    }

    /// <summary>The promised limit (platform rule 3): N working days end 18:00 of the N-th working day, a half day adds 4 h 45 min of business hours; 0 is the same moment (done on the spot).</summary>
    public static DateTimeOffset DueAt(DateTimeOffset acceptedAt, decimal promisedWorkingDays, IWorkingDayCalendar calendar) =>
        promisedWorkingDays == 0 ? acceptedAt : TimeLimit.InWorkingDays(promisedWorkingDays).DueFrom(calendar, acceptedAt);

    private static void ValidateDecision(bool approved, string? reasons, string? rule)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(reasons)) errors["reasons"] = ["请填写审批理由 / the reasons are required."];
        if (!approved && string.IsNullOrWhiteSpace(rule)) errors["rule"] = ["不予许可须引用依据 / a rejection cites the rule."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }

    /// <summary>
    /// Checks the materials <paramref name="provided"/> so far against the checklist: a notice of what is missing (the first
    /// for an application just received, <paramref name="state"/> null), or acceptance.
    /// </summary>
    private static IEnumerable<object> Check(
        Guid id, ServiceApplication? state, IReadOnlyCollection<string> provided, ApplicationTerms item, DateTimeOffset now, IWorkingDayCalendar calendar)
    {
        var missing = item.Checklist.Except(provided).ToList();
        if (missing.Count > 0)
        {
            yield return state is null ? new OneTimeNoticeIssued(id, 1, missing) : Notify(state, item, missing);
            yield break;
        }
        yield return new ApplicationAccepted(id, now, item.PromisedWorkingDays, DueAt(now, item.PromisedWorkingDays, calendar));
        if (!item.Immediate) yield break;
        foreach (var part in item.Parts) yield return new ApplicationPartDecided(id, part.ItemId, part.ItemName, part.Department, true, "即办件当场办结", null, now);
        yield return new ApplicationDecided(id, true, "即办件当场办结", null, now);
        yield return new ResultIssued(id, $"{item.Code}-{id.ToString("N")[..8].ToUpperInvariant()}", false, now);
    }

    private static List<string> Clean(IReadOnlyList<string>? materials) =>
        (materials ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).Distinct().ToList();
}
