namespace Nanchuan.Console.Rendering;

/// <summary>Chinese column headings for the API's field names; a field not listed keeps its API name.</summary>
internal static class Labels
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["module"] = "模块", ["caseType"] = "类型", ["caseId"] = "案件", ["streamId"] = "案件", ["creditCode"] = "统一社会信用代码",
        ["department"] = "部门", ["departmentId"] = "部门编号", ["deadline"] = "时限环节", ["limit"] = "法定时限", ["startedAt"] = "起算",
        ["dueAt"] = "到期", ["warningAt"] = "预警", ["warned"] = "已预警", ["overdue"] = "已超期", ["metAt"] = "完成", ["onTime"] = "按时",
        ["closedAt"] = "结案", ["workingDaysOver"] = "超期工作日", ["title"] = "标题", ["openedAt"] = "受理", ["outcome"] = "结果",
        ["at"] = "时间", ["kind"] = "事项", ["summary"] = "摘要", ["id"] = "编号", ["name"] = "名称", ["status"] = "状态", ["state"] = "状态",
        ["version"] = "版本", ["timestamp"] = "时间", ["eventType"] = "事件类型", ["actor"] = "操作人", ["role"] = "角色", ["channel"] = "渠道",
        ["year"] = "年度", ["active"] = "在用", ["messageType"] = "消息类型", ["exceptionType"] = "异常类型", ["exceptionMessage"] = "异常信息",
        ["sentAt"] = "发送时间", ["path"] = "请求路径", ["reason"] = "拒绝原因", ["method"] = "方法", ["receivedAt"] = "收到",
        ["enterpriseName"] = "企业名称", ["count"] = "数量", ["shortName"] = "简称", ["category"] = "类别", ["source"] = "来源",
        ["subject"] = "事由", ["unit"] = "承办单位", ["problemType"] = "问题类型", ["dueBy"] = "办结期限", ["userName"] = "用户",
        ["userRole"] = "角色", ["data"] = "数据", ["activeDays"] = "工作日", ["holidays"] = "节假日", ["items"] = "事项",
        ["description"] = "说明", ["receivedVia"] = "渠道", ["applicant"] = "申请人", ["assignedUnit"] = "承办单位", ["deadlines"] = "时限",
    };

    public static string Of(string field) => Names.GetValueOrDefault(field, field);

    private static readonly Dictionary<string, string> Roles = new(StringComparer.Ordinal)
    {
        ["Enterprise"] = "企业", ["WindowClerk"] = "窗口人员", ["DepartmentHandler"] = "部门经办人", ["BusinessOffice"] = "区营商办",
        ["Supervisor"] = "监督人员", ["Admin"] = "平台管理员", ["Public"] = "公众", ["System"] = "系统",
    };

    private static readonly Dictionary<string, string> Modules = new(StringComparer.Ordinal)
    {
        ["Grievances"] = "企呼我为", ["Utilities"] = "水电气", ["Licensing"] = "一窗办", ["LandUse"] = "用地审批", ["Enforcement"] = "综合查一次",
        ["Procurement"] = "限下招标", ["Incentives"] = "双兑现", ["Judiciary"] = "调解靠前办", ["Awards"] = "最佳案例", ["Oversight"] = "督查",
    };

    /// <summary>A module's Chinese short name, as the district calls the reform it serves.</summary>
    public static string Module(string? module) => module is null ? "—" : Modules.GetValueOrDefault(module, module);

    public static string Role(string? role) => role is null ? "—" : Roles.GetValueOrDefault(role, role);
}
