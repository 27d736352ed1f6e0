using Nanchuan.BuildingBlocks.Platform.Reads;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Writes;

namespace Nanchuan.Licensing.Catalogue;

/// <summary>Settings of the catalogue: the standing compression target for enterprise items (涉企事项压缩90%, default 0.9).</summary>
public sealed class CatalogueOptions
{
    public const string Section = "Licensing:Catalogue";

    /// <summary>A share of the statutory limit: above 0, at most 1 (100 %).</summary>
    [Range(typeof(decimal), "0.01", "1")]
    public decimal CompressionTarget { get; set; } = 0.9m;
}

/// <summary>
/// A new item of the catalogue: its kind (事项类型) and whether its department is a district department or a town (实施主体层级), both required;
/// <paramref name="PromisedWorkingDays"/> in steps of 0.5 (0 for an immediate item).
/// </summary>
public sealed record CatalogueServiceItem(
    string Code, string Name, ServiceItemKind Kind, string Department, ServiceItemOwnerLevel OwnerLevel, int StatutoryWorkingDays, decimal PromisedWorkingDays,
    bool Immediate, bool Online, bool ConcernsEnterprises, IReadOnlyList<string>? Checklist) : IOpenApiExample<CatalogueServiceItem>
{
    public static CatalogueServiceItem Example => new("XK-500119-001", "食品经营许可", ServiceItemKind.AdministrativeLicence, "区市场监管局",
        ServiceItemOwnerLevel.DistrictDepartment, 20, 2m, false, true, true,
        ["食品经营许可申请书", "营业执照复印件", "法定代表人身份证明", "经营场所平面图"]);
}

public sealed record JustifyCompression(string Justification) : IOpenApiExample<JustifyCompression>
{
    public static JustifyCompression Example => new("需现场核查并组织专家评审，承诺时限已压缩至法定时限的四分之一");
}

public static class CatalogueEndpoints
{
    [WolverinePost("/api/licensing/catalogue/items")]
    [Authorize(Roles = Roles.Admin)]
    [Tags("Licensing")]
    [EndpointSummary("登记政务服务事项 / Add a service item to the catalogue")]
    [EndpointDescription("Admins only. The kind (行政许可, 行政确认, 行政给付, 行政奖励, 行政裁决, 其他行政权力 or 公共服务) and the level of the department (区级部门 or 乡镇（街道）), both required; statutory and promised limits, immediate/online/enterprise flags and the material checklist. A code already catalogued is a 409.")]
    [ProducesResponseType<ServiceItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(ServiceItem, CatalogueItemListed)> Add(
        CatalogueServiceItem command, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var catalogued = CatalogueDecisions.Catalogue(command);
        var item = await CaseStreams.StartAsync<ServiceItem>(session, catalogued.ItemId, [catalogued], cancellation);
        return (item, CatalogueOversight.Listed(catalogued, time.GetUtcNow()));
    }

    [WolverinePost("/api/licensing/catalogue/items/{id}/justification")]
    [Authorize(Roles = $"{Roles.Admin},{Roles.BusinessOffice}")]
    [Tags("Licensing")]
    [EndpointSummary("记录时限压缩未达标说明 / Justify an item below the compression target")]
    [EndpointDescription("Only for an enterprise item compressed less than the target (default 90 %); a justified item leaves the below-target list.")]
    [ProducesResponseType<ServiceItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<ServiceItem> Justify(
        Guid id, JustifyCompression command, IDocumentSession session, IOptions<CatalogueOptions> options, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadIfAnyAsync<ServiceItem>(session, id, cancellation) ?? throw NotFound(id);
        stream.AppendOne(CatalogueDecisions.Justify(stream.Aggregate!, command.Justification, options.Value.CompressionTarget));
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    [WolverineGet("/api/licensing/catalogue/items/{id}")]
    [Tags("Licensing")]
    [EndpointSummary("政务服务事项 / A service item")]
    [EndpointDescription("Limits, flags, checklist, compression and any justification.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<ServiceItem> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation) =>
        await snapshots.LoadAsync<ServiceItem>(id, cancellation) ?? throw NotFound(id);

    [WolverineGet("/api/licensing/catalogue/report")]
    [Tags("Licensing")]
    [EndpointSummary("事项清单统计 / Catalogue figures")]
    [EndpointDescription("Average compression of all and of enterprise items, the online-availability rate (网上可办率), and the enterprise items below the compression target without a justification.")]
    public static async Task<CatalogueReport> Report(IQuerySession session, IOptions<CatalogueOptions> options, CancellationToken cancellation) =>
        CatalogueDecisions.Report(await session.Query<ServiceItem>().ToListAsync(cancellation), options.Value.CompressionTarget);

    private static NotFoundException NotFound(Guid id) => new($"事项{id}不存在 / service item {id} not found.");
}
