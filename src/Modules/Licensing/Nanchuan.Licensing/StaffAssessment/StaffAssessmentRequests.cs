namespace Nanchuan.Licensing.StaffAssessment;

/// <summary>Either the code of a breached <paramref name="Rule"/> in force (its points apply) or a substantiated <paramref name="Complaint"/> with its <paramref name="Points"/>.</summary>
public sealed record RecordDeduction(string? Rule, string? Complaint, int? Points) : IOpenApiExample<RecordDeduction>
{
    public static RecordDeduction Example => new(null, "群众投诉办理营业执照时态度生硬，经核实属实", 5);
}

public sealed record RecordExplanation(Guid DeductionId, string Explanation) : IOpenApiExample<RecordExplanation>
{
    public static RecordExplanation Example => new(Guid.Parse("3f2b8c1e-6a4d-4e0b-9c7a-1d2e3f405162"), "当日窗口排队较长，本人解释政策时语气急躁，今后注意耐心答复");
}

/// <summary>One staff member's month: score = 100 − points deducted; the model post the person holds now, if any.</summary>
public sealed record MonthlyAssessment(
    string StaffId, int Year, int Month, int PointsDeducted, int Score, bool Interview, bool ReturnedToHomeUnit, IReadOnlyList<Deduction> Deductions, ModelPostKind? ModelPost);

/// <summary>Which model post (示范岗) the person's window becomes.</summary>
public sealed record DesignateModelPost(ModelPostKind? Kind) : IOpenApiExample<DesignateModelPost>
{
    public static DesignateModelPost Example => new(ModelPostKind.PartyMember);
}

public sealed record WithdrawModelPost(string? Reason) : IOpenApiExample<WithdrawModelPost>
{
    public static WithdrawModelPost Example => new("调离窗口岗位");
}

/// <summary>A staff member whose window is a model post: <paramref name="Name"/> 党员示范岗 or 团员示范岗.</summary>
public sealed record ModelPostHolder(string StaffId, ModelPostKind Kind, string Name);
