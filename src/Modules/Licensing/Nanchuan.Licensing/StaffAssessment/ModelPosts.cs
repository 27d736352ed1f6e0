namespace Nanchuan.Licensing.StaffAssessment;

/// <summary>Marking and unmarking a model post (示范岗): pure decisions on the person's scorecard (ADR 0115).</summary>
internal static class ModelPosts
{
    public static string Name(ModelPostKind kind) => kind == ModelPostKind.PartyMember ? "党员示范岗" : "团员示范岗";

    public static ModelPostDesignated Designate(StaffScorecard? card, string staffId, DesignateModelPost body, Actor actor, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var kind = errors.Required("kind", body.Kind, "示范岗类型（partyMember 党员示范岗、leagueMember 团员示范岗）", "the kind of model post");
        errors.If(string.IsNullOrWhiteSpace(staffId), "staffId", "请填写工作人员编号 / the staff id is required.");
        errors.ThrowIfAny();
        if (card?.ModelPost is { } held) throw new InvalidStateTransitionException($"已是{Name(held)}", "设立示范岗");
        return new ModelPostDesignated(StaffAssessmentDecisions.AssessmentIdFor(staffId), staffId.Trim(), kind, actor.Id, now);
    }

    public static ModelPostWithdrawn Withdraw(StaffScorecard? card, string staffId, WithdrawModelPost body, Actor actor, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", body.Reason, "撤销理由", "the reason");
        errors.ThrowIfAny();
        if (card?.ModelPost is not { } held) throw new InvalidStateTransitionException("不是示范岗", "撤销示范岗");
        return new ModelPostWithdrawn(card.Id, card.StaffId, held, reason, actor.Id, now);
    }
}
