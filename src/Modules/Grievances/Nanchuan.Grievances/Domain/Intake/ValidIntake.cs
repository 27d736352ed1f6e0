using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Grievances.Domain;

/// <summary>
/// A request that passed <see cref="GrievanceIntake.Validate"/>: trimmed text, a parsed credit code and the instant it counts
/// as received. The handler computes the assignment deadline from <see cref="ReceivedAt"/>, then calls
/// <see cref="GrievanceDecisions.Receive"/>.
/// </summary>
public sealed record ValidIntake
{
    internal ValidIntake() { }

    public IntakeChannel Channel { get; init; }
    public FeedbackBoxLocation? BoxLocation { get; init; }
    public DateOnly? CollectionDate { get; init; }
    public RequestSource? Source { get; init; }
    public string EnterpriseName { get; init; } = "";
    public UnifiedSocialCreditCode? CreditCode { get; init; }
    public string ContactPerson { get; init; } = "";
    public string Phone { get; init; } = "";
    public string Content { get; init; } = "";
    public DateTimeOffset ReceivedAt { get; init; }
}
