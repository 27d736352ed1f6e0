using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Draws;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.Utilities.Domain;
using Nanchuan.Utilities.Domain.Gas;

namespace Nanchuan.Utilities.Gas;

/// <summary>
/// Draw the quarter's price-compliance spot check. <paramref name="Ratio"/> defaults to 0.5 and may not be lower;
/// <paramref name="Seed"/> defaults to a fresh random one. Both are recorded, so the draw replays.
/// </summary>
public sealed record DrawSpotCheckRequest(int Year, int Quarter, decimal? Ratio, string? Seed) : IOpenApiExample<DrawSpotCheckRequest>
{
    public static DrawSpotCheckRequest Example => new(2024, 2, 0.5m, null);
}

/// <summary>
/// An unannounced draw (不定期抽查) over one operator's connections whose fee was issued since <paramref name="Since"/> (a day, Beijing
/// time, within the last year). <paramref name="Ratio"/>: the share drawn, above 0 and at most 1 (default 0.5); <paramref name="Seed"/>
/// defaults to a fresh random one. Both are recorded, so the draw replays.
/// </summary>
public sealed record DrawUnannouncedSpotCheckRequest(string Operator, DateOnly Since, decimal? Ratio, string? Seed) : IOpenApiExample<DrawUnannouncedSpotCheckRequest>
{
    public static DrawUnannouncedSpotCheckRequest Example => new("南川燃气公司", new DateOnly(2024, 10, 1), 0.3m, null);
}

/// <summary>The outcome of checking one drawn connection.</summary>
public sealed record RecordSpotCheckResultRequest(Guid ConnectionId, bool Compliant, string Findings) : IOpenApiExample<RecordSpotCheckResultRequest>
{
    public static RecordSpotCheckResultRequest Example => new(Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"), true, "物料清单已公示，费用明细与清单一致。");
}

public sealed record SpotCheckView(Guid Id, GasSpotCheckKind Kind, string? Operator, int Year, int Quarter, IReadOnlyList<Guid> Candidates, string Seed,
    string Algorithm, decimal Ratio, IReadOnlyList<Guid> Selected, DateTimeOffset DrawnAt, IReadOnlyList<GasSpotCheckResultRecorded> Results)
{
    public static SpotCheckView From(GasSpotCheck s) => new(s.Id, s.Kind, s.Operator, s.Year, s.Quarter, s.Candidates, s.Seed, s.Algorithm, s.Ratio, s.Selected,
        s.DrawnAt, [.. s.Results.Values.OrderBy(r => r.CheckedAt)]);
}

public static class SpotCheckEndpoints
{
    private const string Route = $"{UtilitiesModule.Route}/gas/spot-checks";
    private static readonly CaseName What = new("燃气报装抽查", "gas connection spot check");

