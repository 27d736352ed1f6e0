using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Judiciary.Filing;
using Nanchuan.Licensing.Contracts;
using static Nanchuan.Judiciary.Tests.Api.JudiciaryApi;

namespace Nanchuan.Judiciary.Tests.Api;

/// <summary>Filing with at most one trip (最多跑一次), the registered name, personal data and refusals.</summary>
[Collection(JudiciaryCollection.Name)]
public sealed class FilingTests(JudiciaryHost platform)
{
    [Fact]
    public async Task The_court_files_a_dispute_with_the_enterprises_visits_and_the_case_is_opened_for_oversight()
    {
        platform.SetTime(Time("2026-09-21 10:00"));
        DisputeFiledResponse? filed = null;
        var tracked = await platform.Host.TrackAsync(async () => filed = await platform.Post(Court, Cases, Dispute(Codes[0], visits: 2), 201).Read<DisputeFiledResponse>());
        filed!.WithinOneVisit.ShouldBeFalse();
        filed.Url.ShouldBe($"{Cases}/{filed.Id}");
        var opened = tracked.MessagesPublished<CaseOpened>().ShouldHaveSingleItem();
        opened.Case.ShouldBe(new OversightCase("Judiciary", "dispute", filed.Id, Codes[0], "区法院"));
        opened.Trips.ShouldBe(2);

        var dispute = await platform.Get(Court, $"{Cases}/{filed.Id}").Read<DisputeCase>();
        dispute.Visits.ShouldBe(2);
        dispute.Stage.ShouldBe(DisputeStage.Litigation);
        dispute.Status.ShouldBe(DisputeStatus.Filed);
        dispute.FiledMonth.ShouldBe("2026-09");
    }

    [Fact]
    public async Task A_registered_enterprise_is_filed_under_its_registered_name_and_an_unregistered_one_needs_a_name()
    {
        platform.SetTime(Time("2026-09-21 11:00"));
        await platform.Host.TrackActivity(MessageTracking.Timeout).PublishMessageAndWaitAsync(new CompanyRegistered(Guid.NewGuid(),
            UnifiedSocialCreditCode.Parse(Codes[1]), "重庆南川登记在册食品有限公司", "刘一", "南川区东城街道", "东城", Time("2026-03-02 10:00")));
        var id = (await platform.Post(Court, Cases, Dispute(Codes[1]) with { EnterpriseName = null }, 201).Read<DisputeFiledResponse>()).Id;
        (await platform.Get(Court, $"{Cases}/{id}").Read<DisputeCase>()).EnterpriseName.ShouldBe("重庆南川登记在册食品有限公司");

        var before = await platform.EventCountAsync();
        var problem = await platform.Post(Court, Cases, Dispute(Codes[2]) with { EnterpriseName = " " }, 400).Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["enterpriseName"]);
        (await platform.EventCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Bad_input_is_400_listing_every_field_in_Chinese_and_English_and_writes_nothing()
    {
        var before = await platform.EventCountAsync();
        var problem = await platform.Post(Court, Cases, new FileDisputeRequest("91500119MA5JD0A08K", "某公司", null, null, -1,
            [new(null, "", "138abc"), new(PartyKind.NaturalPerson, "王五", null)]), 400).Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["creditCode", "subject", "stage", "visits", "parties[0].kind", "parties[0].name", "parties[0].phone"], ignoreOrder: true);
        problem.Errors["visits"][0].ShouldContain(" / ");
        (await platform.Post(Court, Cases, Dispute(Codes[2]) with { Parties = [] }, 400).Read<HttpValidationProblemDetails>()).Errors.Keys.ShouldBe(["parties"]);
        (await platform.EventCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Only_the_court_files_other_units_and_enterprises_are_refused_with_403_and_nothing_is_written()
    {
        var before = await platform.EventCountAsync();
        (await platform.Post(Centre, Cases, Dispute(Codes[2]), 403).Read<ProblemDetails>()).Detail!.ShouldContain("区法院");
        await platform.Post(Market, Cases, Dispute(Codes[2]), 403);
        await platform.Post(EnterpriseUser(Codes[2]), Cases, Dispute(Codes[2]), 403);
        await platform.Post(TestActors.Supervisor, Cases, Dispute(Codes[2]), 403);
        (await platform.EventCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Natural_persons_names_and_phones_are_shown_only_to_those_handling_the_case()
    {
        platform.SetTime(Time("2026-09-21 14:00"));
        var id = await platform.FileAsync(Codes[3]);
        var person = (await platform.Get(Court, $"{Cases}/{id}").Read<DisputeCase>()).Parties.Single(p => p.Kind == PartyKind.NaturalPerson);
        person.ShouldBe(new Party(PartyKind.NaturalPerson, "李明华", "13812345678"));

        foreach (var reader in new[] { EnterpriseUser(Codes[3]), TestActors.BusinessOffice, TestActors.Supervisor })
        {
            var parties = (await platform.Get(reader, $"{Cases}/{id}").Read<DisputeCase>()).Parties;
            parties.Single(p => p.Kind == PartyKind.NaturalPerson).ShouldBe(new Party(PartyKind.NaturalPerson, "李**", "138****5678"));
            parties.Single(p => p.Kind == PartyKind.Organisation).Name.ShouldBe("重庆某建材贸易有限公司");
        }
        await platform.Get(EnterpriseUser(Codes[4]), $"{Cases}/{id}", 403);
        await platform.Get(Market, $"{Cases}/{id}", 403);
        await platform.Get(Court, $"{Cases}/{Guid.NewGuid()}", 404);
    }
}
