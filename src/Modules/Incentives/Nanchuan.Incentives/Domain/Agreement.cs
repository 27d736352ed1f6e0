namespace Nanchuan.Incentives.Domain;

/// <summary>
/// 招商签约协议: one investment agreement and its two ledgers — what the enterprise committed (<see cref="Milestones"/>) and
/// what the government committed (<see cref="Incentives"/>) — with the tracking officer and the guidance given. Changed
/// only by its own events; the same fold gives the ledgers as they stood at any earlier time.
/// </summary>
public sealed class Agreement : IErasureCounted
{
    public Guid Id { get; set; }
    public int Version { get; set; }

    /// <summary>Erasures of personal data that rewrote the case (counted by the platform's eraser; part of its read's ETag, ADR 0128).</summary>
    public int PersonalDataErasures { get; set; }
    public string Number { get; set; } = "";
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public string Project { get; set; } = "";
    public DateOnly SignedOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public List<Milestone> Milestones { get; set; } = [];
    public List<Incentive> Incentives { get; set; } = [];
    public List<string> Amendments { get; set; } = [];
    public TrackingOfficer? Officer { get; set; }
    public List<Guidance> Guidance { get; set; } = [];

    /// <summary>Kept with the document so the worklists can query it: an item is 应兑未兑.</summary>
    public bool HasOutstanding { get; set; }

    /// <summary>Kept with the document so the worklists can query it: a milestone is at risk.</summary>
    public bool HasAtRisk { get; set; }

    /// <summary>Every milestone fulfilled and every government item paid: both sides kept their promises.</summary>
    public bool Honoured { get; set; }

    public DateTimeOffset? HonouredAt { get; set; }

    public Milestone? Milestone(string code) => Milestones.FirstOrDefault(m => m.Code == code);

    public Incentive? Incentive(string code) => Incentives.FirstOrDefault(i => i.Code == code);

    public static Agreement Create(AgreementSigned e)
    {
        var agreement = new Agreement
        {
            Id = e.AgreementId, Number = e.Number, CreditCode = e.CreditCode, EnterpriseName = e.EnterpriseName, Project = e.Project, SignedOn = e.SignedOn,
            RecordedAt = e.At, Milestones = [.. e.Milestones.Select(NewMilestone)], Incentives = [.. e.Incentives.Select(NewIncentive)],
        };
        agreement.Refresh(e.At);
        return agreement;
    }

    public void Apply(AgreementAmended e)
    {
        Amendments.Add(e.Reason);
        Milestones = [.. Milestones.Where(m => !e.Withdrawn.Contains(m.Code))];
        Incentives = [.. Incentives.Where(i => !e.Withdrawn.Contains(i.Code))];
        foreach (var terms in e.Milestones)
        {
            if (Milestone(terms.Code) is null) Milestones.Add(NewMilestone(terms));
            else ChangeMilestone(terms.Code, m => Amended(m, terms, e.At));
        }
        foreach (var terms in e.Incentives)
        {
            if (Incentive(terms.Code) is null) Incentives.Add(NewIncentive(terms));
            else ChangeIncentive(terms.Code, i => i with
            {
                Kind = terms.Kind, Basis = terms.Basis, Policy = terms.Policy, Description = terms.Description, Condition = terms.Condition,
                ConditionMilestone = terms.ConditionMilestone, Amount = terms.Amount,
            });
        }
        Refresh(e.At);
    }

    public void Apply(MilestoneFulfilled e)
    {
        ChangeMilestone(e.Code, m => m with { Status = MilestoneStatus.Fulfilled, Evidence = e.Evidence, FulfilledOn = e.FulfilledOn, FulfilledAt = e.At });
        Refresh(e.At);
    }

    public void Apply(IncentiveFellDue e)
    {
        ChangeIncentive(e.Code, i => i with { Status = IncentiveStatus.Due, DueSince = e.At, PaymentDays = e.PaymentDays, PaymentDueAt = e.PaymentDueAt });
        Refresh(e.At);
    }

    public void Apply(IncentiveReviewed e) => ChangeIncentive(e.Code, i => i with
    {
        Status = IncentiveStatus.Reviewed, ReviewDepartments = [.. e.Departments], Review = new PaymentStep(e.ConfirmedAmount, e.Opinion, e.ById, e.ByName, null, e.At),
    });

    public void Apply(IncentiveDecided e) => ChangeIncentive(e.Code, i => i with
    {
        Status = IncentiveStatus.Decided, DecidedBy = e.Authority, Decision = new PaymentStep(e.Amount, e.Meeting, e.ById, e.ByName, e.ByDepartment, e.At),
    });

