using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Incentives.Signing;
using Nanchuan.Licensing.Contracts;
using static Nanchuan.Incentives.Tests.Api.IncentivesApi;

namespace Nanchuan.Incentives.Tests.Api;

/// <summary>An investment agreement recorded with both ledgers; bad input, wrong users.</summary>
[Collection(IncentivesCollection.Name)]
public sealed class SigningTests(IncentivesHost platform)
{
    [Fact]
    public async Task An_agreement_is_recorded_with_the_enterprise_ledger_and_the_government_ledger_and_opens_a_case_with_its_milestone_deadlines()
    {
        platform.SetTime(Time("2025-03-10 10:00"));
        Guid id = default;
        var tracked = await platform.Host.TrackAsync(async () =>
            id = (await platform.Post(ParkCommittee, Route + "/agreements", Agreement("91500119MA5EF0A126", "NCGYY-2025-001"), 201).Read<AgreementRecordedResponse>()).Id);

        var agreement = await platform.LedgersAsync(id);
        agreement.EnterpriseName.ShouldBe("重庆南川双兑现示例有限公司");
        agreement.Milestones.Select(m => (m.Code, m.Kind, m.Target, m.DueDate, m.Status)).ShouldBe(
        [
            ("E1", MilestoneKind.Investment, 100_000_000m, new DateOnly(2025, 12, 31), MilestoneStatus.Pending),
            ("E2", MilestoneKind.ConstructionStart, null, new DateOnly(2025, 10, 1), MilestoneStatus.Pending),
            ("E3", MilestoneKind.Jobs, 200m, new DateOnly(2026, 6, 30), MilestoneStatus.Pending),
        ]);
        // Calendar days (Civil Code art. 203): 2025-10-01 is in the National Day holiday (Oct 1–8), so the last day is Oct 9.
        agreement.Milestone("E2")!.DueAt.ShouldBe(Time("2025-10-10 00:00"));
        agreement.Milestone("E1")!.DueAt.ShouldBe(Time("2026-01-01 00:00"));
        agreement.Incentives.Select(i => (i.Code, i.Basis, i.ConditionMilestone, i.Amount, i.Status)).ShouldBe(
        [
            ("G1", IncentiveBasis.Agreement, "E1", 3_000_000m, IncentiveStatus.Pending),
            ("G2", IncentiveBasis.Agreement, null, 1_200_000m, IncentiveStatus.Due),
            ("G3", IncentiveBasis.OtherPolicy, "E3", 400_000.50m, IncentiveStatus.Pending),
        ]);
        agreement.Incentive("G3")!.Policy.ShouldBe("南川区稳岗就业补贴政策");

        var @case = new OversightCase("Incentives", "investment-agreement", id, "91500119MA5EF0A126", ParkCommitteeName);
        var opened = tracked.MessagesPublished<CaseOpened>().ShouldHaveSingleItem();
        (opened with { Deadline = null, MoreDeadlines = null }).ShouldBe(new CaseOpened(@case,
            "招商签约协议NCGYY-2025-001：重庆南川双兑现示例有限公司（新能源电池材料生产基地）", Time("2025-03-10 10:00"), "NCGYY-2025-001", "重庆南川双兑现示例有限公司"));
        // The deadlines the signing started travel inside the opening (ADR 0204, 0249).
        tracked.MessagesPublished<DeadlineSet>().ShouldBeEmpty();
        DeadlinesCarriedBy(opened).Select(d => (d.Deadline, d.Limit, d.DueAt)).OrderBy(d => d.Deadline).ShouldBe(
        [
            ("Milestone:E1", "296日", Time("2026-01-01 00:00")),
            ("Milestone:E2", "205日", Time("2025-10-10 00:00")),
            ("Milestone:E3", "477日", Time("2026-07-01 00:00")),
            ("Payment:G2", "60日", Time("2025-05-10 00:00")),
        ]);
        (await platform.EventsAsync(id)).Select(e => e.GetType().Name).ShouldBe(["AgreementSigned", "IncentiveFellDue"]);
    }

    [Fact]
    public async Task The_opening_carries_every_deadline_the_signing_started_and_oversight_files_them_in_one_transaction_as_the_five_messages_were()
    {
        platform.SetTime(Time("2025-03-12 10:00"));
        Guid id = default;
        var tracked = await platform.Host.TrackAsync(async () =>
            id = (await platform.Post(ParkCommittee, Route + "/agreements", Agreement("91500119MA5EF0A126", "NCGYY-2025-951"), 201).Read<AgreementRecordedResponse>()).Id);

        var opened = tracked.MessagesPublished<CaseOpened>().ShouldHaveSingleItem();
        var deadlines = DeadlinesCarriedBy(opened);
        deadlines.Select(d => d.Deadline).ShouldBe(["Milestone:E1", "Milestone:E2", "Milestone:E3", "Payment:G2"]);
        deadlines.ShouldAllBe(d => d.Case == opened.Case);
        var filed = await platform.FilingsAsync(id);
        filed.Select(f => f.Type).ShouldBe(["oversight_case_opened", .. deadlines.Select(_ => "oversight_deadline_set")]);
        filed.Select(f => f.Transaction).Distinct().ShouldHaveSingleItem();
        (await platform.OversightRowsAsync(id)).ShouldBe(await platform.RowsFiledApartAsync([opened, .. deadlines]));
    }

