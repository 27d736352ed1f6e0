using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Platform.Tests;

/// <summary>The warning lead of each kind of limit comes from configuration (`Deadlines:WarningLeads:{Kind}`), the spec's default otherwise.</summary>
public sealed class WarningLeadConfigurationTests
{
    private static WarningLeads Configured(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddDeadlines(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider().GetRequiredService<WarningLeads>();
    }

    [Fact]
    public void Without_configuration_a_deadline_warns_one_working_day_before_and_a_half_day_one_business_hour_before()
    {
        var leads = Configured([]);
        leads.For(DeadlineKind.WorkingDays).ShouldBe(WarningLead.OfWorkingDays(1));
        leads.For(DeadlineKind.CalendarDays).ShouldBe(WarningLead.OfWorkingDays(1));
        leads.For(DeadlineKind.HalfDays).ShouldBe(WarningLead.OfBusinessTime(TimeSpan.FromHours(1)));
    }

    [Fact]
    public void A_configured_kind_takes_its_own_lead_and_the_others_keep_the_default()
    {
        var leads = Configured(new Dictionary<string, string?>
        {
            ["Deadlines:WarningLeads:WorkingDays:WorkingDays"] = "2",
            ["Deadlines:WarningLeads:HalfDays:BusinessTime"] = "00:30:00",
        });
        leads.For(DeadlineKind.WorkingDays).ShouldBe(WarningLead.OfWorkingDays(2));
        leads.For(DeadlineKind.HalfDays).ShouldBe(WarningLead.OfBusinessTime(TimeSpan.FromMinutes(30)));
        leads.For(DeadlineKind.BusinessHours).ShouldBe(WarningLead.OfWorkingDays(1));
    }
}
