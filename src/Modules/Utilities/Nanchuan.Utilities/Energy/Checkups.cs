using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Utilities.Domain.Energy;

namespace Nanchuan.Utilities.Energy;

/// <summary>Open the check-up of a qualifying enterprise with one provider for a year.</summary>
public sealed record OpenCheckupRequest(string CreditCode, string Provider, int Year) : IOpenApiExample<OpenCheckupRequest>
{
    public static OpenCheckupRequest Example => new("91500119MA5U8XRB98", "国网南川供电公司", 2024);
}

/// <summary>The one-to-one optimisation plan (一对一用能优化方案) and the annual saving it projects, in CNY.</summary>
public sealed record IssuePlanRequest(string Plan, decimal ProjectedAnnualSavingCny) : IOpenApiExample<IssuePlanRequest>
{
    public static IssuePlanRequest Example => new("峰谷分时错峰生产，空压机加装变频器，功率因数补偿至0.95。", 86_000m);
}

/// <summary>A qualifying enterprise, and its check-up when one is open.</summary>
public sealed record QualifiedEnterprise(CheckupQualification Qualification, Guid? CheckupId);

public static class CheckupEndpoints
{
    private const string Route = $"{UtilitiesModule.Route}/energy";
    private static readonly CaseName What = new("用能体检", "energy check-up");

    [WolverineGet($"{Route}/qualified")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("存量重点用能企业名单 / Enterprises qualifying for a check-up")]
    [EndpointDescription("From the imported monthly figures of the year: electricity price above 1 CNY/kWh in a month, gas ≥ 100,000 m³ or water ≥ 10,000 t in the year, per enterprise and provider, with the check-up if one is open. A provider's staff see their own company's.")]
    public static async Task<IReadOnlyList<QualifiedEnterprise>> Qualified(int year, IQuerySession session, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var query = session.Query<MonthlyConsumption>().Where(m => m.Year == year);
        var ownDepartment = actor.Department ?? "";
        if (!UtilityAccess.ReadsEverything(actor)) query = query.Where(m => m.Provider == ownDepartment);
        var records = (await query.ToListAsync(cancellation)).Select(m => m.ToRecord());
        var qualified = EnergyThresholds.Qualify(records, year);
        var open = (await session.Query<EnergyCheckup>().Where(c => c.Year == year).Select(c => c.Id).ToListAsync(cancellation)).ToHashSet();
        return qualified.Select(q =>
        {
            var id = EnergyCheckup.StreamIdFor(q.CreditCode, q.Provider, year);
            return new QualifiedEnterprise(q, open.Contains(id) ? id : null);
        }).ToList();
    }

    [WolverinePost($"{Route}/checkups")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.BusinessOffice}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("开展用能体检 / Open an energy check-up")]
    [EndpointDescription("One case per enterprise, provider and year, only for an enterprise that qualifies from the imported figures (else 400); a second one is 409. The provider's staff, 区经济信息委 or the BusinessOffice open it.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Open(OpenCheckupRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var provider = request.Provider?.Trim() ?? "";
        if (actor.Role == Roles.DepartmentHandler && !UtilityAccess.IsEconomicCommission(actor)) UtilityAccess.EnsureProvider(actor, provider);
        if (!UnifiedSocialCreditCode.TryParse(request.CreditCode, out var code, out var error)) throw new DomainValidationException("creditCode", error!);

        var records = (await session.Query<MonthlyConsumption>()
            .Where(m => m.Year == request.Year && m.CreditCode == code.Value && m.Provider == provider).ToListAsync(cancellation)).Select(m => m.ToRecord());
        var qualification = EnergyThresholds.Qualify(records, request.Year).FirstOrDefault()
            ?? throw new DomainValidationException("creditCode",
                $"该企业{request.Year}年在{provider}的用能未达到重点用能企业标准 / the enterprise does not qualify with {provider} in {request.Year}.");
        var id = EnergyCheckup.StreamIdFor(code.Value, provider, request.Year);
        if (await session.Events.FetchStreamStateAsync(id, cancellation) is not null)
            throw new InvalidStateTransitionException("已开展体检", "开展用能体检");

        var opened = new EnergyCheckupOpened(id, code.Value, qualification.EnterpriseName, provider, qualification.Kind, request.Year,
            qualification.Measure, qualification.Reason, time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)));
        session.Events.StartStream<EnergyCheckup>(id, opened);
        return new CaseStepRecorded(id, 1, nameof(EnergyCheckupOpened), opened.Describe());
    }

    [WolverinePost($"{Route}/checkups/{{id}}/plan")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("出具一对一用能优化方案 / Issue the optimisation plan")]
    [EndpointDescription("The provider issues the plan and the annual saving it projects (CNY, > 0). Once per check-up.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> IssuePlan(Guid id, IssuePlanRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<EnergyCheckup>(session, id, What, cancellation);
        UtilityAccess.EnsureProvider(CurrentActor.Value, stream.Aggregate!.Provider);
        if (stream.Aggregate.Plan is not null) throw new InvalidStateTransitionException("已出具优化方案", "出具一对一用能优化方案");
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Plan)) errors["plan"] = ["请填写优化方案 / describe the plan."];
        if (request.ProjectedAnnualSavingCny <= 0) errors["projectedAnnualSavingCny"] = ["预计节约金额应大于0 / the projected saving must be positive."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return CaseStreams.Append(stream, new OptimisationPlanIssued(id, request.Plan.Trim(), request.ProjectedAnnualSavingCny, time.GetUtcNow().ToOffset(TimeSpan.FromHours(8))));
    }

    [WolverineGet($"{Route}/checkups")]
    [Authorize(Roles = UtilityAccess.Readers)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("用能体检列表 / Energy check-ups")]
    [EndpointDescription("The check-ups of a year the caller may see (an enterprise its own, a provider its own), with plan and projected saving.")]
    public static async Task<IReadOnlyList<EnergyCheckup>> List(int year, IQuerySession session, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var query = session.Query<EnergyCheckup>().Where(c => c.Year == year);
        var ownCode = actor.CreditCode?.ToUpperInvariant() ?? "";
        var ownDepartment = actor.Department ?? "";
        if (actor.Role == Roles.Enterprise) query = query.Where(c => c.CreditCode == ownCode);
        else if (!UtilityAccess.ReadsEverything(actor)) query = query.Where(c => c.Provider == ownDepartment);
        return await query.OrderBy(c => c.CreditCode).ToListAsync(cancellation);
    }
}
