using Nanchuan.BuildingBlocks.Contacts;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Tests;

public class StatusAndLimitTests
{
    [Theory]
    [InlineData(GrievanceStatus.Received, "已收集")]
    [InlineData(GrievanceStatus.Assigned, "已交办")]
    [InlineData(GrievanceStatus.Contacted, "已联系")]
    [InlineData(GrievanceStatus.Handled, "已办理")]
    [InlineData(GrievanceStatus.Evaluated, "已评价")]
    [InlineData(GrievanceStatus.Unsatisfied, "不满意待再次交办")]
    [InlineData(GrievanceStatus.Closed, "已销号")]
    [InlineData(GrievanceStatus.Tracking, "持续跟踪")]
    public void Every_status_has_its_chinese_label(GrievanceStatus status, string label) => status.ToChinese().ShouldBe(label);

    [Theory]
    [InlineData(ProblemType.Simple, 2)]
    [InlineData(ProblemType.General, 5)]
    [InlineData(ProblemType.Complex, 10)]
    public void The_problem_type_proposes_the_slips_time_limit(ProblemType type, int workingDays)
    {
        TimeLimits.ProposedHandlingWorkingDays(type).ShouldBe(workingDays);
        TimeLimits.ResolveHandlingWorkingDays(type, null).ShouldBe(workingDays);
    }

    [Theory]
    [InlineData(ProblemType.Complex, 10)]
    [InlineData(ProblemType.Complex, 3)]
    [InlineData(ProblemType.General, 1)]
    public void A_shorter_limit_may_be_chosen(ProblemType type, int chosen) =>
        TimeLimits.ResolveHandlingWorkingDays(type, chosen).ShouldBe(chosen);

    [Theory]
    [InlineData(ProblemType.Simple, 3)]
    [InlineData(ProblemType.Complex, 11)]
    [InlineData(ProblemType.Simple, 0)]
    [InlineData(ProblemType.General, -1)]
    public void A_longer_limit_or_one_under_a_day_is_refused(ProblemType type, int chosen)
    {
        var error = Should.Throw<DomainValidationException>(() => TimeLimits.ResolveHandlingWorkingDays(type, chosen));
        error.Errors.Keys.ShouldBe(["timeLimitWorkingDays"]);
        error.Errors["timeLimitWorkingDays"][0].ShouldContain("办结时限");
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("023-71992345")]
    [InlineData("(023) 7199 2345")]
    [InlineData("71992345")]
    [InlineData("010-12345678")]
    public void Plausible_phone_numbers_pass(string phone) => PhoneNumbers.IsPlausible(phone).ShouldBeTrue();

    [Theory]
    [InlineData("12345")]
    [InlineData("138123456789")]
    [InlineData("23812345678")]
    [InlineData("phone me")]
    [InlineData("  ")]
    public void Implausible_phone_numbers_fail(string phone) => PhoneNumbers.IsPlausible(phone).ShouldBeFalse();
}
