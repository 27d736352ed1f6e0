using Nanchuan.BuildingBlocks.Platform.Writes;
using Alba;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Grievances.Access;
using Nanchuan.Grievances.Assigning;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Evaluating;
using Nanchuan.Grievances.Handling;
using Nanchuan.Grievances.Intake;
using Nanchuan.Grievances.Rating;
using Nanchuan.Grievances.Reading;
using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>The loop's steps as REST calls, for scenarios that need a request in some state.</summary>
internal static class GrievanceApi
{
    public const string Route = "/api/grievances";
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, Beijing);

    public static ReceiveRequest PlatformRequest(Actor? enterprise = null, DateTimeOffset? receivedAt = null) => new(
        IntakeChannel.Platform, "重庆南川示例科技有限公司", (enterprise ?? TestActors.Enterprise).CreditCode, "王经理", "13812345678",
        "厂区门前道路破损，货车进出困难。", receivedAt);

    public static Task<GrievanceReceivedResponse> Receive(this IAlbaHost host, ReceiveRequest? request = null, Actor? actor = null) =>
        host.Post(actor ?? TestActors.Enterprise, Route, request ?? PlatformRequest(), 201).Read<GrievanceReceivedResponse>();

    public static Task<AssignmentIssued> Assign(this IAlbaHost host, Guid id, ProblemType type = ProblemType.Simple, string unit = "qu-shichangjianguanju", int? limit = null) =>
        host.Post(TestActors.BusinessOffice, $"{Route}/{id}/assignment", new AssignRequest(type, limit, unit)).Read<AssignmentIssued>();

    public static Task<CaseStepRecorded> Report(this IAlbaHost host, Guid id, DateTimeOffset contactedAt, Actor? handler = null, DateOnly? promised = null) =>
        host.Post(handler ?? TestActors.MarketRegulator, $"{Route}/{id}/handling-report",
            new FileReportRequest("赵科长", "023-71234567", ContactMethod.Visit, contactedAt, "已现场核实并督促整改。", promised)).Read<CaseStepRecorded>();

    public static Task<CaseStepRecorded> Evaluate(this IAlbaHost host, Guid id, bool satisfied, Actor? actor = null) =>
        host.Post(actor ?? TestActors.BusinessOffice, $"{Route}/{id}/evaluation",
            new EvaluateRequestBody(satisfied, satisfied ? "满意" : "问题仍未解决", null)).Read<CaseStepRecorded>();

    public static Task<CaseStepRecorded> Rate(this IAlbaHost host, Guid id, ServiceRating rating, Actor? enterprise = null) =>
        host.Post(enterprise ?? TestActors.Enterprise, $"{Route}/{id}/enterprise-rating", new RateServiceRequest(rating, null)).Read<CaseStepRecorded>();

    public static Task<GrievanceDetails> Details(this IAlbaHost host, Guid id, Actor? actor = null) =>
        host.Get(actor ?? TestActors.BusinessOffice, $"{Route}/{id}").Read<GrievanceDetails>();
}
