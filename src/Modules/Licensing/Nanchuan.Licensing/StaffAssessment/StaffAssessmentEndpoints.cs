using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Licensing.StaffAssessment.Rulebook;

namespace Nanchuan.Licensing.StaffAssessment;

/// <summary>The hall's management (Admin, BusinessOffice) records deductions; Supervisors may read the assessments.</summary>
public static class StaffAssessmentEndpoints
{
    private const string Management = $"{Roles.Admin},{Roles.BusinessOffice}";
    private const string Readers = $"{Roles.Admin},{Roles.BusinessOffice},{Roles.Supervisor}";

    [WolverinePost("/api/licensing/staff/{staffId}/deductions")]
    [Authorize(Roles = Management)]
    [Tags("Licensing")]
    [EndpointSummary("记录考核扣分 / Record a deduction of a window staff member")]
    [EndpointDescription("A breached rule of the assessment's rules in force now (`rule`: its code, GET /api/licensing/staff/rules; its points apply and the deduction quotes its revision) or a substantiated complaint (1–100 points, a written explanation is due; a complaint against a model post 示范岗 is noted). The month is the Asia/Shanghai month of now; reaching 15 points triggers an interview (约谈), three consecutive interview months return the person to the home unit (退回原单位).")]
    [ProducesResponseType<MonthlyAssessment>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<MonthlyAssessment> Deduct(
        string staffId, RecordDeduction command, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var id = StaffAssessmentDecisions.AssessmentIdFor(staffId);
        var stream = await session.Events.FetchForWriting<StaffScorecard>(id, cancellation);
        var rulebook = await session.LoadAsync<AssessmentRulebook>(AssessmentRulebook.StreamId, cancellation);
        var events = StaffAssessmentDecisions.Deduct(stream.Aggregate, staffId, command, rulebook, time.GetUtcNow());
        stream.AppendMany(events);
        var assessment = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        var recorded = (DeductionRecorded)events[0];
        return View(assessment, recorded.Year, recorded.Month);
    }

    [WolverinePost("/api/licensing/staff/{staffId}/explanations")]
    [Authorize(Roles = Management)]
    [Tags("Licensing")]
    [EndpointSummary("记录投诉扣分的书面说明 / Record the written explanation of a complaint deduction")]
    [EndpointDescription("Once per complaint deduction (写说明); a requirement deduction needs none (409).")]
    [ProducesResponseType<Deduction>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<Deduction> Explain(string staffId, RecordExplanation command, IDocumentSession session, CancellationToken cancellation)
    {
        var id = StaffAssessmentDecisions.AssessmentIdFor(staffId);
        var stream = await CaseStreams.LoadIfAnyAsync<StaffScorecard>(session, id, cancellation) ?? throw NotFound(staffId);
        var explained = StaffAssessmentDecisions.Explain(stream.Aggregate!, command);
        stream.AppendOne(explained);
        var assessment = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        return assessment.Deductions.Single(d => d.Id == explained.DeductionId);
    }

    [WolverinePost("/api/licensing/staff/{staffId}/model-post")]
    [Authorize(Roles = Management)]
    [Tags("Licensing")]
    [EndpointSummary("设立党员（团员）示范岗 / Mark a staff member's window as a model post")]
    [EndpointDescription("partyMember 党员示范岗 or leagueMember 团员示范岗 (seed 000: 设立党员团员示范岗). A complaint deduction against a model post is noted on the deduction; already a model post is a 409.")]
    [ProducesResponseType<MonthlyAssessment>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<MonthlyAssessment> Designate(
        string staffId, DesignateModelPost command, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<StaffScorecard>(StaffAssessmentDecisions.AssessmentIdFor(staffId), cancellation);
        var now = time.GetUtcNow();
        stream.AppendOne(ModelPosts.Designate(stream.Aggregate, staffId, command, CurrentActor.Value, now));
        return ViewNow(await CaseStreams.StateAfterAsync(session, stream, cancellation), now);
    }

    [WolverinePost("/api/licensing/staff/{staffId}/model-post/withdrawal")]
    [Authorize(Roles = Management)]
    [Tags("Licensing")]
    [EndpointSummary("撤销示范岗 / Withdraw a model post")]
    [EndpointDescription("With the reason; a staff member without a model post is a 409.")]
    [ProducesResponseType<MonthlyAssessment>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<MonthlyAssessment> Withdraw(
        string staffId, WithdrawModelPost command, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<StaffScorecard>(StaffAssessmentDecisions.AssessmentIdFor(staffId), cancellation);
        var now = time.GetUtcNow();
        stream.AppendOne(ModelPosts.Withdraw(stream.Aggregate, staffId, command, CurrentActor.Value, now));
        return ViewNow(await CaseStreams.StateAfterAsync(session, stream, cancellation), now);
    }

    [WolverineGet("/api/licensing/staff/model-posts")]
    [Authorize(Roles = Roles.AllButPublic)]
    [Tags("Licensing")]
    [EndpointSummary("党员团员示范岗名单 / The model posts")]
    [EndpointDescription("Every staff member whose window is a model post now, with the kind, by staff id.")]
    public static async Task<IReadOnlyList<ModelPostHolder>> ModelPostList(IQuerySession session, CancellationToken cancellation) =>
        (await session.Query<StaffScorecard>().Where(c => c.ModelPost != null).ToListAsync(cancellation))
            .Select(c => new ModelPostHolder(c.StaffId, c.ModelPost!.Value, ModelPosts.Name(c.ModelPost.Value)))
            .OrderBy(h => h.StaffId, StringComparer.Ordinal).ToList();

    [WolverineGet("/api/licensing/staff/{staffId}/assessment")]
    [Authorize(Roles = Readers)]
    [Tags("Licensing")]
    [EndpointSummary("工作人员月度考核 / A staff member's monthly assessment")]
    [EndpointDescription("Score (100 − points deducted), interview and return flags and the month's deductions; a month without deductions scores 100.")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<MonthlyAssessment> Get(string staffId, int year, int month, IQuerySession session, CancellationToken cancellation)
    {
        ValidateMonth(year, month);
        var assessment = await session.LoadAsync<StaffScorecard>(StaffAssessmentDecisions.AssessmentIdFor(staffId), cancellation)
            ?? new StaffScorecard { StaffId = staffId.Trim() };
        return View(assessment, year, month);
    }

    [WolverineGet("/api/licensing/staff/assessments")]
    [Authorize(Roles = Readers)]
    [Tags("Licensing")]
    [EndpointSummary("月度考核名单 / Monthly assessment list")]
    [EndpointDescription("Every staff member with deductions in the month, lowest score first; the others score 100.")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IReadOnlyList<MonthlyAssessment>> List(int year, int month, IQuerySession session, CancellationToken cancellation)
    {
        ValidateMonth(year, month);
        var all = await session.Query<StaffScorecard>().ToListAsync(cancellation);
        return all.Where(a => a.Month(year, month) is not null).Select(a => View(a, year, month))
            .OrderBy(m => m.Score).ThenBy(m => m.StaffId, StringComparer.Ordinal).ToList();
    }

    private static MonthlyAssessment View(StaffScorecard assessment, int year, int month)
    {
        var m = assessment.Month(year, month);
        return new MonthlyAssessment(assessment.StaffId, year, month, m?.PointsDeducted ?? 0, m?.Score ?? StaffScorecard.MonthlyPoints,
            m?.Interview ?? false, m?.ReturnedToHomeUnit ?? false, assessment.Deductions.Where(d => d.Year == year && d.Month == month).ToList(), assessment.ModelPost);
    }

    private static MonthlyAssessment ViewNow(StaffScorecard assessment, DateTimeOffset now)
    {
        var today = BeijingTime.DayOf(now);
        return View(assessment, today.Year, today.Month);
    }

    private static void ValidateMonth(int year, int month)
    {
        var errors = new Dictionary<string, string[]>();
        if (year is < 2000 or > 2100) errors["year"] = ["年份应为2000至2100 / the year is 2000–2100."];
        if (month is < 1 or > 12) errors["month"] = ["月份应为1至12 / the month is 1–12."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }

    private static NotFoundException NotFound(string staffId) => new($"工作人员{staffId}无考核记录 / no assessment for staff {staffId}.");
}
