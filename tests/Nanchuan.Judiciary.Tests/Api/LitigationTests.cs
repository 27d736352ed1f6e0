using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Judiciary.Assignment;
using Nanchuan.Judiciary.Litigation;
using Nanchuan.Judiciary.Referral;
using Nanchuan.Judiciary.Results;
using static Nanchuan.Judiciary.Tests.Api.JudiciaryApi;

namespace Nanchuan.Judiciary.Tests.Api;

/// <summary>诉前调解不成转立案: a failed pre-litigation mediation goes on as a lawsuit, a step of the same case (ADR 0069).</summary>
[Collection(JudiciaryCollection.Name)]
public sealed class LitigationTests(JudiciaryHost platform)
{
    private static readonly Actor Later = Unit("金山镇人民政府");
    private static readonly Actor Other = Unit("头渡镇人民政府");
    private static readonly FileForLitigationBody Filing = new("诉前调解不成，依法登记立案：（2026）渝0119民初2345号");

    [Fact]
    public async Task When_the_pre_litigation_mediation_fails_the_court_files_the_lawsuit_and_the_same_case_goes_on_in_litigation()
    {
        var unit = Unit("三泉镇人民政府");
        platform.SetTime(Time("2026-09-22 10:00"));
        var id = await platform.AssignedAsync(Codes[18], unit, stage: DisputeStage.PreLitigation);
        await platform.Post(Court, $"{Cases}/{id}/litigation", Filing, 409);
        platform.SetTime(Time("2026-09-24 10:00"));
        await platform.Post(unit, $"{Cases}/{id}/mediation/result", new ReportMediationResultBody(false, "被申请人拒绝调解"));

        platform.SetTime(Time("2026-09-28 10:00"));
        await platform.Post(Centre, $"{Cases}/{id}/litigation", Filing, 403);
        var before = await platform.EventCountAsync();
        await platform.Post(Court, $"{Cases}/{id}/litigation", new FileForLitigationBody(" "), 400);
        (await platform.EventCountAsync()).ShouldBe(before);
        var filed = await platform.Host.TrackAsync(() => platform.Post(Court, $"{Cases}/{id}/litigation", Filing));
        var opened = filed.MessagesPublished<CaseOpened>().ShouldHaveSingleItem();
        (opened.Case.CaseId, opened.Case.Department, opened.OpenedAt).ShouldBe((id, "区法院", Time("2026-09-28 10:00")));

        var dispute = await platform.Get(Court, $"{Cases}/{id}").Read<DisputeCase>();
        (dispute.Stage, dispute.Status, dispute.LitigatedAt).ShouldBe((DisputeStage.Litigation, DisputeStatus.Filed, (DateTimeOffset?)Time("2026-09-28 10:00")));
        dispute.Mediation.ShouldBeNull();
        (await platform.EventsAsync(id)).OfType<DisputeFiledForLitigation>().Single().Note.ShouldBe(Filing.Note);
        (await platform.Get(unit, $"{Cases}/{id}").Read<DisputeCase>()).Parties.Single(p => p.Kind == PartyKind.NaturalPerson).Name.ShouldBe("李**");

        // In litigation the comprehensive handling runs again, and a second filing is refused naming the stage.
        await platform.Post(Court, $"{Cases}/{id}/referral", new ReferToCentreBody("立案后移交调处"));
        await platform.Post(Centre, $"{Cases}/{id}/assignment", new AssignMediationBody(Later.DepartmentId, null));
        var again = await platform.Post(Court, $"{Cases}/{id}/litigation", Filing, 409).Read<ProblemDetails>();
        again.Extensions["currentState"]!.ToString().ShouldBe("诉讼阶段");
        platform.SetTime(Time("2026-09-29 10:00"));
        await platform.Post(Later, $"{Cases}/{id}/mediation/result", new ReportMediationResultBody(true, "诉中调解达成协议"));

        // The pre-litigation result stays what it was; the later one in litigation is the case's last result.
        (await platform.SqlRowsAsync($"select filed_stage, stage, status, pre_litigation_month, pre_litigation_resolved, resolved, litigated_at is not null from judiciary.case_rows where case_id = '{id}'"))
            .ShouldBe(["preLitigation|litigation|resolved|2026-09|False|True|True"]);
    }

    [Fact]
    public async Task Only_a_failed_pre_litigation_mediation_moves_to_litigation_any_other_case_is_409_naming_its_state()
    {
        platform.SetTime(Time("2026-09-22 10:00"));
        var resolved = await platform.AssignedAsync(Codes[19], Other, stage: DisputeStage.PreLitigation);
        await platform.Post(Other, $"{Cases}/{resolved}/mediation/result", new ReportMediationResultBody(true, "达成调解协议"));
        (await platform.Post(Court, $"{Cases}/{resolved}/litigation", Filing, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("调处成功");

        var inLitigation = await platform.AssignedAsync(Codes[19], Other);
        await platform.Post(Other, $"{Cases}/{inLitigation}/mediation/result", new ReportMediationResultBody(false, "调解不成"));
        (await platform.Post(Court, $"{Cases}/{inLitigation}/litigation", Filing, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("诉讼阶段");

        var filed = await platform.FileAsync(Codes[19], stage: DisputeStage.PreLitigation);
        (await platform.Post(Court, $"{Cases}/{filed}/litigation", Filing, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("已登记");
        await platform.Post(Court, $"{Cases}/{Guid.NewGuid()}/litigation", Filing, 404);
    }
}
