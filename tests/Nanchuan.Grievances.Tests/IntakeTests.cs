using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Tests;

public class IntakeTests
{
    private static readonly DateTimeOffset Now = Sample.At(2024, 10, 8, 12, 0);

    private static ValidIntake Validate(ReceiveGrievance command) => GrievanceIntake.Validate(command, Now, IntakePolicy.Default);

    private static DomainValidationException Refused(ReceiveGrievance command) =>
        Should.Throw<DomainValidationException>(() => Validate(command));

    [Theory]
    [InlineData(8, 30)]
    [InlineData(12, 0)]
    [InlineData(18, 0)]
    public void A_phone_call_within_hotline_hours_is_accepted(int hour, int minute)
    {
        var calledAt = Sample.At(2024, 10, 7, hour, minute);
        Validate(Sample.Request(IntakeChannel.Phone, calledAt)).ReceivedAt.ShouldBe(calledAt);
    }

    [Theory]
    [InlineData(8, 29)]
    [InlineData(18, 1)]
    [InlineData(23, 0)]
    [InlineData(0, 0)]
    public void A_phone_call_stamped_outside_hotline_hours_is_a_data_error(int hour, int minute)
    {
        var error = Refused(Sample.Request(IntakeChannel.Phone, Sample.At(2024, 10, 7, hour, minute)));
        error.Errors.Keys.ShouldBe(["receivedAt"]);
        error.Errors["receivedAt"][0].ShouldContain("08:30");
        error.Errors["receivedAt"][0].ShouldContain("18:00");
    }

    [Fact]
    public void The_hotline_answers_on_public_holidays() =>
        GrievanceIntake.Validate(Sample.Request(IntakeChannel.Phone, Sample.At(2024, 10, 2, 10, 0)), Sample.At(2024, 10, 2, 12, 0), IntakePolicy.Default)
            .Channel.ShouldBe(IntakeChannel.Phone);

