namespace Nanchuan.Licensing.FastApproval;

/// <summary>
/// Who may do what in the pipeline: 区营商办 (BusinessOffice) and handlers of 区发展改革委 run it; the project's tracking
/// officer records the service; the investor enterprise reads its own project; supervisors and admins read.
/// </summary>
internal static class FastApprovalAccess
{
    /// <summary>区发展改革委: hosts the business office and runs the pipeline.</summary>
    public const string PipelineDepartment = "区发展改革委";

    public static bool RunsPipeline(Actor actor) =>
        actor.Role == Roles.BusinessOffice || (actor.Role == Roles.DepartmentHandler && actor.Department == PipelineDepartment);

    public static void EnsureRunsPipeline(Actor actor)
    {
        if (!RunsPipeline(actor))
            throw new AccessDeniedException($"仅区营商办或{PipelineDepartment}可管理快审流水线项目 / only the business office or {PipelineDepartment} manage the pipeline.");
    }

    public static void EnsureServes(Actor actor, FastApprovalProject project)
    {
        if (!RunsPipeline(actor) && actor.Id != project.OfficerId)
            throw new AccessDeniedException("仅跟踪服务专员、区营商办或区发展改革委可记录项目服务 / only the tracking officer, the business office or 区发展改革委 record the service.");
    }

    public static void EnsureReads(Actor actor, FastApprovalProject project)
    {
        if (RunsPipeline(actor) || actor.Id == project.OfficerId || actor.Role is Roles.Supervisor or Roles.Admin) return;
        if (actor.Role == Roles.Enterprise && actor.CreditCode == project.InvestorCreditCode.Value) return;
        throw new AccessDeniedException("企业只能查看本企业的项目 / an enterprise sees only its own projects.");
    }
}
