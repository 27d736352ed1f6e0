using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Procurement.Publishing;
using static Nanchuan.Procurement.Tests.Api.ProcurementApi;

namespace Nanchuan.Procurement.Tests.Api;

/// <summary>Publishing a project: the scope band, the methods' fields, the watched first deadline and the oversight event.</summary>
[Collection(ProcurementCollection.Name)]
public sealed class PublishingTests(ProcurementHost platform)
{
    [Fact]
    public async Task A_project_of_49999_99_or_of_4000000_CNY_is_refused_and_50000_and_3999999_99_are_accepted()
    {
        platform.SetTime(Time("2025-04-08 10:00"));
        var before = await platform.EventCountAsync();
        var below = await platform.Post(Owner, Route + "/projects", Project(49_999.99m), 400).Read<HttpValidationProblemDetails>();
        below.Errors["value"][0].ShouldContain("自行发包");
        var statutory = await platform.Post(Owner, Route + "/projects", Project(4_000_000m), 400).Read<HttpValidationProblemDetails>();
        statutory.Errors["value"][0].ShouldContain("依法必须招标");
        statutory.Errors["value"][0].ShouldContain("public resource trading centre");
        (await platform.EventCountAsync()).ShouldBe(before);

        var lowest = await platform.PublishAsync(Project(50_000m));
        var highest = await platform.PublishAsync(Project(3_999_999.99m));
        (await platform.ProjectAsync(lowest.Id))!.Value.ShouldBe(50_000m);
        var top = (await platform.ProjectAsync(highest.Id))!;
        top.Value.ShouldBe(3_999_999.99m);
        top.ValueBand.ShouldBe(ValueBand.From2MillionTo4Million);
        (await platform.SqlRowsAsync($"select value::text, value_band from procurement.project_rows where project_id = '{highest.Id}'"))
            .ShouldBe(["3999999.99|from2MillionTo4Million"]);
    }

    [Fact]
    public async Task A_value_in_fractions_of_a_fen_and_missing_fields_are_400_naming_every_field_and_write_nothing()
    {
        var before = await platform.EventCountAsync();
        var problem = await platform.Post(Owner, Route + "/projects", new PublishProjectRequest(" ", "区教委", null, 100_000.001m, "lottery", null, null), 400)
            .Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["title", "supervisingDepartment", "fundingSource", "value", "method"], ignoreOrder: true);
        problem.Errors["value"][0].ShouldContain("两位小数");
        var missing = await platform.Post(Owner, Route + "/projects", new PublishProjectRequest("工程", Agriculture, FundingSource.Fiscal, null, ProcurementMethods.DirectAward, null, null), 400)
            .Read<HttpValidationProblemDetails>();
        missing.Errors.Keys.ShouldBe(["value", "justification", "proposedContractor"], ignoreOrder: true);
        var extra = await platform.Post(Owner, Route + "/projects", Project(80_000m) with { Justification = "理由" }, 400).Read<HttpValidationProblemDetails>();
        extra.Errors.Keys.ShouldBe(["justification"]);
        (await platform.EventCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Publishing_opens_registration_for_5_working_days_watches_the_award_deadline_after_it_and_opens_an_oversight_case()
    {
        // Tue 2025-04-29: the 5 working days are Apr 30 and May 6–9 (May 1–5 off); the award's 5 are May 12–16.
        platform.SetTime(Time("2025-04-29 09:00"));
        ProjectPublishedResponse published = null!;
        var tracked = await platform.Host.TrackAsync(async () => published = await platform.PublishAsync(Project(120_000m)));
        published.Status.ShouldBe(ProjectStatus.Registering);
        published.RegistrationClosesAt.ShouldBe(Time("2025-05-09 18:00"));
        published.DeadlineDueAt.ShouldBe(Time("2025-05-16 18:00"));
        var opened = tracked.MessagesPublished<CaseOpened>().ShouldHaveSingleItem();
        opened.Case.ShouldBe(new OversightCase("Procurement", "works-project", published.Id, Owner.CreditCode, Agriculture));
        var set = opened.Deadline.ShouldNotBeNull();
        set.Deadline.ShouldBe("Award");
        set.StartedAt.ShouldBe(Time("2025-05-09 18:00"));
        set.DueAt.ShouldBe(Time("2025-05-16 18:00"));
    }

    [Fact]
    public async Task The_opening_carries_the_owners_award_deadline_and_oversight_files_both_in_one_transaction_as_the_two_messages_were()
    {
        // ADR 0204, 0249: the case is the supervising department's, the award deadline the owner's; the opening carries it as it is.
        platform.SetTime(Time("2025-06-03 09:00"));
        ProjectPublishedResponse published = null!;
        var tracked = await platform.Host.TrackAsync(async () => published = await platform.PublishAsync(Project(150_000m)));

        tracked.MessagesPublished<DeadlineSet>().ShouldBeEmpty();
        var opened = tracked.MessagesPublished<CaseOpened>().ShouldHaveSingleItem();
        var set = opened.Deadline.ShouldNotBeNull();
        (set.Case, set.Deadline, set.DueAt).ShouldBe((opened.Case with { Department = Owner.Name }, "Award", published.DeadlineDueAt));
        opened.MoreDeadlines.ShouldBeNull();
        var filed = await platform.FilingsAsync(published.Id);
        filed.Select(f => f.Type).ShouldBe(["oversight_case_opened", "oversight_deadline_set"]);
        filed.Select(f => f.Transaction).Distinct().ShouldHaveSingleItem();
        (await platform.OversightRowsAsync(published.Id)).ShouldBe(await platform.RowsFiledApartAsync(opened, set));
    }

    [Fact]
    public async Task A_direct_award_waits_for_the_supervising_departments_approval_without_registration()
    {
        platform.SetTime(Time("2025-04-08 10:00"));
        var published = await platform.PublishAsync(DirectAward(300_000m));
        published.Status.ShouldBe(ProjectStatus.AwaitingApproval);
        published.RegistrationClosesAt.ShouldBeNull();
        published.DeadlineDueAt.ShouldBe(Time("2025-04-15 18:00"));
        var project = (await platform.ProjectAsync(published.Id))!;
        project.Justification.ShouldBe("汛期山体滑坡抢险，须立即施工");
        project.ProposedContractor!.CreditCode.ShouldBe(Bidders[3].CreditCode);
    }

    [Fact]
    public async Task Only_an_organisation_signed_in_with_its_credit_code_publishes_and_others_read_only_what_concerns_them()
    {
        platform.SetTime(Time("2025-04-08 10:00"));
        await platform.Post(AgricultureDesk, Route + "/projects", Project(90_000m), 403);
        var published = await platform.PublishAsync(Project(90_000m));
        await platform.Get(Owner, Route + $"/projects/{published.Id}");
        await platform.Get(AgricultureDesk, Route + $"/projects/{published.Id}");
        await platform.Get(DevelopmentReform, Route + $"/projects/{published.Id}");
        await platform.Get(TestActors.Supervisor, Route + $"/projects/{published.Id}");
        await platform.Get(HousingDesk, Route + $"/projects/{published.Id}", 403);
        await platform.Get(OtherOwner, Route + $"/projects/{published.Id}", 403);
        await platform.Get(Owner, Route + $"/projects/{Guid.NewGuid()}", 404);
    }
}