    public void Apply(IncentiveFundsScheduled e) => ChangeIncentive(e.Code, i => i with
    {
        Status = IncentiveStatus.Scheduled, Schedules = [.. i.Schedules, new PaymentStep(e.Amount, $"{e.PayBy:yyyy-MM-dd}前兑付", e.ById, e.ByName, e.ByDepartment, e.At)],
    });

    public void Apply(IncentivePaid e)
    {
        ChangeIncentive(e.Code, i => i with
        {
            Payments = [.. i.Payments, new PaymentStep(e.Amount, $"{e.PaidOn:yyyy-MM-dd} {e.Voucher}", e.ById, e.ByName, e.ByDepartment, e.At)],
            Status = e.InFull ? IncentiveStatus.Paid : i.Status, PaidAt = e.InFull ? e.At : null,
        });
        Refresh(e.At);
    }

    /// <summary>A new officer is reminded of every open milestone again.</summary>
    public void Apply(AgreementTrackingOfficerAssigned e)
    {
        Officer = new TrackingOfficer(e.OfficerId, e.OfficerName, e.ReminderDays, e.AssignedBy, e.At);
        Milestones = [.. Milestones.Select(m => m with { Reminded = false })];
    }

    public void Apply(TrackingOfficerReminded e) => ChangeMilestone(e.Code, m => m with { Reminded = true });

    public void Apply(TrackingGuidanceRecorded e) => Guidance.Add(new Guidance(e.MilestoneCode, e.Guidance, e.OfficerName, e.At));

    public void Apply(MilestoneDeadlineWarned e) => ChangeMilestone(e.Code, m => m with { Warned = true });

    public void Apply(MilestoneMissed e)
    {
        ChangeMilestone(e.Code, m => m with { Status = MilestoneStatus.AtRisk });
        Refresh(e.At);
    }

    public void Apply(MilestoneDeadlineRecomputed e) => ChangeMilestone(e.Code, m => m with { DueAt = e.DueAt, Warned = false });

    public void Apply(IncentivePaymentWarned e) => ChangeIncentive(e.Code, i => i with { PaymentWarned = true });

    public void Apply(IncentivePaymentOverdue e) => ChangeIncentive(e.Code, i => i with { PaymentOverdue = true });

    public void Apply(IncentivePaymentDeadlineRecomputed e) => ChangeIncentive(e.Code, i => i with { PaymentDueAt = e.DueAt, PaymentWarned = false, PaymentOverdue = false });

    /// <summary>New terms for an open milestone: a due date moved past the amendment lifts the risk; warning and reminder stand only for the same date.</summary>
    private static Milestone Amended(Milestone m, MilestoneTerms t, DateTimeOffset at) => m with
    {
        Kind = t.Kind, Description = t.Description, Target = t.Target, DueDate = t.DueDate, DueAt = t.DueAt,
        Warned = m.Warned && m.DueAt == t.DueAt, Reminded = m.Reminded && m.DueDate == t.DueDate,
        Status = m.Status == MilestoneStatus.AtRisk && t.DueAt > at ? MilestoneStatus.Pending : m.Status,
    };

    private static Milestone NewMilestone(MilestoneTerms t) =>
        new(t.Code, t.Kind, t.Description, t.Target, t.DueDate, t.DueAt, MilestoneStatus.Pending, null, null, null, false, false);

    private static Incentive NewIncentive(IncentiveTerms t) => new(t.Code, t.Kind, t.Basis, t.Policy, t.Description, t.Condition, t.ConditionMilestone, t.Amount,
        IncentiveStatus.Pending, null, null, null, false, false, [], null, null, null, [], [], null);

    private void ChangeMilestone(string code, Func<Milestone, Milestone> change) => Milestones = [.. Milestones.Select(m => m.Code == code ? change(m) : m)];

    private void ChangeIncentive(string code, Func<Incentive, Incentive> change) => Incentives = [.. Incentives.Select(i => i.Code == code ? change(i) : i)];

    private void Refresh(DateTimeOffset at)
    {
        HasOutstanding = Incentives.Any(i => i.IsOutstanding);
        HasAtRisk = Milestones.Any(m => m.Status == MilestoneStatus.AtRisk);
        Honoured = Milestones.All(m => m.Status == MilestoneStatus.Fulfilled) && Incentives.All(i => i.Status == IncentiveStatus.Paid);
        HonouredAt = Honoured ? HonouredAt ?? at : null;
    }
}
