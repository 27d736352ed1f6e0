namespace Nanchuan.Licensing.EnterpriseHome.Policies;

/// <summary>惠企政策咨询 (a policy consultation) of 企业之家: the enterprise's question, the answer, and the Incentives policies both link to. One stream each.</summary>
public sealed class PolicyConsultation
{
    public Guid Id { get; set; }
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public string Question { get; set; } = "";
    public string Channel { get; set; } = "";
    public string AskedBy { get; set; } = "";
    public DateTimeOffset AskedAt { get; set; }
    public List<LinkedPolicy> Policies { get; set; } = [];
    public string? Answer { get; set; }
    public string? AnsweredBy { get; set; }
    public string? AnsweredByDepartment { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    public bool Answered => AnsweredAt is not null;

    public void Apply(PolicyQuestionAsked e)
    {
        Id = e.ConsultationId;
        CreditCode = e.CreditCode.Value;
        EnterpriseName = e.EnterpriseName;
        Question = e.Question;
        Channel = e.Channel;
        AskedBy = e.AskedByName;
        AskedAt = e.AskedAt;
        Policies = [.. e.Policies];
    }

    public void Apply(PolicyQuestionAnswered e)
    {
        Answer = e.Answer;
        AnsweredBy = e.ByName;
        AnsweredByDepartment = e.ByDepartment;
        AnsweredAt = e.At;
        Policies = [.. Policies, .. e.Policies.Where(p => !Policies.Any(q => q.AgreementId == p.AgreementId && q.ItemCode == p.ItemCode))];
    }
}
