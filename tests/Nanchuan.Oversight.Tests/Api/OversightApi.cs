using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Grievances.Assigning;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Evaluating;
using Nanchuan.Grievances.Handling;
using Nanchuan.Grievances.Intake;
using Nanchuan.Oversight.Deadlines;
using Nanchuan.Oversight.Enterprises;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>Real modules' steps and the oversight API as REST calls.</summary>
internal static class OversightApi
{
    public const string Route = "/api/oversight";
    public const string Grievances = "/api/grievances";

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, ModuleHost.Beijing);

    /// <summary>An enterprise of its own per scenario, so each thread holds only that scenario's cases.</summary>
    public static Actor Enterprise(string creditCode, string name) => new($"ent-{creditCode}", name, Roles.Enterprise, null, creditCode, Channels.Web);

    public static async Task<Guid> ReceiveGrievance(this ModuleHost platform, Actor enterprise) =>
        (await platform.Host.Post(enterprise, Grievances, new ReceiveRequest(IntakeChannel.Platform, enterprise.Name, enterprise.CreditCode, "王经理", "13812345678",
            "厂区门前道路破损，货车进出困难。", null), 201).Read<GrievanceReceivedResponse>()).Id;

    public static Task<AssignmentIssued> AssignGrievance(this ModuleHost platform, Guid id, string unitId = "qu-shichangjianguanju") =>
        platform.Host.Post(TestActors.BusinessOffice, $"{Grievances}/{id}/assignment", new AssignRequest(ProblemType.Simple, null, unitId)).Read<AssignmentIssued>();

    public static Task ReportGrievance(this ModuleHost platform, Guid id, DateTimeOffset contactedAt) =>
        platform.Host.Post(TestActors.MarketRegulator, $"{Grievances}/{id}/handling-report",
            new FileReportRequest("赵科长", "023-71234567", ContactMethod.Visit, contactedAt, "已现场核实并督促整改。", null)).Read<CaseStepRecorded>();

    public static async Task CloseGrievance(this ModuleHost platform, Guid id)
    {
        await platform.Host.Post(TestActors.BusinessOffice, $"{Grievances}/{id}/evaluation", new EvaluateRequestBody(true, "满意", null));
        await platform.Host.Post(TestActors.BusinessOffice, $"{Grievances}/{id}/closure", new CloseRequestBody(null));
    }

    public static Task<Searching.OversightSearchPage> Search(this ModuleHost platform, Actor actor, string query) =>
        platform.Host.Get(actor, $"{Route}/search?q={Uri.EscapeDataString(query)}").Read<Searching.OversightSearchPage>();

    public static Task<OversightDeadlinePage> Deadlines(this ModuleHost platform, Actor actor, string query) =>
        platform.Host.Get(actor, $"{Route}/deadlines?{query}").Read<OversightDeadlinePage>();

    /// <summary>A page of the enterprise's thread, newest first; <paramref name="query"/> e.g. <c>limit=1&amp;cursor=…</c>.</summary>
    public static Task<EnterpriseThread> Thread(this ModuleHost platform, Actor actor, string creditCode, string query = "") =>
        platform.Host.Get(actor, $"{Route}/enterprises/{creditCode}/thread?{query}").Read<EnterpriseThread>();

    /// <summary>Runs a step and waits until the oversight read side has filed everything it published.</summary>
    public static Task<ITrackedSession> Tracked(this ModuleHost platform, Func<Task> step) => platform.Host.TrackAsync(step);
}
