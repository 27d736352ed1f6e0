namespace Nanchuan.Utilities.Domain.Deadlines;

/// <summary>A connection case with watched deadlines: what the timers and the overdue message need to know of it.</summary>
public interface IWatchedCase : IErasureCounted
{
    Guid Id { get; }
    string Utility { get; }

    /// <summary>The case's state in Chinese, for a 409 answer.</summary>
    string StatusLabel { get; }
    string Provider { get; }
    string CreditCode { get; }
    string EnterpriseName { get; }
    DeadlineBook Deadlines { get; }
}
