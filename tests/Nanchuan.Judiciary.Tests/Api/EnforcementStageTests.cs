using Nanchuan.Judiciary.EnforcementStage;
using static Nanchuan.Judiciary.Tests.Api.JudiciaryApi;

namespace Nanchuan.Judiciary.Tests.Api;

/// <summary>The enforcement stage: the settlement buffer (calendar days on the 2026 holiday calendar) and the measures it holds back.</summary>
[Collection(JudiciaryCollection.Name)]
public sealed class EnforcementStageTests(JudiciaryHost platform)
{
    private static readonly RecordMeasureBody Listing = new(EnforcementMeasure.CreditPunishment, "纳入失信被执行人名单");

    private async Task<Guid> InEnforcementAsync(string creditCode)
    {
        var id = await platform.FileAsync(creditCode);
        await platform.Post(Court, $"{Cases}/{id}/enforcement-stage", new EnterEnforcementBody("（2026）渝0119民初1234号民事判决已生效"));
        return id;
    }

    [Fact]
    public async Task Recording_a_credit_punishment_against_an_enterprise_inside_its_settlement_buffer_is_refused_with_409_the_day_after_the_buffer_ends_it_is_accepted()
    {
        // 30 calendar days from Mon 7 Sep 2026 end on Wed 7 Oct, a public holiday: the last day moves to Thu 8 Oct (rule 3).
        platform.SetTime(Time("2026-09-07 10:00"));
        var id = await InEnforcementAsync(Codes[12]);
        await platform.Post(Court, $"{Cases}/{id}/buffer", new GrantBufferBody(new DateOnly(2026, 12, 31), 30));
        var buffer = (await platform.Get(Court, $"{Cases}/{id}").Read<DisputeCase>()).Buffers.Single();
        (buffer.Days, buffer.EndsAt).ShouldBe((30, Time("2026-10-09 00:00")));

        platform.SetTime(Time("2026-10-08 23:00"));
        var before = await platform.EventCountAsync();
        var refused = await platform.Post(Court, $"{Cases}/{id}/enforcement-measures", Listing, 409).Read<ProblemDetails>();
        refused.Extensions["currentState"]!.ToString().ShouldBe("缓冲期内");
        refused.Detail!.ShouldContain("2026-10-08");
        await platform.Post(Court, $"{Cases}/{id}/enforcement-measures", new RecordMeasureBody(EnforcementMeasure.AssetDisposal, "拍卖厂房"), 409);
        (await platform.EventCountAsync()).ShouldBe(before);
        (await platform.Get(EnterpriseUser(Codes[12]), $"{Route}/worklist").Read<Nanchuan.Judiciary.Worklists.Worklist>())
            .Cases.Single().BufferLastDay.ShouldBe(new DateOnly(2026, 10, 8));

        // Its timer, a second after 24:00 of the last day, records that it ran its course — once, however often it is delivered.
        var timer = new SettlementBufferEnds(id, buffer.Id, buffer.EndsAt);
        platform.SetTime(Time("2026-10-09 00:00").AddSeconds(1));
        await platform.Host.InvokeMessageAndWaitAsync(timer);
        await platform.Host.InvokeMessageAndWaitAsync(timer);
        (await platform.EventsAsync(id)).OfType<SettlementBufferRanItsCourse>().ShouldHaveSingleItem().RecordedAt.ShouldBe(Time("2026-10-09 00:00").AddSeconds(1));
        (await platform.SqlRowsAsync($"select ran_course_at from judiciary.buffer_rows where case_id = '{id}'")).ShouldHaveSingleItem().ShouldNotBeEmpty();

        platform.SetTime(Time("2026-10-09 09:00"));
        await platform.Post(Court, $"{Cases}/{id}/enforcement-measures", Listing);
        (await platform.Get(Court, $"{Cases}/{id}").Read<DisputeCase>()).Measures.Single()
            .ShouldBe(new RecordedMeasure(EnforcementMeasure.CreditPunishment, "纳入失信被执行人名单", Time("2026-10-09 09:00")));
        (await platform.Get(EnterpriseUser(Codes[12]), $"{Route}/worklist").Read<Nanchuan.Judiciary.Worklists.Worklist>())
            .Cases.Single().BufferLastDay.ShouldBeNull();
    }

