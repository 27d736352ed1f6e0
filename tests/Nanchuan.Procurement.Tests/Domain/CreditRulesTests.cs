namespace Nanchuan.Procurement.Tests.Domain;

/// <summary>The pure credit rules: the counting window, the bar and what counts towards the next one.</summary>
public sealed class CreditRulesTests
{
    private static readonly CreditPolicy Policy = new();

    private static CreditIncident Incident(int points, DateOnly occurred, DateOnly? recorded = null) =>
        new(Guid.NewGuid(), IncidentKind.RefusedToSign, points, occurred, recorded ?? occurred, null, "区农业农村委", "");

    private static BidderCredit Credit(params CreditIncident[] incidents) => new() { Id = Guid.NewGuid(), CreditCode = "91500119MA5EF0C4X8", Incidents = [.. incidents] };

    [Fact]
    public void Points_count_from_the_incident_day_for_12_months_and_not_on_the_day_12_months_later()
    {
        var incidents = new[] { Incident(6, new DateOnly(2024, 3, 10)) };
        CreditRules.CountedOn(incidents, new DateOnly(2024, 3, 9), Policy).ShouldBe(0);
        CreditRules.CountedOn(incidents, new DateOnly(2024, 3, 10), Policy).ShouldBe(6);
        CreditRules.CountedOn(incidents, new DateOnly(2025, 3, 9), Policy).ShouldBe(6);
        CreditRules.CountedOn(incidents, new DateOnly(2025, 3, 10), Policy).ShouldBe(0);
    }

    [Fact]
    public void Twelve_points_of_which_six_expired_do_not_bar_and_twelve_counted_bar_for_six_months()
    {
        CreditRules.BarAfter(Credit(Incident(6, new DateOnly(2023, 3, 1)), Incident(6, new DateOnly(2024, 3, 10))), new DateOnly(2024, 3, 10), Policy).ShouldBeNull();
        var bar = CreditRules.BarAfter(Credit(Incident(3, new DateOnly(2023, 6, 1)), Incident(9, new DateOnly(2024, 3, 10))), new DateOnly(2024, 3, 10), Policy)!;
        (bar.BarredFrom, bar.BarredUntil, bar.CountedPoints).ShouldBe((new DateOnly(2024, 3, 10), new DateOnly(2024, 9, 10), 12));
    }

    [Fact]
    public void After_a_bar_ends_only_points_recorded_after_it_started_count_towards_the_next()
    {
        var credit = Credit(Incident(12, new DateOnly(2024, 3, 10)), Incident(3, new DateOnly(2024, 10, 1)));
        credit.Bars.Add(new RegistrationBar(new DateOnly(2024, 3, 10), new DateOnly(2024, 9, 10), 12));
        CreditRules.BarOn(credit, new DateOnly(2024, 9, 9)).ShouldNotBeNull();
        CreditRules.BarOn(credit, new DateOnly(2024, 9, 10)).ShouldBeNull();
        CreditRules.BarAfter(credit, new DateOnly(2024, 10, 1), Policy).ShouldBeNull();
        credit.Incidents.Add(Incident(12, new DateOnly(2024, 11, 5)));
        CreditRules.BarAfter(credit, new DateOnly(2024, 11, 5), Policy)!.BarredUntil.ShouldBe(new DateOnly(2025, 5, 5));
    }

    [Theory]
    [InlineData("49999.99", false)]
    [InlineData("50000", true)]
    [InlineData("3999999.99", true)]
    [InlineData("4000000", false)]
    [InlineData("60000.001", false)]
    public void The_scope_band_includes_50000_and_excludes_4000000(string value, bool inScope) =>
        (ScopeBand.Problem(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) is null).ShouldBe(inScope);
}
