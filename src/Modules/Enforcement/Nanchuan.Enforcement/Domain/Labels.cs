namespace Nanchuan.Enforcement.Domain;

/// <summary>Chinese names of the states, for 409 answers and lists.</summary>
internal static class Labels
{
    public static string ToChinese(this InspectionStatus status) => status switch
    {
        InspectionStatus.InProgress => "检查中",
        InspectionStatus.Rectifying => "整改中",
        _ => "已办结",
    };

    public static string ToChinese(this UnauthorisedStatus status) => status switch
    {
        UnauthorisedStatus.AwaitingVerification => "待核实",
        UnauthorisedStatus.NotConfirmed => "核实未违规",
        UnauthorisedStatus.Confirmed => "擅自检查属实待移交",
        _ => "已移交有权部门",
    };
}
