namespace Nanchuan.Awards.Contracts;

/// <summary>
/// The year's best business-environment cases were honoured at the district conference (表彰奖励). Published for other
/// modules, e.g. for a unit's yearly assessment.
/// </summary>
/// <param name="Year">The contest year (the award is conferred in the first quarter of the next one).</param>
/// <param name="Cases">The listed cases, best first.</param>
public sealed record BestCasesAwarded(int Year, IReadOnlyList<AwardedCase> Cases, DateTimeOffset AwardedAt);

/// <param name="Unit">The entrant's unit (a credit code for an enterprise, the unit's name otherwise; the person's name for an individual).</param>
public sealed record AwardedCase(Guid EntryId, int Rank, string Title, string EntrantName, string Unit);
