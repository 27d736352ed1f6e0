using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.Awards.Submitting;

/// <summary>A photo or video of the case: a reference to the file (https URL or media-store key), never the file.</summary>
public sealed record MediaBody(MediaKind? Kind, string? Reference, string? Caption);

/// <summary>
/// A KPI figure of another module the case cites. With <c>table</c> it is a snapshot: the server reads <c>column</c> of the row named
/// by <c>row</c> (every key column) from that module's report table (docs/reporting.md) and stores the figure and its source as of
/// now (a <c>figure</c> sent along must equal it). Without <c>table</c> it is the entrant's own statement, stored as given.
/// </summary>
public sealed record CitationBody(string? Module, string? Indicator, decimal? Figure, string? Unit, string? Period, string? Source,
    string? Table = null, string? Column = null, IReadOnlyDictionary<string, string>? Row = null);

/// <summary>
/// A case entered in the year's contest. <c>unit</c> is the entrant's unit: required when the BusinessOffice records the entry
/// (a credit code for an enterprise); an enterprise's and a department's own unit come from their sign-in.
/// </summary>
public sealed record SubmitEntryRequest(
    EntrantKind? EntrantKind, string? EntrantName, string? Unit, string? Title, string? Summary, IReadOnlyList<MediaBody>? Media,
    IReadOnlyList<CitationBody>? Citations) : IOpenApiExample<SubmitEntryRequest>
{
    public static SubmitEntryRequest Example => new(Domain.EntrantKind.Enterprise, "重庆南川示例科技有限公司", "91500119MA5U8XRB98", "“企呼我为”三日办结",
        "企业反映的用电报装问题三个工作日内协调解决……", [new(MediaKind.Photo, "https://media.nanchuan.gov.cn/awards/2024/a1.jpg", "现场协调")],
        [new("Grievances", "企业诉求按时办结率", 98.5m, "%", "2024-10", "/api/grievances/reports/monthly.csv")]);
}

public sealed record EntrySubmittedResponse(Guid EntryId, int Year, string Unit) : CreationResponse($"{AwardsModule.Route}/contests/{Year}");

public static class SubmitEntryEndpoint
{
    private static readonly string[] Modules = ["Licensing", "LandUse", "Utilities", "Enforcement", "Procurement", "Grievances", "Incentives", "Judiciary", "Awards"];

