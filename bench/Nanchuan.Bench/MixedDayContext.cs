using Nanchuan.DemoData.Seeding;

namespace Nanchuan.Bench;

/// <summary>
/// What S12's kinds of work share: DemoData's API client, the enterprises (DemoData's, with computed credit codes), the two
/// catalogue items of the hall's applications and the contest whose online vote is open.
/// </summary>
internal sealed class MixedDayContext
{
    private int _next;

    private MixedDayContext(DemoApi api, Guid immediateItem, Guid promisedItem, int year, IReadOnlyList<Guid> entries)
    {
        Api = api;
        ImmediateItem = immediateItem;
        PromisedItem = promisedItem;
        Year = year;
        Entries = entries;
    }

    public DemoApi Api { get; }
    /// <summary>建设工程竣工验收备案: an immediate item (即办件), accepted and issued in one step.</summary>
    public Guid ImmediateItem { get; }
    /// <summary>食品经营许可: promised in 2 of a statutory 20 working days, decided by 区市场监管局.</summary>
    public Guid PromisedItem { get; }
    public int Year { get; }
    public IReadOnlyList<Guid> Entries { get; }
    public IReadOnlyList<Enterprise> Enterprises { get; } = People.Enterprises(new Random(12), 200);

    /// <summary>A number never handed out before in this run (names, windows, voters).</summary>
    public int Next() => Interlocked.Increment(ref _next);

    public Enterprise AnyEnterprise() => Pick(Enterprises);

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Shared.Next(items.Count)];

    public bool Chance(int percent) => Random.Shared.Next(100) < percent;

    /// <summary>
    /// The reference data an hour of the year's contest week finds in place: the hall's two items listed in the catalogue, and the
    /// year's contest with its 20 shortlisted cases in the online vote (S10's preparation).
    /// </summary>
    public static async Task<MixedDayContext> PrepareAsync(Testbed bed, AppProcess platform, HttpClient http, CancellationToken cancellation)
    {
        var api = new DemoApi(http, bed.Tokens);
        var immediate = await ListAsync(api, "QR-500119-105", "建设工程竣工验收备案", "administrativeConfirmation", "区住房城乡建委", 15, 0m);
        var promised = await ListAsync(api, "XK-500119-101", "食品经营许可", "administrativeLicence", "区市场监管局", 20, 2m);
        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        using var office = new HttpClient { BaseAddress = new Uri(platform.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        var entries = await VoteBurst.OnlineVoteAsync(office, bed.BusinessOfficeToken, year, cancellation);
        return new MixedDayContext(api, immediate, promised, year, entries);
    }

    private static async Task<Guid> ListAsync(DemoApi api, string code, string name, string kind, string department, int statutory, decimal promised) =>
        (await api.PostAsync(People.Admin, "/api/licensing/catalogue/items", new
        {
            code, name, kind, department, ownerLevel = "districtDepartment", statutoryWorkingDays = statutory, promisedWorkingDays = promised,
            immediate = promised == 0m, online = true, concernsEnterprises = true, checklist = new[] { "申请书", "申请人身份证明" },
        })).Id();
}
