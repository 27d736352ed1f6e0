namespace Nanchuan.Bench;

/// <summary>One kind of work in S12's hour: what is done, how often in the hour at twice the district's busiest day, and the calls.</summary>
internal sealed record MixedDayFlow(string Name, double PerHour, Func<MixedDayContext, Task> Run);

/// <summary>
/// S12's mix (bench/README.md, "S12: how the mix is derived"): yearly or daily volumes of the seeds (the hall's 4,000 visitors a
/// day, 720,200 applications a year of which 653,400 immediate; the park's monthly inspection day; 35 key projects a year) and,
/// where the seeds give none, stated assumptions; turned into an hour of the busiest day, doubled.
/// </summary>
internal static class MixedDayMix
{
    private const double WorkingDaysPerYear = 250;
    /// <summary>08:30–18:00 (platform rule 3).</summary>
    private const double BusinessHours = 9.5;
    /// <summary>Assumption: the busiest day (the first working day after a long holiday) brings 1.5 times an average day.</summary>
    private const double BusiestDay = 1.5;
    /// <summary>The load: twice the busiest day.</summary>
    private const double Load = 2;

    /// <summary>An hour's share of what happens <paramref name="perYear"/> times a year on working days.</summary>
    private static double OfYear(double perYear) => OfDay(perYear / WorkingDaysPerYear);

    /// <summary>An hour's share of what happens <paramref name="perDay"/> times on an average working day.</summary>
    private static double OfDay(double perDay) => OfBusiestDay(perDay * BusiestDay);

    /// <summary>An hour's share of what happens <paramref name="perDay"/> times on the busiest day itself.</summary>
    private static double OfBusiestDay(double perDay) => perDay / BusinessHours * Load;

    public static readonly IReadOnlyList<MixedDayFlow> Flows =
    [
        new("hall: queue ticket taken, called, served", OfDay(4_000), MixedDayFlows.HallVisitAsync),
        new("hall: immediate application (即办件)", OfYear(653_400), MixedDayFlows.ImmediateApplicationAsync),
        new("hall: application accepted, decided, issued", OfYear(720_200 - 653_400), MixedDayFlows.ApplicationAsync),
        new("近快办: company registered, licence issued, rated", OfYear(6_000), MixedDayFlows.RegistrationAsync),
        new("企呼我为: request through its whole loop, rated", OfYear(2_400), MixedDayFlows.GrievanceLoopAsync),
        new("企呼我为: hotline call of an earlier day entered (its timers fire)", 60, MixedDayFlows.EarlierHotlineCallAsync),
        new("水电气: power connection applied for and powered on", OfYear(3_000), MixedDayFlows.PowerConnectionAsync),
        new("水电气: water connection, cost list, payment", OfYear(600), MixedDayFlows.WaterConnectionAsync),
        new("一码办: land project coded, stage 1 submitted and completed", OfYear(120), MixedDayFlows.LandProjectAsync),
        new("综合查一次: inspection, findings, rectification", OfBusiestDay(40), MixedDayFlows.InspectionAsync),
        new("限下招标: project published, four bidders registered", OfYear(300), MixedDayFlows.WorksProjectAsync),
        new("双兑现: agreement, milestone, subsidy reviewed, decided, funded, paid", OfYear(35), MixedDayFlows.AgreementAsync),
        new("靠前办: dispute filed, referred, assigned, mediated", OfYear(1_200), MixedDayFlows.DisputeAsync),
        new("大家评: a citizen's vote in the contest week", OfBusiestDay(20_000), MixedDayFlows.VoteAsync),
        new("reads: the business office's board", OfBusiestDay(10 * 6 * BusinessHours), MixedDayFlows.BoardAsync),
        new("reads: a department's list of requests", OfBusiestDay(30 * 6 * BusinessHours), MixedDayFlows.DepartmentListAsync),
        new("reads: an enterprise's thread (企业全景)", OfBusiestDay(2_000), MixedDayFlows.EnterpriseThreadAsync),
    ];
}