    [Fact]
    public void Hotline_hours_are_judged_in_Beijing_time_whatever_the_offset_of_the_stamp()
    {
        Validate(Sample.Request(IntakeChannel.Phone, new DateTimeOffset(2024, 10, 8, 0, 30, 0, TimeSpan.Zero))).ShouldNotBeNull();
        Refused(Sample.Request(IntakeChannel.Phone, new DateTimeOffset(2024, 10, 7, 10, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Hotline_hours_are_configurable()
    {
        var policy = IntakePolicy.Default with { HotlineOpens = new TimeOnly(9, 0) };
        Should.Throw<DomainValidationException>(() =>
            GrievanceIntake.Validate(Sample.Request(IntakeChannel.Phone, Sample.At(2024, 10, 8, 8, 45)), Now, policy));
    }

    [Fact]
    public void A_phone_request_needs_the_time_of_the_call() =>
        Refused(Sample.Request(IntakeChannel.Phone)).Errors.Keys.ShouldBe(["receivedAt"]);

    [Fact]
    public void A_platform_request_without_a_time_is_received_now() =>
        Validate(Sample.Request()).ReceivedAt.ShouldBe(Now);

    [Fact]
    public void A_time_in_the_future_is_refused() =>
        Refused(Sample.Request(IntakeChannel.Platform, Now.AddHours(1))).Errors.Keys.ShouldBe(["receivedAt"]);

    [Fact]
    public void A_box_note_without_credit_code_is_accepted_and_counts_as_received_at_0830_of_its_collection_date()
    {
        var note = Sample.Request(IntakeChannel.Box) with
        {
            CreditCode = null,
            BoxLocation = FeedbackBoxLocation.IndustrialPark,
            CollectionDate = new DateOnly(2024, 10, 2),
        };

        var intake = Validate(note);

        intake.CreditCode.ShouldBeNull();
        intake.BoxLocation.ShouldBe(FeedbackBoxLocation.IndustrialPark);
        intake.ReceivedAt.ShouldBe(Sample.At(2024, 10, 2, 8, 30));
    }

    [Fact]
    public void A_box_note_needs_its_box_and_collection_date_and_no_received_time()
    {
        var error = Refused(Sample.Request(IntakeChannel.Box, Now.AddHours(-1)) with { CreditCode = null });
        error.Errors.Keys.ShouldBe(["boxLocation", "collectionDate", "receivedAt"], ignoreOrder: true);
    }

    [Fact]
    public void A_box_cannot_be_emptied_tomorrow()
    {
        var note = Sample.Request(IntakeChannel.Box) with { BoxLocation = FeedbackBoxLocation.ServiceHall, CollectionDate = new DateOnly(2024, 10, 9) };
        Refused(note).Errors.Keys.ShouldBe(["collectionDate"]);
    }

    [Fact]
    public void Box_fields_belong_to_box_notes_only() =>
        Refused(Sample.Request() with { BoxLocation = FeedbackBoxLocation.ServiceHall }).Errors.Keys.ShouldBe(["boxLocation"]);

    [Theory]
    [InlineData(IntakeChannel.Platform)]
    [InlineData(IntakeChannel.Phone)]
    public void Other_channels_need_a_credit_code(IntakeChannel channel)
    {
        var error = Refused(Sample.Request(channel, Sample.At(2024, 10, 8, 9, 0)) with { CreditCode = " " });
        error.Errors.Keys.ShouldBe(["creditCode"]);
        error.Errors["creditCode"][0].ShouldContain("统一社会信用代码");
    }

    [Fact]
    public void A_credit_code_with_a_wrong_check_character_is_refused_even_on_a_box_note()
    {
        var wrong = Sample.CreditCode[..17] + (Sample.CreditCode[17] == '0' ? '1' : '0');
        Refused(Sample.Request() with { CreditCode = wrong }).Errors["creditCode"][0].ShouldContain("校验码");
        var note = Sample.Request(IntakeChannel.Box) with
        {
            CreditCode = "91500119MA5U00000", BoxLocation = FeedbackBoxLocation.ServiceHall, CollectionDate = new DateOnly(2024, 10, 8),
        };
        Refused(note).Errors.Keys.ShouldBe(["creditCode"]);
    }

    [Fact]
    public void Every_missing_field_is_reported_at_once()
    {
        var error = Refused(new ReceiveGrievance(IntakeChannel.Platform, "", Sample.CreditCode, null, "12", "  "));
        error.Errors.Keys.ShouldBe(["enterpriseName", "contactPerson", "phone", "content"], ignoreOrder: true);
        error.Errors["phone"][0].ShouldContain("phone number");
    }

    [Fact]
    public void Text_is_trimmed_and_the_credit_code_parsed()
    {
        var intake = Validate(Sample.Request() with { EnterpriseName = "  某某公司 ", CreditCode = Sample.CreditCode.ToLowerInvariant() });
        intake.EnterpriseName.ShouldBe("某某公司");
        intake.CreditCode.ShouldBe(UnifiedSocialCreditCode.Parse(Sample.CreditCode));
    }

    [Fact]
    public void A_request_from_the_enterprise_home_desk_keeps_the_desk_id_and_lodging_time()
    {
        var deskId = Guid.Parse("11111111-2222-3333-4444-555555555555");
        var lodged = new LodgeEnterpriseRequest("Licensing", deskId, null, EnterpriseRequestChannel.EnterpriseHomeDesk, "某某公司",
            UnifiedSocialCreditCode.Parse(Sample.CreditCode), "王五", "13900000000", "办理施工许可遇到困难", Sample.At(2024, 10, 8, 11, 30));

        var intake = Validate(ReceiveGrievance.Forwarded(lodged));

        intake.Channel.ShouldBe(IntakeChannel.EnterpriseHomeDesk);
        intake.Source.ShouldBe(new RequestSource("Licensing", deskId, null));
        intake.ReceivedAt.ShouldBe(lodged.LodgedAt);
    }

    [Fact]
    public void A_phone_report_forwarded_by_another_module_keeps_its_channel_and_its_link_and_is_not_held_to_the_hotline_hours()
    {
        var reportId = Guid.Parse("22222222-3333-4444-5555-666666666666");
        var connectionId = Guid.Parse("33333333-4444-5555-6666-777777777777");
        var reported = new LodgeEnterpriseRequest("Utilities", reportId, connectionId, EnterpriseRequestChannel.Phone, "某某公司",
            UnifiedSocialCreditCode.Parse(Sample.CreditCode), "王五", "13900000000", "报装超期未接电", Sample.At(2024, 10, 8, 7, 45)); // before the hotline opens

        var intake = Validate(ReceiveGrievance.Forwarded(reported));

        intake.Channel.ShouldBe(IntakeChannel.Phone);
        intake.Source.ShouldBe(new RequestSource("Utilities", reportId, connectionId));
        intake.ReceivedAt.ShouldBe(Sample.At(2024, 10, 8, 7, 45));
    }

    [Fact]
    public void A_desk_request_needs_its_source() =>
        Refused(Sample.Request(IntakeChannel.EnterpriseHomeDesk, Sample.At(2024, 10, 8, 11, 30))).Errors.Keys.ShouldBe(["source"]);

    [Fact]
    public void A_forwarded_request_names_its_module_and_its_id() =>
        Refused(Sample.Request(IntakeChannel.Platform, Sample.At(2024, 10, 8, 11, 30)) with { Source = new RequestSource(" ", Guid.Empty, null) }).Errors.Keys
            .ShouldBe(["source.module", "source.reference"], ignoreOrder: true);

    [Fact]
    public void Receiving_records_every_fact_and_starts_the_request_as_received()
    {
        var intake = GrievanceIntake.Validate(Sample.Request(IntakeChannel.Phone, Sample.At(2024, 2, 9, 17, 0)), Sample.At(2024, 2, 9, 17, 30), IntakePolicy.Default);
        var due = Sample.At(2024, 2, 18, 18, 0);

        var received = GrievanceDecisions.Receive(Sample.GrievanceId, intake, due, Now);
        var state = Grievance.Create(received);

        received.ShouldBe(new GrievanceReceived(Sample.GrievanceId, IntakeChannel.Phone, null, null, null, intake.EnterpriseName,
            intake.CreditCode, "张三", "13812345678", intake.Content, Sample.At(2024, 2, 9, 17, 0), due, Now));
        state.Status.ShouldBe(GrievanceStatus.Received);
        state.AssignmentDueAt.ShouldBe(due);
        state.Rounds.ShouldBeEmpty();
        state.OpenDeadlines().ShouldBe([new OpenDeadline(DeadlineKind.Assignment, null, intake.ReceivedAt, 1, due)]);
    }

    [Fact]
    public void An_assignment_deadline_before_receipt_is_a_programming_error() =>
        Should.Throw<ArgumentOutOfRangeException>(() =>
            GrievanceDecisions.Receive(Sample.GrievanceId, Validate(Sample.Request()), Now, Now));
}