    private static IReadOnlyList<DeadlineSet> DeadlinesCarriedBy(CaseOpened opened) => [opened.Deadline.ShouldNotBeNull(), .. opened.MoreDeadlines.ShouldNotBeNull()];

    [Fact]
    public async Task An_agreement_with_a_registered_enterprise_takes_its_registered_name()
    {
        var code = UnifiedSocialCreditCode.Parse("91500119MA5EF0A201");
        await platform.Host.TrackActivity(MessageTracking.Timeout).PublishMessageAndWaitAsync(new CompanyRegistered(Guid.NewGuid(), code, "重庆南川已登记材料有限公司", "张三", "南川区东城街道", "东城",
            Time("2025-01-06 10:00")));
        platform.SetTime(Time("2025-03-10 10:00"));
        var id = (await platform.Post(ParkCommittee, Route + "/agreements", Agreement(code.Value, "NCGYY-2025-002", name: null), 201).Read<AgreementRecordedResponse>()).Id;
        (await platform.LedgersAsync(id)).EnterpriseName.ShouldBe("重庆南川已登记材料有限公司");
    }

    [Fact]
    public async Task Bad_input_is_400_with_every_field_error_in_Chinese_and_English_and_nothing_is_written()
    {
        platform.SetTime(Time("2025-03-10 10:00"));
        var before = await platform.EventCountAsync();
        var good = Agreement("91500119MA5EF0A39X", "NCGYY-2025-003");
        var bad = good with
        {
            CreditCode = "91500119MA5EF0A390", EnterpriseName = null, SignedOn = null, Project = " ",
            Milestones = [good.Milestones![0]! with { Target = null }, good.Milestones[1]! with { Target = 5m, Kind = null }],
            Incentives = [good.Incentives![0]! with { Amount = 0.001m, ConditionMilestone = "E9" }, good.Incentives[2]! with { Policy = null, Code = "E1" }],
        };
        var problem = await platform.Post(ParkCommittee, Route + "/agreements", bad, 400).Read<ValidationProblemDetails>();
        problem.Errors.Keys.Order().ShouldBe(["creditCode", "enterpriseName", "incentives", "incentives[0].amount", "incentives[0].conditionMilestone",
            "incentives[1].conditionMilestone", "incentives[1].policy", "milestones[0].target", "milestones[1].kind", "project", "signedOn"]);
        problem.Errors["incentives"].Single().ShouldBe("事项编号重复：E1 / repeated item codes: E1.");

        var second = await platform.Post(ParkCommittee, Route + "/agreements", good with
        {
            Milestones = [good.Milestones[0]! with { DueDate = new DateOnly(2025, 3, 1) }, good.Milestones[1]! with { Target = 5m }],
            Incentives = [good.Incentives[0]! with { Amount = 0.001m, ConditionMilestone = "E9" }, good.Incentives[2]! with { Policy = null }],
        }, 400).Read<ValidationProblemDetails>();
        second.Errors.Keys.Order().ShouldBe(
            ["incentives[0].amount", "incentives[0].conditionMilestone", "incentives[1].conditionMilestone", "incentives[1].policy", "milestones[0].dueDate",
                "milestones[1].target"]);
        second.Errors["milestones[0].dueDate"].Single().ShouldBe("履约期限应晚于签约日期2025-03-10 / the due date must be after the signing date 2025-03-10.");
        (await platform.EventCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Only_the_park_committee_records_an_agreement_and_an_enterprise_reads_only_its_own()
    {
        platform.SetTime(Time("2025-03-10 10:00"));
        var before = await platform.EventCountAsync();
        await platform.Post(Economy, Route + "/agreements", Agreement("91500119MA5EF0A47Q", "NCGYY-2025-004"), 403);
        await platform.Post(TestActors.BusinessOffice, Route + "/agreements", Agreement("91500119MA5EF0A47Q", "NCGYY-2025-004"), 403);
        (await platform.EventCountAsync()).ShouldBe(before);

        var id = await platform.SignAsync("91500119MA5EF0A47Q", "NCGYY-2025-004");
        (await platform.LedgersAsync(id, EnterpriseUser("91500119MA5EF0A47Q"))).Number.ShouldBe("NCGYY-2025-004");
        await platform.Get(EnterpriseUser("91500119MA5EF0A55K"), $"{Route}/agreements/{id}", 403);
        await platform.Get(Economy, $"{Route}/agreements/{id}", 403);
        await platform.Get(TestActors.Supervisor, $"{Route}/agreements/{id}");
        await platform.Get(Finance, $"{Route}/agreements/{Guid.NewGuid()}", 404);
    }
}