    [Fact]
    public async Task A_failed_settlement_ends_the_buffer_early_and_the_measure_is_accepted_at_once()
    {
        platform.SetTime(Time("2026-11-02 10:00"));
        var id = await InEnforcementAsync(Codes[13]);
        await platform.Post(Court, $"{Cases}/{id}/buffer", new GrantBufferBody(new DateOnly(2026, 12, 31), 20));
        await platform.Post(Court, $"{Cases}/{id}/buffer", new GrantBufferBody(new DateOnly(2026, 12, 31), 5), 409);
        await platform.Post(Court, $"{Cases}/{id}/enforcement-measures", Listing, 409);

        platform.SetTime(Time("2026-11-10 15:00"));
        await platform.Post(Court, $"{Cases}/{id}/buffer/settlement-failure", new SettlementFailedBody(null), 400);
        await platform.Post(Court, $"{Cases}/{id}/buffer/settlement-failure", new SettlementFailedBody("未按和解协议支付首期款"));
        await platform.Post(Court, $"{Cases}/{id}/buffer/settlement-failure", new SettlementFailedBody("再次"), 409);
        await platform.Post(Court, $"{Cases}/{id}/enforcement-measures", new RecordMeasureBody(EnforcementMeasure.AssetDisposal, "查封厂房"));
        var buffer = (await platform.Get(Court, $"{Cases}/{id}").Read<DisputeCase>()).Buffers.Single();
        buffer.EndedEarlyAt.ShouldBe(Time("2026-11-10 15:00"));

        // The timer of a buffer that ended early records nothing.
        platform.SetTime(buffer.EndsAt.AddSeconds(1));
        await platform.Host.InvokeMessageAndWaitAsync(new SettlementBufferEnds(id, buffer.Id, buffer.EndsAt));
        (await platform.EventsAsync(id)).OfType<SettlementBufferRanItsCourse>().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_buffer_never_goes_beyond_the_settlement_period_the_default_30_days_stop_at_its_end_a_longer_given_length_is_400()
    {
        platform.SetTime(Time("2026-11-03 10:00"));
        var id = await InEnforcementAsync(Codes[14]);
        var before = await platform.EventCountAsync();
        (await platform.Post(Court, $"{Cases}/{id}/buffer", new GrantBufferBody(new DateOnly(2026, 11, 20), 30), 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["days"]);
        (await platform.Post(Court, $"{Cases}/{id}/buffer", new GrantBufferBody(null, 0), 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["periodEndsOn", "days"], ignoreOrder: true);
        (await platform.EventCountAsync()).ShouldBe(before);

        await platform.Post(Court, $"{Cases}/{id}/buffer", new GrantBufferBody(new DateOnly(2026, 11, 20), null));
        var buffer = (await platform.Get(Court, $"{Cases}/{id}").Read<DisputeCase>()).Buffers.Single();
        (buffer.Days, buffer.EndsAt).ShouldBe((17, Time("2026-11-21 00:00")));
    }

    [Fact]
    public async Task Buffers_and_measures_belong_to_the_enforcement_stage_and_to_the_court()
    {
        platform.SetTime(Time("2026-11-04 10:00"));
        var id = await platform.FileAsync(Codes[15]);
        (await platform.Post(Court, $"{Cases}/{id}/buffer", new GrantBufferBody(new DateOnly(2026, 12, 31), null), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("诉讼阶段");
        await platform.Post(Court, $"{Cases}/{id}/enforcement-measures", Listing, 409);
        await platform.Post(Centre, $"{Cases}/{id}/enforcement-stage", new EnterEnforcementBody("判决生效"), 403);
        await platform.Post(Court, $"{Cases}/{id}/enforcement-stage", new EnterEnforcementBody("判决生效"));
        await platform.Post(Court, $"{Cases}/{id}/enforcement-stage", new EnterEnforcementBody("判决生效"), 409);
        await platform.Post(EnterpriseUser(Codes[15]), $"{Cases}/{id}/buffer", new GrantBufferBody(new DateOnly(2026, 12, 31), null), 403);
        await platform.Post(Market, $"{Cases}/{id}/enforcement-measures", Listing, 403);
    }
}
