using Microsoft.Extensions.Options;
using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.Licensing.FinancialStreet;

public static class FinancingReport
{
    private static readonly IReadOnlyList<ExportColumn<BankFigures>> Columns =
    [
        new("银行", r => r.Bank), new("收到需求", r => r.Received), new("已答复", r => r.Answered), new("审查中", r => r.UnderReview),
        new("审批通过", r => r.Approved), new("未予授信", r => r.Declined), new("审批金额（元）", r => r.ApprovedAmount),
        new("平均答复用时（小时）", r => r.AverageHoursToAnswer),
    ];

    [WolverineGet("/api/licensing/financial-street/report")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("大厅金融街银行答复统计 / Financing requests per bank")]
    [EndpointDescription("Per bank of the street: requests received, answered, still under review, approved, declined, the amount approved (CNY) and the average calendar hours "
        + "from referral to first answer (2 decimals). `format=csv` or `xlsx` downloads it; the referrals are also the SQL table licensing.financing_referral_rows.")]
    [ProducesResponseType<List<BankFigures>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Get(string? format, IQuerySession session, IOptions<FinancialStreetOptions> options, CancellationToken cancellation) =>
        TabularReply.For(format, "licensing-financial-street", Compute(options.Value.EffectiveBanks, await session.Query<FinancingReferral>().ToListAsync(cancellation)), Columns);

    public static IReadOnlyList<BankFigures> Compute(IReadOnlyList<StreetBank> banks, IReadOnlyCollection<FinancingReferral> referrals) =>
        banks.Select(bank =>
        {
            var received = referrals.Where(r => r.Bank == bank.Name).ToList();
            var answered = received.Where(r => r.FirstAnsweredAt is not null).ToList();
            return new BankFigures(bank.Name, received.Count, answered.Count, received.Count(r => r.Status == ReferralStatus.TakenUp),
                received.Count(r => r.Status == ReferralStatus.Approved), received.Count(r => r.Status == ReferralStatus.Declined),
                received.Sum(r => r.ApprovedAmount ?? 0),
                answered.Count == 0 ? null : Math.Round(answered.Average(r => r.HoursToAnswer!.Value), 2, MidpointRounding.AwayFromZero));
        }).ToList();
}
