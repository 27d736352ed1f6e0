namespace Nanchuan.Licensing.EnterpriseHome.Policies;

/// <summary>
/// A policy question: the enterprise (online: its own credit code), the question, and optionally the policies it is about — government items
/// of its investment agreements in the Incentives module (agreement id and item code, e.g. G3).
/// </summary>
public sealed record AskPolicyQuestionRequest(string? CreditCode, string? EnterpriseName, string? Question, IReadOnlyList<PolicyReferenceBody>? Policies)
    : IOpenApiExample<AskPolicyQuestionRequest>
{
    public static AskPolicyQuestionRequest Example => new("91500119MA5U8XRB98", "重庆南川示例科技有限公司", "新增就业已达200人，稳岗就业补贴何时可以申请兑现？",
        [new(Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"), "G3")]);
}

/// <summary>A government item of an investment agreement (Incentives): the agreement's id and the item's code.</summary>
public sealed record PolicyReferenceBody(Guid? AgreementId, string? ItemCode);

/// <summary>The answer, and any further policies of the enterprise it points to.</summary>
public sealed record AnswerPolicyQuestionBody(string? Answer, IReadOnlyList<PolicyReferenceBody>? Policies) : IOpenApiExample<AnswerPolicyQuestionBody>
{
    public static AnswerPolicyQuestionBody Example => new("履约事项E3经管委会确认后该补贴即转为应兑未兑，请将社保缴纳名册报工业园区管委会", null);
}
