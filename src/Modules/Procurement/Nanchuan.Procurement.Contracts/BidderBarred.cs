namespace Nanchuan.Procurement.Contracts;

/// <summary>
/// A bidder's counted bad-behaviour points reached the bar (不良行为记分满12分): it may not register for below-threshold works
/// projects from <paramref name="BarredFrom"/> until <paramref name="BarredUntil"/> (the first day it may register again).
/// </summary>
/// <param name="CreditCode">The bidder's unified social credit code.</param>
/// <param name="CountedPoints">The points counted on the day the bar started.</param>
public sealed record BidderBarred(string CreditCode, string BidderName, int CountedPoints, DateOnly BarredFrom, DateOnly BarredUntil);
