using Microsoft.AspNetCore.RateLimiting;
using Nanchuan.BuildingBlocks.Platform.RateLimiting;

namespace Nanchuan.Procurement.OpenData;

public static class GetReleasePackageEndpoint
{
    [WolverineGet($"{ProcurementModule.Route}/public/projects/{{id}}/ocds")]
    [AllowAnonymous]
    [EnableRateLimiting(PublicRateLimits.PublicPages)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("项目公开数据（OCDS 1.1）/ A project's open contracting data (OCDS 1.1)")]
    [EndpointDescription("Without sign-in: the project's history as an Open Contracting Data Standard 1.1 release package, generated from its events — one release per public step (tender, award, contract, implementation and their updates), each the whole process after the step. Amounts are decimal CNY and dates exactly as recorded; ocid = the configured registered prefix + the project id. Registrations appear only once registration has closed; no personal data.")]
    [ProducesResponseType<OcdsReleasePackage>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<OcdsReleasePackage> Get(Guid id, HttpRequest request, IQuerySession session, OpenDataOptions options, CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(id, token: cancellation);
        if (events.Count == 0 || events[0].Data is not WorksProjectPublished) throw ProcurementCases.ProjectName.NotFound(id);
        var releases = OcdsReleaseFold.Build(options.OcidOf(id), options, events.Select(e => (e.Version, e.Data)));
        // Generated on demand: the package's date is that of the last change it shows.
        return new OcdsReleasePackage($"{request.Scheme}://{request.Host}{request.Path}", "1.1", releases[^1].Date, new OcdsPublisher(options.PublisherName), releases);
    }
}
