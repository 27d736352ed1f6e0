using Nanchuan.Licensing.Applications;
using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.Registration;

/// <summary>A service point gave pre-filing consultation or guidance (咨询辅导) on starting a company.</summary>
public sealed record ConsultationGiven(Guid ConsultationId, string ServicePoint, string Topic, DateTimeOffset GivenAt) : IDescribedEvent
{
    public string Describe() => $"{ServicePoint}服务点提供开办企业咨询：{Topic}";
}

/// <summary>
/// A company registration was filed at a service point, by the applicant or with assisted filing (帮办代办, <paramref name="Assistance"/>).
/// <c>Helper</c> is set only in streams stored before issue 14 point 13 (the helper as the client typed it).
/// </summary>
public sealed record RegistrationFiled(
    Guid RegistrationId, string ServicePoint, string CompanyName, string LegalRepresentative, string Address, string Industry,
    string? Helper, DateTimeOffset FiledAt, Assistance? Assistance = null) : IDescribedEvent
{
    public string Describe() => (Assistance?.HelperName ?? Helper) is { } helper
        ? $"{ServicePoint}服务点由{helper}帮办代办“{CompanyName}”设立登记申请"
        : $"{ServicePoint}服务点收到“{CompanyName}”设立登记申请";
}

/// <summary>The registration was accepted (受理): the licence is due 0.5 working day later; a warning is due before.</summary>
public sealed record RegistrationAccepted(Guid RegistrationId, DateTimeOffset AcceptedAt, DateTimeOffset DueAt, DateTimeOffset? WarnAt) : IDescribedEvent
{
    public string Describe() => $"受理设立登记，应于{DueAt:yyyy-MM-dd HH:mm}前发照";
}

/// <summary>The business licence was issued with the credit code the ledger allocated.</summary>
public sealed record LicenceIssued(
    Guid RegistrationId, UnifiedSocialCreditCode CreditCode, long Sequence, DateTimeOffset IssuedAt, decimal WorkingDaysTaken, bool WithinLimit) : IDescribedEvent
{
    public string Describe() => $"核发营业执照，统一社会信用代码{CreditCode}，用时{WorkingDaysTaken}个工作日{(WithinLimit ? "" : "（超时）")}";
}

/// <summary>The licence is not issued and the deadline is near (scheduled warning).</summary>
public sealed record RegistrationDeadlineWarned(Guid RegistrationId, DateTimeOffset DueAt) : IDescribedEvent
{
    public string Describe() => $"设立登记临近发照期限（{DueAt:yyyy-MM-dd HH:mm}）";
}

/// <summary>The licence was not issued by the deadline.</summary>
public sealed record RegistrationOverdue(Guid RegistrationId, DateTimeOffset DueAt) : IDescribedEvent
{
    public string Describe() => $"设立登记超过发照期限（{DueAt:yyyy-MM-dd HH:mm}）未发照";
}

/// <summary>The holiday schedule changed and the deadline moved.</summary>
public sealed record RegistrationDeadlineRecomputed(
    Guid RegistrationId, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, DateTimeOffset? WarnAt, string Reason) : IDescribedEvent
{
    public string Describe() => $"发照期限由{PreviousDueAt:yyyy-MM-dd HH:mm}调整为{DueAt:yyyy-MM-dd HH:mm}：{Reason}";
}

/// <summary>The ledger of organisation codes allocated the next sequence number to a registration (gap-free, never reused).</summary>
public sealed record OrganisationCodeAllocated(long Sequence, string OrganisationCode, UnifiedSocialCreditCode CreditCode, Guid RegistrationId) : IDescribedEvent
{
    public string Describe() => $"分配第{Sequence}号组织机构代码{OrganisationCode}（统一社会信用代码{CreditCode}）";
}
