using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Nanchuan.Awards;
using Nanchuan.BuildingBlocks.Platform.Calendar;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Startup;
using Nanchuan.Grievances;
using Nanchuan.Grievances.Domain;
using Nanchuan.Incentives;
using Nanchuan.Judiciary;
using Nanchuan.Judiciary.Domain;
using Nanchuan.LandUse;
using Nanchuan.Licensing;
using Nanchuan.Procurement;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// Module settings are checked when the host starts (the kit's AddModuleSettings, ADR 0149): a value out of its range or of
/// the wrong type stops the start with a message naming the configuration key, instead of a silent default or a wrong figure later.
/// </summary>
public sealed class ModuleSettingsTests
{
    private static readonly INanchuanModule[] Modules =
        [new JudiciaryModule(), new IncentivesModule(), new LandUseModule(), new AwardsModule(), new GrievancesModule(), new LicensingModule(), new ProcurementModule()];

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
    [InlineData("Grievances:Intake:LatestBoxEntry", "0")]
    [InlineData("Grievances:Intake:LatestEntry", "20.00:00:00")]
    [InlineData("Grievances:Intake:HotlineCloses", "08:00")]
    [InlineData("Licensing:Catalogue:CompressionTarget", "1.5")]
    [InlineData("Licensing:Ratings:RevisitWorkingDays", "0")]
    [InlineData("Licensing:Packages:TripsPerSeparateApplication", "0")]
    [InlineData("Procurement:RegistrationWorkingDays", "0")]
    [InlineData("Procurement:Credit:BarThreshold", "0")]
    [InlineData("Procurement:Credit:Points:RefusedToSign", "0")]
    [InlineData("Procurement:OpenData:OcidPrefix", "ocds-XY")]
    public void A_setting_out_of_its_range_stops_the_start_and_names_its_key(string key, string value)
    {
        var refusal = Should.Throw<OptionsValidationException>(() => Start(new() { [key] = value }));

        refusal.Message.ShouldContain(key);
    }

    [Theory]
    [InlineData("Judiciary:BufferDays", "thirty")]
    [InlineData("Incentives:PaymentDays", "6O")]
    [InlineData("Awards:VoteWeight", "half")]
    [InlineData("Grievances:Intake:HotlineOpens", "8点半")]
    [InlineData("Licensing:Packages:DefaultPromisedLimit", "Shortest")]
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

    [Fact]
    public void A_list_of_codes_with_a_code_twice_stops_the_start_and_names_the_list()
    {
        var refusal = Should.Throw<OptionsValidationException>(() => Start(new()
        {
            ["Licensing:EnterpriseHome:TalkRooms:0:Code"] = "T1", ["Licensing:EnterpriseHome:TalkRooms:0:Name"] = "洽谈室一",
            ["Licensing:EnterpriseHome:TalkRooms:1:Code"] = "T1", ["Licensing:EnterpriseHome:TalkRooms:1:Name"] = "洽谈室二",
        }));

        refusal.Message.ShouldContain("Licensing:EnterpriseHome:TalkRooms");
        refusal.Message.ShouldContain("'T1' is listed twice");
    }

    [Theory]
    [InlineData("Calendar:BusinessHours:End", "08:00", typeof(OptionsValidationException))]
    [InlineData("Calendar:BusinessHours:Start", "8点半", typeof(InvalidOperationException))]
    [InlineData("Calendar:WeekendsMoveCalendarDayLimits", "yes", typeof(InvalidOperationException))]
    public void A_bad_calendar_setting_stops_the_start_and_names_its_key(string key, string value, Type refusal)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var thrown = Should.Throw<Exception>(() => new ServiceCollection().AddWorkingDayCalendar(configuration, new StartupPieces()));

        thrown.ShouldBeOfType(refusal);
        thrown.Message.ShouldContain(key);
    }

    [Fact]
    public void Intake_hours_in_range_are_taken_into_the_intake_policy()
    {
        var policy = Start(new() { ["Grievances:Intake:HotlineOpens"] = "09:00", ["Grievances:Intake:HotlineCloses"] = "17:30" })
            .GetRequiredService<IntakePolicy>();

        (policy.HotlineOpens, policy.HotlineCloses).ShouldBe((new TimeOnly(9, 0), new TimeOnly(17, 30)));
        Start([]).GetRequiredService<IntakePolicy>().ShouldBe(IntakePolicy.Default);
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
