namespace Nanchuan.Oversight.Access;

/// <summary>
/// Who reads what of the oversight read side (issue 20, point 4): the business office and supervisors everything; a department
/// handler its own department's items; an enterprise the thread of its own credit code only. Others never reach it (the
/// endpoints' role lists).
/// </summary>
internal static class OversightAccess
{
    /// <summary>The deadline list, the case page and the report tables.</summary>
    public const string Readers = $"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.DepartmentHandler}";

    /// <summary>The enterprise thread: the readers, and an enterprise for its own.</summary>
    public const string ThreadReaders = $"{Readers},{Roles.Enterprise}";

    public static bool ReadsEverything(Actor actor) => actor.IsIn(Roles.BusinessOffice, Roles.Supervisor);

    /// <summary>The department whose items the reader gets: the one asked for (null: all) or, for a department handler, its own — asking for another is refused.</summary>
    public static string? DepartmentScope(Actor actor, string? asked)
    {
        if (ReadsEverything(actor)) return asked;
        var own = OwnDepartment(actor);
        if (asked is not null && asked != own)
            throw new AccessDeniedException($"部门经办人只能查看本部门（{own}）的事项 / a department handler sees only its own department's items ({own}), not {asked}'s.");
        return own;
    }

    /// <summary>An enterprise reads its own thread only; a department handler reads the entries of its own department.</summary>
    public static string? ThreadScope(Actor actor, string creditCode)
    {
        if (actor.Role == Roles.Enterprise)
        {
            if (!string.Equals(actor.CreditCode, creditCode, StringComparison.OrdinalIgnoreCase))
                throw new AccessDeniedException("企业只能查看本企业的全景 / an enterprise may read only its own thread.");
            return null;
        }
        return DepartmentScope(actor, null);
    }

    /// <summary>A department handler opens a case page only when one of the case's items is its department's.</summary>
    public static void EnsureMayReadCase(Actor actor, IEnumerable<string> departments)
    {
        if (ReadsEverything(actor)) return;
        var own = OwnDepartment(actor);
        if (!departments.Contains(own))
            throw new AccessDeniedException($"该案件不涉及本部门（{own}） / this case has no item of your department ({own}).");
    }

    /// <summary>
    /// The condition on a case row <c>c</c> that keeps to what the reader may open: null for the auditors; an enterprise its own
    /// cases; a department handler the cases with an item of its department (the case page's rule).
    /// </summary>
    public static (string Condition, object Value)? SearchScope(Actor actor)
    {
        if (ReadsEverything(actor)) return null;
        if (actor.Role == Roles.Enterprise)
            return ("upper(c.credit_code) = upper(?)", actor.CreditCode ?? throw new AccessDeniedException("账号未关联企业 / your account belongs to no enterprise."));
        return ($"exists (select 1 from {OversightReports.ThreadEntries.QualifiedName} t where t.case_id = c.case_id and t.department = ?)", OwnDepartment(actor));
    }

    private static string OwnDepartment(Actor actor) =>
        actor.Department ?? throw new AccessDeniedException("账号未关联部门 / your account belongs to no department.");
}
