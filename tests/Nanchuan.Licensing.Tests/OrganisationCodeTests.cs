using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Licensing.Registration;

namespace Nanchuan.Licensing.Tests;

public sealed class OrganisationCodeTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.WithShippedSchedules();
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Fact]
    public void Check_character_follows_GB_11714()
    {
        OrganisationCode.CheckCharacter("19220382").ShouldBe('1'); // 914403001922038216: Σ = 164, 164 mod 11 = 10, 11 − 10 = 1
        OrganisationCode.CheckCharacter("MA000001").ShouldBe('5'); // M=22, A=10: 66 + 70 + 2 = 138, 138 mod 11 = 6, 11 − 6 = 5
    }

    [Fact]
    public void Credit_codes_are_valid_and_distinct_per_sequence()
    {
        var codes = Enumerable.Range(1, 500).Select(n => OrganisationCode.CreditCodeForSequence(n)).ToList();
        codes.Distinct().Count().ShouldBe(500);
        codes.ShouldAllBe(c => UnifiedSocialCreditCode.IsValid(c.Value) && c.Value.StartsWith("91500119MA"));
        codes[0].Value[..17].ShouldBe("91500119MA000001" + OrganisationCode.CheckCharacter("MA000001"));
    }

    [Fact]
    public void Registration_accepted_at_15_00_is_due_10_15_next_working_day_across_make_up_day_and_holiday()
    {
        // Friday 2024-09-13 15:00 → Saturday 2024-09-14 is a make-up workday (调休上班).
        RegistrationDecisions.Deadline(new DateTimeOffset(2024, 9, 13, 15, 0, 0, Shanghai), Calendar, WarningLeads.Defaults).Due
            .ShouldBe(new DateTimeOffset(2024, 9, 14, 10, 15, 0, Shanghai));
        // Monday 2024-09-30 15:00 → National Day Oct 1–7 → Tuesday 2024-10-08 10:15.
        var (due, warn) = RegistrationDecisions.Deadline(new DateTimeOffset(2024, 9, 30, 15, 0, 0, Shanghai), Calendar, WarningLeads.Defaults);
        due.ShouldBe(new DateTimeOffset(2024, 10, 8, 10, 15, 0, Shanghai));
        warn.ShouldBe(new DateTimeOffset(2024, 10, 8, 9, 15, 0, Shanghai));
    }

    [Fact]
    public void Invalid_filing_lists_every_field()
    {
        var error = Should.Throw<BuildingBlocks.Errors.DomainValidationException>(() =>
            RegistrationDecisions.File(Guid.NewGuid(), new FileRegistration("北京", " ", "", "地址", "", null), null, DateTimeOffset.UtcNow));
        error.Errors.Keys.ShouldBe(["servicePoint", "companyName", "legalRepresentative", "industry"], ignoreOrder: true);
    }
}
