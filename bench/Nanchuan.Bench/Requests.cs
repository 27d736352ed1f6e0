using System.Text.Json;

namespace Nanchuan.Bench;

/// <summary>The request bodies of the scenarios: the same JSON goes to the platform and to the baselines.</summary>
public static class Requests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Contact() => JsonSerializer.Serialize(new
    {
        method = "phone",
        contactedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
        notes = "已电话联系王经理，核实破损路段约50米，位于厂区东门外。",
    }, Json);

    /// <summary>Five notes of a feedback box emptied yesterday (Beijing time).</summary>
    public static string BoxBatchOfFive()
    {
        var yesterday = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(-1);
        var notes = Enumerable.Range(1, 5).Select(i => new
        {
            enterpriseName = $"重庆南川某某建材有限公司{i}",
            creditCode = i % 2 == 0 ? null : "91500119MA5U8XRB98",
            contactPerson = "李女士",
            phone = "023-71234567",
            content = $"园区夜间路灯不亮，员工下班出行不便（第{i}条）。",
        });
        return JsonSerializer.Serialize(new { boxLocation = "industrialPark", collectionDate = yesterday, notes }, Json);
    }

    /// <summary>An enterprise lodges a request on the platform zone under its own credit code.</summary>
    public static string Receive() => JsonSerializer.Serialize(new
    {
        channel = "platform",
        enterpriseName = "重庆南川示例科技有限公司",
        creditCode = GrievanceHistories.Enterprise.ToString(),
        contactPerson = "王经理",
        phone = "13812345678",
        content = "厂区门前道路破损，货车进出困难，请协调修复。",
    }, Json);

    public static string Assign() => JsonSerializer.Serialize(new { problemType = "general", handlingUnitId = GrievanceHistories.HandlingUnitId }, Json);

    public const string CalendarDay = "/api/calendar/days/2024-09-14";
}