    [WolverinePost(Route)]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.BusinessOffice}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("燃气报装价格抽查（随机抽取） / Draw the quarter's gas price spot check")]
    [EndpointDescription("区经济信息委 (or the BusinessOffice) draws, once per calendar quarter after it ends, at least 50% (rounded up) of the connections whose fee was issued in it. The event records the candidates, the seed and the algorithm (sha256-rank-v1), so anyone can replay the draw.")]
    [ProducesResponseType<SpotCheckView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<SpotCheckView> Draw(DrawSpotCheckRequest request, IDocumentSession session, IWorkingDayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        EnsureOrganiser(CurrentActor.Value);
        var errors = new Dictionary<string, string[]>();
        if (request.Year is < 2000 or > 2100) errors["year"] = ["年份无效 / invalid year."];
        if (request.Quarter is < 1 or > 4) errors["quarter"] = ["季度应为1至4 / the quarter must be 1–4."];
        var ratio = request.Ratio ?? SpotCheckDraw.MinimumRatio;
        if (ratio is < SpotCheckDraw.MinimumRatio or > 1) errors["ratio"] = ["抽查比例应在50%至100%之间 / the ratio must be between 0.5 and 1."];
        if (request.Seed is { Length: > 200 }) errors["seed"] = ["种子过长 / the seed is too long."];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var firstDay = new DateOnly(request.Year, (request.Quarter - 1) * 3 + 1, 1);
        var nextQuarter = firstDay.AddMonths(3);
        var now = time.GetUtcNow();
        if (calendar.LocalDay(now) < nextQuarter)
            throw new InvalidStateTransitionException($"{request.Year}年第{request.Quarter}季度尚未结束", "抽取燃气报装价格抽查");
        var id = DerivedIds.FromName(FormattableString.Invariant($"nanchuan:utilities:gas-spot-check:{request.Year}:{request.Quarter}"));
        if (await session.Events.FetchStreamStateAsync(id, cancellation) is not null)
            throw new InvalidStateTransitionException("本季度已抽取", "抽取燃气报装价格抽查");

        var issued = await session.Query<GasConnection>().Where(c => c.Status == GasConnectionStatus.FeeIssued).ToListAsync(cancellation);
        var candidates = issued.Where(c => calendar.LocalDay(c.FeeIssuedAt!.Value) >= firstDay && calendar.LocalDay(c.FeeIssuedAt.Value) < nextQuarter)
            .Select(c => c.Id).OrderBy(x => x).ToList();
        var seed = string.IsNullOrWhiteSpace(request.Seed) ? AuditableDraw.NewSeed() : request.Seed.Trim();
        var drawn = new GasSpotCheckDrawn(id, request.Year, request.Quarter, candidates, seed, SpotCheckDraw.Algorithm, ratio,
            SpotCheckDraw.Select(candidates, seed, ratio), now.ToOffset(TimeSpan.FromHours(8)));
        session.Events.StartStream<GasSpotCheck>(id, drawn);
        return SpotCheckView.From(GasSpotCheck.Create(drawn));
    }

    [WolverinePost($"{Route}/unannounced")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.BusinessOffice}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("燃气报装不定期抽查（随机抽取） / Draw an unannounced gas price spot check")]
    [EndpointDescription("区经济信息委 (or the BusinessOffice) draws at any time, without notice to the operator, a share of one operator's connections whose fee was issued since a day within the last year — besides the quarterly draw. The operator's staff can't read spot checks. The event records the candidates, the seed and the algorithm (sha256-rank-v1), so anyone can replay the draw; 409 when no fee was issued since that day.")]
    [ProducesResponseType<SpotCheckView>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<SpotCheckView> DrawUnannounced(
        DrawUnannouncedSpotCheckRequest request, IDocumentSession session, IWorkingDayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        EnsureOrganiser(CurrentActor.Value);
        var now = time.GetUtcNow();
        var today = calendar.LocalDay(now);
        var errors = new Dictionary<string, string[]>();
        var operatorName = request.Operator?.Trim() ?? "";
        if (operatorName.Length == 0) errors["operator"] = ["请填写燃气经营企业 / name the gas operator."];
        else if (await session.LoadAsync<GasPriceList>(GasPriceList.StreamIdFor(operatorName), cancellation) is null)
            errors["operator"] = [$"“{operatorName}”尚未公示物料清单，不是本区燃气经营企业 / '{operatorName}' has published no price list: not a gas operator here."];
        if (request.Since > today) errors["since"] = ["起始日期不能晚于今天 / the day cannot be in the future."];
        if (request.Since < today.AddYears(-1)) errors["since"] = ["起始日期不能早于一年前 / the day cannot be more than a year ago."];
        var ratio = request.Ratio ?? SpotCheckDraw.MinimumRatio;
        if (ratio is <= 0 or > 1) errors["ratio"] = ["抽查比例应大于0且不超过100% / the ratio must be above 0 and at most 1."];
        if (request.Seed is { Length: > 200 }) errors["seed"] = ["种子过长 / the seed is too long."];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var issued = await session.Query<GasConnection>()
            .Where(c => c.Status == GasConnectionStatus.FeeIssued && c.Operator == operatorName).ToListAsync(cancellation);
        var candidates = issued.Where(c => calendar.LocalDay(c.FeeIssuedAt!.Value) >= request.Since).Select(c => c.Id).OrderBy(x => x).ToList();
        if (candidates.Count == 0)
            throw new InvalidStateTransitionException($"{operatorName}自{request.Since:yyyy-MM-dd}以来没有出具费用明细的报装", "抽取不定期抽查");
        var seed = string.IsNullOrWhiteSpace(request.Seed) ? AuditableDraw.NewSeed() : request.Seed.Trim();
        var drawn = new GasUnannouncedSpotCheckDrawn(Guid.CreateVersion7(), operatorName, request.Since, candidates, seed, SpotCheckDraw.Algorithm, ratio,
            SpotCheckDraw.Select(candidates, seed, ratio), now.ToOffset(TimeSpan.FromHours(8)));
        session.Events.StartStream<GasSpotCheck>(drawn.DrawId, drawn);
        return SpotCheckView.From(GasSpotCheck.Create(drawn));
    }

    [WolverinePost($"{Route}/{{id}}/results")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.BusinessOffice}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("记录抽查结果 / Record a spot-check result")]
    [EndpointDescription("Whether a drawn connection's published list and fee were compliant, with the findings, recorded by any of the price authorities that check together (区经济信息委, 区发展改革委, 区市场监管局) or the BusinessOffice; the result names the authority. Only drawn connections can be recorded.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<CaseStepRecorded> RecordResult(Guid id, RecordSpotCheckResultRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        EnsurePriceAuthority(actor, "记录抽查结果", "record spot-check results");
        var stream = await CaseStreams.LoadAsync<GasSpotCheck>(session, id, What, cancellation);
        if (!stream.Aggregate!.Selected.Contains(request.ConnectionId))
            throw new DomainValidationException("connectionId", "该报装不在本次抽取结果中 / the connection was not drawn.");
        if (string.IsNullOrWhiteSpace(request.Findings)) throw new DomainValidationException("findings", "请填写检查情况 / describe the findings.");
        return CaseStreams.Append(stream, new GasSpotCheckResultRecorded(id, request.ConnectionId, request.Compliant, request.Findings.Trim(),
            time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)), actor.Department ?? actor.Role));
    }

    [WolverineGet($"{Route}/{{id}}")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("抽查详情 / A spot-check draw")]
    [EndpointDescription("The kind (quarterly or unannounced), the candidates, the seed, the algorithm, the drawn connections and the results with the authority that recorded each. Of the departments, the price authorities that check together (区经济信息委, 区发展改革委, 区市场监管局) only; never the operators.")]
    [ProducesResponseType<SpotCheckView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<SpotCheckView> Get(Guid id, IQuerySession session, CancellationToken cancellation)
    {
        EnsurePriceAuthority(CurrentActor.Value, "查阅燃气报装抽查", "read gas spot checks");
        return SpotCheckView.From(await session.LoadAsync<GasSpotCheck>(id, cancellation) ?? throw What.NotFound(id));
    }

    /// <summary>区经济信息委 organises the draws (the BusinessOffice may too).</summary>
    private static void EnsureOrganiser(Actor actor)
    {
        if (actor.Role == Roles.DepartmentHandler && !UtilityAccess.IsEconomicCommission(actor))
            throw new AccessDeniedException("燃气报装抽查由区经济信息委组织抽取 / spot checks are drawn by 区经济信息委.");
    }

    /// <summary>Of the departments, the price authorities checking together; never the operators checked.</summary>
    private static void EnsurePriceAuthority(Actor actor, string whatChinese, string whatEnglish)
    {
        if (actor.Role == Roles.DepartmentHandler && !Providers.PriceAuthorities.Contains(actor.Department ?? ""))
            throw new AccessDeniedException($"仅区经济信息委、区发展改革委、区市场监管局等价格管理部门可以{whatChinese} / only the price authorities may {whatEnglish}.");
    }
}
