namespace Nanchuan.Judiciary.Domain;

/// <summary>The checks several steps of the comprehensive handling share: a 409 naming the state when the case is elsewhere.</summary>
internal static class Steps
{
    public static void Require(DisputeCase state, DisputeStatus status, string action)
    {
        if (state.Status != status) throw new InvalidStateTransitionException(state.Status.ToChinese(), action);
    }

    /// <summary>The case is with a unit: its mediation.</summary>
    public static Mediation Mediating(DisputeCase state, string action)
    {
        Require(state, DisputeStatus.Mediating, action);
        return state.Mediation!;
    }

    /// <summary>A required free text, trimmed, or a 400 on the field.</summary>
    public static string Text(string field, string? value, string chineseName, string englishName)
    {
        var errors = new FieldErrors();
        errors.RequireText(field, value, chineseName, englishName);
        errors.ThrowIfAny();
        return value!.Trim();
    }
}