    [WolverinePost($"{AwardsModule.Route}/contests/{{year}}/entries")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler},{Roles.BusinessOffice}")]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("申报案例 / Submit a case")]
    [EndpointDescription("During the submission phase (409 naming the phase otherwise). Photos and videos are references; cited KPI figures are stored as given, with the time they were cited.")]
    [ProducesResponseType<EntrySubmittedResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<EntrySubmittedResponse> Post(int year, SubmitEntryRequest request, IReadOnlyList<INanchuanModule> modules, IDocumentSession session,
        TimeProvider time, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var (unit, snapshots) = Check(actor, request, modules);
        AwardsAccess.EnsureMayEnter(actor, request.EntrantKind!.Value, request.Unit);
        var stream = await CaseStreams.LoadAsync<Contest>(session, Contest.IdOf(year), AwardsCases.ContestName, cancellation);
        stream.Aggregate!.Require(ContestPhase.Submission, "申报案例");
        var now = time.GetUtcNow();
        var citations = await CitationsAsync(request.Citations ?? [], snapshots, actor, session, now, cancellation);
        var submitted = new EntrySubmitted(stream.Id, year, Guid.CreateVersion7(), request.EntrantKind.Value, request.EntrantName!.Trim(), unit, request.Title!.Trim(),
            request.Summary!.Trim(), (request.Media ?? []).Select(m => new MediaReference(m.Kind!.Value, m.Reference!.Trim(), m.Caption?.Trim())).ToList(),
            citations, now);
        CaseStreams.Append(stream, submitted);
        return new EntrySubmittedResponse(submitted.EntryId, year, unit);
    }

    /// <summary>Snapshots read now for the citations naming a report table; the others as the entrant stated them.</summary>
    private static async Task<List<KpiCitation>> CitationsAsync(IReadOnlyList<CitationBody> bodies, IReadOnlyDictionary<int, KpiReference> snapshots, Actor actor,
        IDocumentSession session, DateTimeOffset now, CancellationToken cancellation)
    {
        var citations = new List<KpiCitation>();
        for (var i = 0; i < bodies.Count; i++)
        {
            var c = bodies[i];
            if (!snapshots.TryGetValue(i, out var reference))
            {
                citations.Add(new KpiCitation(c.Module!, c.Indicator!.Trim(), c.Figure!.Value, c.Unit?.Trim(), c.Period!.Trim(), c.Source!.Trim(), now));
                continue;
            }
            var snapshot = await KpiSnapshots.ReadAsync(session, actor, reference, now, cancellation);
            if (c.Figure is { } stated && stated != snapshot.Figure)
                throw new DomainValidationException($"citations[{i}].figure", $"所填数值{stated}与报表当前数值{snapshot.Figure}不符 / {stated} differs from the table's {snapshot.Figure}.");
            var period = reference.Row.Where(k => k.Column.Dimension is ReportDimension.Month or ReportDimension.Day).Select(k => snapshot.Row[k.Column.Name]).FirstOrDefault()
                ?? $"截至{Beijing.Format(now)}";
            citations.Add(new KpiCitation(snapshot.Module, snapshot.Indicator, snapshot.Figure, null, period, snapshot.Source, now, snapshot.Table, snapshot.Column, snapshot.Row));
        }
        return citations;
    }

    /// <summary>Every field error at once; answers the entrant's unit and the citations that name a report table, by position.</summary>
    private static (string Unit, IReadOnlyDictionary<int, KpiReference> Snapshots) Check(Actor actor, SubmitEntryRequest request, IReadOnlyList<INanchuanModule> modules)
    {
        var errors = new FieldErrors();
        errors.If(request.EntrantKind is null, "entrantKind", $"请填写申报主体类型 / the entrant kind is required ({string.Join(", ", Enum.GetNames<EntrantKind>())}).");
        errors.RequireText("entrantName", request.EntrantName, "申报主体名称", "the entrant's name");
        errors.RequireText("title", request.Title, "案例名称", "the case's title");
        errors.RequireText("summary", request.Summary, "案例简介", "the case's summary");
        errors.If(request.Title?.Length > 100, "title", "案例名称不超过100字 / the title has at most 100 characters.");
        errors.If(request.Summary?.Length > 5000, "summary", "案例简介不超过5000字 / the summary has at most 5000 characters.");
        var unit = AwardsAccess.OwnUnit(actor) ?? "";
        if (actor.Role == Roles.BusinessOffice)
        {
            if (request.EntrantKind == EntrantKind.Enterprise) unit = errors.CreditCode("unit", request.Unit);
            else
            {
                errors.RequireText("unit", request.Unit, "申报单位（个人填姓名）", "the entrant's unit (an individual's own name)");
                unit = request.Unit?.Trim() ?? "";
            }
        }
        else if (request.EntrantKind == EntrantKind.Enterprise && request.Unit is not null && !UnifiedSocialCreditCode.TryParse(request.Unit, out _, out var error))
            errors.Add("unit", error!);
        var media = request.Media ?? [];
        errors.If(media.Count > 20, "media", "图片视频不超过20项 / at most 20 photos and videos.");
        for (var i = 0; i < media.Count; i++)
        {
            errors.If(media[i].Kind is null, $"media[{i}].kind", "请注明图片(photo)或视频(video) / photo or video is required.");
            errors.If(!IsReference(media[i].Reference), $"media[{i}].reference",
                "应为 https 地址或媒体库编号（media:…） / an https URL or a media-store key (media:…) is required.");
        }
        var citations = request.Citations ?? [];
        errors.If(citations.Count > 20, "citations", "引用指标不超过20项 / at most 20 cited figures.");
        var snapshots = new Dictionary<int, KpiReference>();
        for (var i = 0; i < citations.Count; i++)
        {
            var c = citations[i];
            if (c.Table is not null)
            {
                foreach (var (field, given) in new[] { ("indicator", c.Indicator), ("unit", c.Unit), ("period", c.Period), ("source", c.Source) })
                    errors.If(given is not null, $"citations[{i}].{field}", $"引用报表时{field}由系统读取，请勿填写 / with a table, {field} is read from it; leave it out.");
                if (KpiSnapshots.Resolve(modules, errors, $"citations[{i}]", c.Module, c.Table, c.Column, c.Row) is { } reference) snapshots[i] = reference;
                continue;
            }
            errors.If(c.Column is not null || c.Row is not null, $"citations[{i}].table", "引用报表行须注明报表 / a column or row needs its table.");
            errors.If(!Modules.Contains(c.Module), $"citations[{i}].module", $"模块应为：{string.Join("、", Modules)} / the module is one of the platform's.");
            errors.RequireText($"citations[{i}].indicator", c.Indicator, "指标名称", "the indicator");
            errors.If(c.Figure is null, $"citations[{i}].figure", "请填写指标数值 / the figure is required.");
            errors.RequireText($"citations[{i}].period", c.Period, "统计期间", "the period");
            errors.RequireText($"citations[{i}].source", c.Source, "数据来源", "the source");
        }
        errors.ThrowIfAny();
        return (unit, snapshots);
    }

    private static bool IsReference(string? reference) =>
        !string.IsNullOrWhiteSpace(reference) && reference.Length <= 500 &&
        (reference.Trim().StartsWith("media:", StringComparison.Ordinal) ||
         Uri.TryCreate(reference.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps);
}
