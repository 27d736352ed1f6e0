namespace Nanchuan.Utilities.Domain.Deadlines;

/// <summary>A connection case with watched deadlines: what the timers and the overdue message need to know of it.</summary>
public interface IWatchedCase
{
    Guid Id { get; }
    string Utility { get; }
    string Provider { get; }
    string CreditCode { get; }
    string EnterpriseName { get; }
    DeadlineBook Deadlines { get; }
}
