using System.Security.Cryptography;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Licensing.Registration;
using ServicePoints = Nanchuan.Licensing.Registration.ServicePoints;

namespace Nanchuan.Licensing.SpotChecks;

/// <summary>Draw <paramref name="SampleSize"/> issued registrations of a service point; without a <paramref name="Seed"/> one is generated (and recorded).</summary>
public sealed record DrawSpotCheck(string ServicePoint, int SampleSize, int? Seed) : IOpenApiExample<DrawSpotCheck>
{
    public static DrawSpotCheck Example => new("东城", 2, 20240913);
}

public sealed record RecordSpotCheckResult(Guid RegistrationId, bool Passed, string Findings) : IOpenApiExample<RecordSpotCheckResult>
{
    public static RecordSpotCheckResult Example => new(Guid.Parse("0192f0a4-2c1e-7d3a-9b1f-5e6a7c8d9e01"), false, "经营范围表述与章程不一致");
}

public sealed record CloseRectification(string Measures) : IOpenApiExample<CloseRectification>
{
    public static CloseRectification Example => new("已通知企业变更章程并重新核对经营范围，窗口人员完成复核培训");
}

public static class SpotCheckEndpoints
{
    /// <summary>区市场监管局: the registration authority that spot-checks its service points.</summary>
    public const string RegistrationAuthority = "区市场监管局";

    [WolverinePost("/api/licensing/spot-checks")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags("Licensing")]
    [EndpointSummary("随机抽查服务点设立登记 / Draw a spot check of a service point")]
    [EndpointDescription("区市场监管局 only. Draws among the point's issued registrations; the candidates, seed and algorithm are recorded so the draw can be replayed.")]
    [ProducesResponseType<SpotCheck>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static async Task<SpotCheck> Draw(DrawSpotCheck command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        RequireRegistrationAuthority();
        if (!ServicePoints.Exists(command.ServicePoint))
            throw new DomainValidationException("servicePoint", "不是近快办服务点 / not one of the 20 近快办 service points.");
        var point = command.ServicePoint.Trim();
        var candidates = await session.Query<CompanyRegistration>()
            .Where(r => r.ServicePoint == point && r.Status == RegistrationStatus.Issued).Select(r => r.Id).ToListAsync(cancellation);
        var id = Guid.CreateVersion7();
        var drawn = SpotCheckDecisions.Start(id, point, candidates.ToList(), command.SampleSize, command.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue), clock.GetUtcNow());
        return await CaseStreams.StartAsync<SpotCheck>(session, id, [drawn], cancellation);
    }

    [WolverinePost("/api/licensing/spot-checks/{id}/results")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags("Licensing")]
    [EndpointSummary("记录抽查结果 / Record a spot-check result")]
    [EndpointDescription("区市场监管局 only. A failed check opens a rectification (督促整改) the service point must close.")]
    [ProducesResponseType<SpotCheck>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<SpotCheck> Record(Guid id, RecordSpotCheckResult command, IDocumentSession session, CancellationToken cancellation)
    {
        RequireRegistrationAuthority();
        var stream = await CaseStreams.LoadAsync<SpotCheck>(session, id, Name, cancellation);
        stream.AppendMany(SpotCheckDecisions.RecordResult(stream.Aggregate!, command.RegistrationId, command.Passed, command.Findings));
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    [WolverinePost("/api/licensing/spot-checks/{id}/rectifications/{registrationId}/closure")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("Licensing")]
    [EndpointSummary("服务点完成整改 / Close a rectification")]
    [EndpointDescription("The service point's clerk (another point's clerk: 403) states the measures taken; closing one not open is a 409.")]
    [ProducesResponseType<SpotCheck>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<SpotCheck> Close(Guid id, Guid registrationId, CloseRectification command, IDocumentSession session, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<SpotCheck>(session, id, Name, cancellation);
        ServicePoints.EnsureClerkAt(CurrentActor.Value, stream.Aggregate!.ServicePoint);
        stream.AppendOne(SpotCheckDecisions.CloseRectification(stream.Aggregate!, registrationId, command.Measures));
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    [WolverineGet("/api/licensing/spot-checks/{id}")]
    [Authorize(Roles = $"{Roles.WindowClerk},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("抽查详情 / A spot check")]
    [EndpointDescription("The draw (candidates, seed, algorithm) and each drawn registration's result and rectification. Of the departments, 区市场监管局 only; a clerk, the checks of the clerk's own service point.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<SpotCheck> Get(Guid id, IQuerySession session, CancellationToken cancellation)
    {
        if (CurrentActor.Value.Role == Roles.DepartmentHandler) RequireRegistrationAuthority();
        var check = await session.Events.AggregateStreamAsync<SpotCheck>(id, token: cancellation) ?? throw Name.NotFound(id);
        ServicePoints.EnsureClerkAt(CurrentActor.Value, check.ServicePoint);
        return check;
    }

    private static void RequireRegistrationAuthority()
    {
        if (CurrentActor.Value.Department != RegistrationAuthority)
            throw new AccessDeniedException($"仅{RegistrationAuthority}可抽查设立登记 / only {RegistrationAuthority} spot-checks registrations.");
    }

    private static readonly CaseName Name = new("抽查", "spot check");
}
