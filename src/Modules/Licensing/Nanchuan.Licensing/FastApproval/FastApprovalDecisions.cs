using Nanchuan.LandUse.Contracts;

namespace Nanchuan.Licensing.FastApproval;

/// <summary>Pure decisions of the fast-approval pipeline: state and command in, an event out (or a domain error).</summary>
internal static class FastApprovalDecisions
{
    public static ProjectEnteredPipeline Enter(Guid id, EnterPipeline command, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "name", command.Name, "项目名称", "project name");
        Require(errors, "investorName", command.InvestorName, "投资企业名称", "investor name");
        Require(errors, "projectType", command.ProjectType, "项目类型", "project type");
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return new ProjectEnteredPipeline(id, command.Name.Trim(), command.InvestorCreditCode, command.InvestorName.Trim(), command.ProjectType.Trim(), now);
    }

    /// <summary>Once per project; the path may come from the construction one-time notice when none is given.</summary>
    public static UpFrontServiceGiven GiveUpFrontService(FastApprovalProject state, GiveUpFrontService command, IReadOnlyList<string>? noticeStages, int? noticeMaterials, DateTimeOffset now)
    {
        EnsureOpen(state, "靠前服务");
        if (state.UpFrontServiceAt is not null) throw new InvalidStateTransitionException("已靠前服务", "再次靠前服务");
        var path = Clean(command.ApprovalPath);
        if (path.Count == 0) path = [.. noticeStages ?? []];
        if (path.Count == 0)
            throw new DomainValidationException("approvalPath", "请列出审批流程环节或选择供地方式出具一次性告知 / list the approval steps or give the supply type of the one-time notice.");
        return new UpFrontServiceGiven(state.Id, path, Clean(command.Pitfalls), command.SupplyType, noticeMaterials, now);
    }

    public static TrackingOfficerAssigned AssignOfficer(FastApprovalProject state, AssignTrackingOfficer command, DateTimeOffset now)
    {
        EnsureOpen(state, "安排跟踪服务专员");
        var errors = new Dictionary<string, string[]>();
        Require(errors, "officerId", command.OfficerId, "专员编号", "officer id");
        Require(errors, "officerName", command.OfficerName, "专员姓名", "officer name");
        if (state.OfficerId is not null && string.IsNullOrWhiteSpace(command.Reason))
            errors["reason"] = ["调整跟踪服务专员须说明原因 / a reassignment states the reason."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        if (state.OfficerId == command.OfficerId.Trim())
            throw new InvalidStateTransitionException($"{state.OfficerName}已是跟踪服务专员", "重复安排同一专员");
        return new TrackingOfficerAssigned(state.Id, command.OfficerId.Trim(), command.OfficerName.Trim(), state.OfficerId,
            string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), now);
    }

    public static SiteGuidanceGiven GuideOnSite(FastApprovalProject state, RecordSiteGuidance command, DateTimeOffset now)
    {
        EnsureOpen(state, "现场指导");
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(command.Phase)) errors["phase"] = ["环节应为Foundation（基础建设）、MainStructure（主体建设）或EquipmentInstallation（设备安装） / unknown construction phase."];
        Require(errors, "guidance", command.Guidance, "指导内容", "guidance");
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return new SiteGuidanceGiven(state.Id, Guid.CreateVersion7(), command.Phase, command.Guidance.Trim(), now);
    }

    public static ServiceMeetingHeld HoldMeeting(FastApprovalProject state, HoldServiceMeeting command, DateTimeOffset now)
    {
        EnsureOpen(state, "召开专题服务会");
        var errors = new Dictionary<string, string[]>();
        Require(errors, "topic", command.Topic, "会议主题", "topic");
        var attendees = Clean(command.Attendees);
        if (attendees.Count == 0) errors["attendees"] = ["请列出参会单位或人员 / list the attendees."];
        Require(errors, "outcome", command.Outcome, "会议结果", "outcome");
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return new ServiceMeetingHeld(state.Id, Guid.CreateVersion7(), command.Topic.Trim(), attendees, command.Outcome.Trim(), now);
    }

    public static ProjectProblemRaised Raise(FastApprovalProject state, RaiseProblem command, DateTimeOffset now)
    {
        EnsureOpen(state, "提出问题");
        if (string.IsNullOrWhiteSpace(command.Description)) throw new DomainValidationException("description", "请描述问题 / the description is required.");
        return new ProjectProblemRaised(state.Id, Guid.CreateVersion7(), command.Description.Trim(), now);
    }

    /// <summary>A problem is solved once: solving it again is a 409.</summary>
    public static ProjectProblemSolved Solve(FastApprovalProject state, Guid problemId, SolveProblem command, DateTimeOffset now)
    {
        EnsureOpen(state, "解决问题");
        var problem = state.Problems.FirstOrDefault(p => p.Id == problemId)
                      ?? throw new NotFoundException($"问题{problemId}不存在 / problem {problemId} not found.");
        if (problem.Solved) throw new InvalidStateTransitionException("问题已解决", "再次解决问题");
        if (string.IsNullOrWhiteSpace(command.Solution)) throw new DomainValidationException("solution", "请填写解决办法 / the solution is required.");
        return new ProjectProblemSolved(state.Id, problemId, command.Solution.Trim(), now);
    }

    /// <summary>A project closes only when every problem raised is solved (default).</summary>
    public static FastApprovalProjectClosed Close(FastApprovalProject state, CloseFastApprovalProject command, DateTimeOffset now)
    {
        EnsureOpen(state, "办结");
        var open = state.Problems.Count(p => !p.Solved);
        if (open > 0)
            throw new InvalidStateTransitionException($"尚有{open}个问题未解决", "办结",
                $"尚有{open}个问题未解决，不能办结 / {open} problem(s) still open: the project cannot be closed.");
        if (string.IsNullOrWhiteSpace(command.Summary)) throw new DomainValidationException("summary", "请填写服务总结 / the summary is required.");
        return new FastApprovalProjectClosed(state.Id, command.Summary.Trim(), now);
    }

    private static void EnsureOpen(FastApprovalProject state, string action)
    {
        if (state.Closed) throw new InvalidStateTransitionException(state.StatusLabel, action);
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, string chinese, string english)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = [$"请填写{chinese} / the {english} is required."];
        else if (value.Trim().Length > 200) errors[field] = [$"{chinese}不超过200字 / the {english} has at most 200 characters."];
    }

    private static List<string> Clean(IReadOnlyList<string>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList();
}
