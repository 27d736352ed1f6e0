using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Nanchuan.Awards;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.Incentives;
using Nanchuan.Judiciary;
using Nanchuan.Judiciary.Domain;
using Nanchuan.LandUse;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// Module settings are checked when the host starts (the kit's AddModuleSettings, ADR 0149): a value out of its range or of
/// the wrong type stops the start with a message naming the configuration key, instead of a silent default or a wrong figure later.
/// </summary>
public sealed class ModuleSettingsTests
{
    private static readonly INanchuanModule[] Modules = [new JudiciaryModule(), new IncentivesModule(), new LandUseModule(), new AwardsModule()];

    [Theory]
    [InlineData("Judiciary:MediationWorkingDays", "0")]
    [InlineData("Judiciary:MediationWorkingDays", "61")]
    [InlineData("Judiciary:BufferDays", "-5")]
    [InlineData("Incentives:ReminderDays", "0")]
    [InlineData("Incentives:PaymentDays", "366")]
    [InlineData("LandUse:ProjectCode:DepartmentCode", "5")]
    [InlineData("LandUse:ProjectCode:TransferProjectType", "0a")]
    [InlineData("LandUse:ProjectCode:AllocationProjectType", "")]
    [InlineData("Awards:VoteWeight", "1.5")]
    [InlineData("Awards:TrimFromJudges", "2")]
    [InlineData("Awards:FinalistCount", "25")]
    [InlineData("Awards:ListCount", "16")]
    public void A_setting_out_of_its_range_stops_the_start_and_names_its_key(string key, string value)
    {
        var refusal = Should.Throw<OptionsValidationException>(() => Start(new() { [key] = value }));

        refusal.Message.ShouldContain(key);
    }

    [Theory]
    [InlineData("Judiciary:BufferDays", "thirty")]
    [InlineData("Incentives:PaymentDays", "6O")]
    [InlineData("Awards:VoteWeight", "half")]
    public void A_setting_of_the_wrong_type_stops_the_start_and_names_its_key(string key, string value)
    {
        var refusal = Should.Throw<InvalidOperationException>(() => Start(new() { [key] = value }));

        refusal.Message.ShouldContain(key);
    }

    [Fact]
    public void Without_settings_the_specs_defaults_start_and_a_setting_in_range_is_taken()
    {
        Start([]).GetRequiredService<JudiciaryLimits>().ShouldBe(new JudiciaryLimits(15, 30));
        Start(new() { ["Judiciary:MediationWorkingDays"] = "60", ["Judiciary:BufferDays"] = "1" })
            .GetRequiredService<JudiciaryLimits>().ShouldBe(new JudiciaryLimits(60, 1));
        Start(new() { ["Awards:FinalistCount"] = "20", ["Awards:ListCount"] = "20", ["Awards:VoteWeight"] = "1" })
            .GetRequiredService<AwardsOptions>().ListCount.ShouldBe(20);
    }

    /// <summary>What the host does at start-up: every module's services, then the options checked on start.</summary>
    private static ServiceProvider Start(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development });
        foreach (var module in Modules) module.AddServices(services, configuration);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }
}
