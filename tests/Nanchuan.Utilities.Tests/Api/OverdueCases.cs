using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Testing;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.Utilities.Domain.Deadlines;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain.Water;
using Nanchuan.Utilities.Gas;
using Nanchuan.Utilities.Power;
using Nanchuan.Utilities.Water;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Api;

/// <summary>A connection of each type whose first deadline's warning and overdue check fired (so each stream holds deadline events).</summary>
internal static class OverdueCases
{
    /// <summary>A gas operator of its own, so these scenarios leave the other tests' price lists alone.</summary>
    public const string GasOperatorName = "南川区天然气有限公司";

    public static readonly Actor GasOperator = new("gs-2", "南川区天然气有限公司 吴工", Roles.DepartmentHandler, GasOperatorName, null, Channels.Web);

    /// <summary>Low-voltage residential accepted Mon 2025-05-06 09:00: due Fri 2025-05-09 18:00, warned Thu 18:00, overdue at the deadline.</summary>
    public static async Task<Guid> Power(UtilitiesHost platform)
    {
        platform.SetTime(Time("2025-05-06 09:00"));
        var accepted = await platform.Post(TestActors.Enterprise, UtilitiesApi.Route + "/power-connections",
            new ApplyForPowerRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", PowerConnectionClass.LowVoltageResidential, "南川区东城街道工业园区8号", 10m, null, null), 201)
            .Read<PowerApplicationAcceptedResponse>();
        await Fire(platform, accepted.Id, UtilityDeadline.PowerOn, accepted.DueAt!.Value);
        return accepted.Id;
    }

    /// <summary>Letter signed Mon 2025-05-12 10:00: connection due Wed 2025-05-14 18:00, not connected.</summary>
    public static async Task<Guid> Water(UtilitiesHost platform)
    {
        platform.SetTime(Time("2025-05-12 10:00"));
        var signed = await platform.Post(TestActors.Enterprise, UtilitiesApi.Route + "/water-connections",
            new SignPayLastCommitmentRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", WaterApplicationChannel.WeChatAccount, "南川区东城街道工业园区8号", true, null), 201)
            .Read<PayLastCommitmentResponse>();
        await Fire(platform, signed.Id, UtilityDeadline.WaterConnection, signed.ConnectionDueAt);
        return signed.Id;
    }

    /// <summary>Applied Mon 2025-05-19 10:00: survey due Tue 2025-05-20 18:00, not surveyed.</summary>
    public static async Task<Guid> Gas(UtilitiesHost platform)
    {
        await PublishGasPriceList(platform);
        platform.SetTime(Time("2025-05-19 10:00"));
        var applied = await platform.Post(GasOperator, UtilitiesApi.Route + "/gas-connections",
            new ApplyForGasRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", GasOperatorName, GasApplicationChannel.Hotline, GasUserCategory.OtherNonResidential,
                "南川区东城街道隆化路12号", null), 201)
            .Read<GasApplicationResponse>();
        await Fire(platform, applied.Id, UtilityDeadline.GasSurvey, applied.SurveyDueAt);
        return applied.Id;
    }

    private static async Task PublishGasPriceList(UtilitiesHost platform)
    {
        var lists = await platform.Host.Scenario(s =>
        {
            s.Get.Url($"{UtilitiesApi.Route}/gas/price-lists?operatorName={Uri.EscapeDataString(GasOperatorName)}");
            s.As(platform, TestActors.Enterprise);
            s.IgnoreStatusCode();
        });
        if (lists.Context.Response.StatusCode == 200) return;
        platform.SetTime(Time("2025-01-02 10:00"));
        await platform.Post(GasOperator, UtilitiesApi.Route + "/gas/price-lists", new PublishPriceListRequest(GasOperatorName, null,
            [new PriceListItem("MTR-G4", "燃气表", "膜式表 G4", "块", 560m, PriceItemCategory.Material)], null));
    }

    /// <summary>The warning (1 working day before) and the overdue check, each at its moment on the platform clock.</summary>
    private static async Task Fire(UtilitiesHost platform, Guid id, UtilityDeadline deadline, DateTimeOffset dueAt)
    {
        var warnAt = Calendar.SubtractWorkingDays(dueAt, WarningLeads.Default.WorkingDays);
        platform.SetTime(warnAt);
        await platform.Host.InvokeAndWaitAsync(ConnectionTimers.Warning(id, deadline, dueAt, warnAt));
        var overdue = ConnectionTimers.Overdue(id, deadline, dueAt);
        platform.SetTime(overdue.FireAt);
        await platform.Host.InvokeAndWaitAsync(overdue);
    }
}
