namespace Nanchuan.BuildingBlocks.Errors;

/// <summary>A command was refused because the case is not in a state that allows it. Rendered as 409 naming the current state.</summary>
public sealed class InvalidStateTransitionException(string currentState, string attemptedAction, string? reason = null)
    : Exception(reason ?? $"当前状态为“{currentState}”，不能执行“{attemptedAction}” / '{attemptedAction}' is not allowed while the case is '{currentState}'.")
{
    public string CurrentState { get; } = currentState;
    public string AttemptedAction { get; } = attemptedAction;
}

/// <summary>Input broke a rule that only the domain can check (e.g. a phone call outside hotline hours). Rendered as 400 with field errors.</summary>
public sealed class DomainValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("输入有误 / the request is invalid: " + string.Join("; ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))))
{
    public DomainValidationException(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] }) { }

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>The caller may not do this to this case (e.g. an enterprise evaluating another's request). Rendered as 403 with the reason.</summary>
public sealed class AccessDeniedException(string reason) : Exception(reason);

/// <summary>The case does not exist (or is invisible to the caller). Rendered as 404.</summary>
public sealed class NotFoundException(string what) : Exception(what);
