using Nanchuan.Procurement.Registration;
using static Nanchuan.Procurement.Tests.Api.ProcurementApi;

namespace Nanchuan.Procurement.Tests.Api;

/// <summary>Bidder registration: in time only, once, not by the owner, with a quote exactly when the method compares prices.</summary>
[Collection(ProcurementCollection.Name)]
public sealed class RegistrationTests(ProcurementHost platform)
{
    [Fact]
    public async Task A_bidder_registers_until_the_deadline_itself_and_after_it_is_409_naming_registration_closed()
    {
        platform.SetTime(RegisteredProjects.PublishedAt);
        var id = (await platform.PublishAsync(Project(200_000m))).Id;
        platform.SetTime(RegisteredProjects.ClosesAt);
        await platform.Post(Bidders[0], Route + $"/projects/{id}/registrations", new RegisterBidderBody(null));

        platform.SetTime(RegisteredProjects.ClosesAt.AddMinutes(1));
        var before = await platform.EventCountAsync();
        var late = await platform.Post(Bidders[1], Route + $"/projects/{id}/registrations", new RegisterBidderBody(null), 409).Read<ProblemDetails>();
        late.Extensions["currentState"]!.ToString().ShouldBe("报名已截止");
        late.Detail!.ShouldContain("2025-04-15 18:00");
        (await platform.EventCountAsync()).ShouldBe(before);
        (await platform.ProjectAsync(id))!.Registrations.Select(r => r.CreditCode).ShouldBe([Bidders[0].CreditCode!]);
    }

    [Fact]
    public async Task A_second_registration_is_409_the_owner_is_403_and_a_quote_belongs_to_a_price_comparison_only()
    {
        platform.SetTime(RegisteredProjects.PublishedAt);
        var draw = (await platform.PublishAsync(Project(200_000m))).Id;
        var comparison = (await platform.PublishAsync(Project(200_000m, ProcurementMethods.PriceComparison))).Id;
        await platform.Post(Bidders[0], Route + $"/projects/{draw}/registrations", new RegisterBidderBody(null));
        var before = await platform.EventCountAsync();
        (await platform.Post(Bidders[0], Route + $"/projects/{draw}/registrations", new RegisterBidderBody(null), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("已报名");
        await platform.Post(Owner, Route + $"/projects/{draw}/registrations", new RegisterBidderBody(null), 403);
        await platform.Post(AgricultureDesk, Route + $"/projects/{draw}/registrations", new RegisterBidderBody(null), 403);
        (await platform.Post(Bidders[1], Route + $"/projects/{draw}/registrations", new RegisterBidderBody(150_000m), 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["quote"]);
        (await platform.Post(Bidders[1], Route + $"/projects/{comparison}/registrations", new RegisterBidderBody(null), 400).Read<HttpValidationProblemDetails>())
            .Errors["quote"][0].ShouldContain("请填写报价");
        (await platform.Post(Bidders[1], Route + $"/projects/{comparison}/registrations", new RegisterBidderBody(150_000.005m), 400).Read<HttpValidationProblemDetails>())
            .Errors["quote"][0].ShouldContain("两位小数");
        (await platform.EventCountAsync()).ShouldBe(before);
    }
}
