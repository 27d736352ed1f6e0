namespace Nanchuan.DemoData.Seeding;

/// <summary>One thing somebody does at a moment of the month, through the API.</summary>
/// <param name="Optional">A step whose refusal leaves the month consistent (nothing depends on it): noted and skipped, not fatal.</param>
internal sealed record Step(DateTimeOffset At, int Order, string What, Func<Task> Run, bool Optional);

/// <summary>The month's steps, run in time order (ties in the order they were planned). Steps after the month's end are not planned.</summary>
internal sealed class Agenda(DateTimeOffset start, DateTimeOffset end)
{
    private readonly List<Step> _steps = [];

    public IReadOnlyList<Step> InOrder() => _steps.OrderBy(s => s.At).ThenBy(s => s.Order).ToList();

    /// <summary>Plans a step; a moment outside the month plans nothing (nor should the steps that follow it: they come later).</summary>
    public bool At(DateTimeOffset at, string what, Func<Task> run, bool optional = false)
    {
        if (at < start || at > end) return false;
        _steps.Add(new Step(at, _steps.Count, what, run, optional));
        return true;
    }
}

/// <summary>A value a later step needs from an earlier one (an id, a credit code), filled when the earlier step runs.</summary>
internal sealed class Slot<T>
{
    private T? _value;
    private bool _filled;

    public T Value => _filled ? _value! : throw new InvalidOperationException("演示数据步骤顺序错误 / a step ran before the step it depends on.");

    public void Fill(T value) => (_value, _filled) = (value, true);
}
