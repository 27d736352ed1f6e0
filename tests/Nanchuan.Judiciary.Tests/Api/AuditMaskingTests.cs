using System.Text.Json;
using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.Judiciary.Referral;
using static Nanchuan.Judiciary.Tests.Api.JudiciaryApi;

namespace Nanchuan.Judiciary.Tests.Api;

/// <summary>
/// The platform's audit history (GET /api/audit/streams/{id} and /state) shows the parties' personal data only to those handling
/// the case (issue 18 point 8, docs/adr/0068); the stored events keep it whole.
/// </summary>
[Collection(JudiciaryCollection.Name)]
public sealed class AuditMaskingTests(JudiciaryHost platform)
{
    private static JsonElement Person(object data) =>
        ((JsonElement)data).GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "naturalPerson");

    private static (string?, string?) NameAndPhone(JsonElement person) => (person.GetProperty("name").GetString(), person.GetProperty("phone").GetString());

    [Fact]
    public async Task The_court_and_the_unit_mediating_read_the_history_whole_auditors_read_it_masked_and_the_stored_event_is_unchanged()
    {
        platform.SetTime(Time("2026-09-22 11:00"));
        var unit = Unit("水江镇人民政府");
        var id = await platform.AssignedAsync(Codes[16], unit);

        foreach (var handler in new[] { Court, Centre, unit })
        {
            var history = await platform.Get(handler, $"/api/audit/streams/{id}").Read<StreamHistory>();
            NameAndPhone(Person(history.Events[0].Data)).ShouldBe(("李明华", "13812345678"));
            var state = await platform.Get(handler, $"/api/audit/streams/{id}/state?version=1").Read<StreamStateAsOf>();
            NameAndPhone(Person(state.State!)).ShouldBe(("李明华", "13812345678"));
        }
        foreach (var auditor in new[] { TestActors.Supervisor, TestActors.BusinessOffice, TestActors.Admin })
        {
            var history = await platform.Get(auditor, $"/api/audit/streams/{id}").Read<StreamHistory>();
            NameAndPhone(Person(history.Events[0].Data)).ShouldBe(("李**", "138****5678"));
            ((JsonElement)history.Events[0].Data).GetProperty("parties").EnumerateArray().First().GetProperty("name").GetString().ShouldBe("重庆某建材贸易有限公司");
            NameAndPhone(Person((await platform.Get(auditor, $"/api/audit/streams/{id}/state").Read<StreamStateAsOf>()).State!)).ShouldBe(("李**", "138****5678"));
        }

        var filed = (await platform.EventsAsync(id)).OfType<DisputeCaseFiled>().Single();
        filed.Parties.Single(p => p.Kind == PartyKind.NaturalPerson).ShouldBe(new Party(PartyKind.NaturalPerson, "李明华", "13812345678"));
    }

    [Fact]
    public async Task A_unit_not_handling_the_case_and_an_enterprise_are_refused_its_history_with_403()
    {
        platform.SetTime(Time("2026-09-22 11:00"));
        var id = await platform.FileAsync(Codes[17]);
        await platform.Post(Court, $"{Cases}/{id}/referral", new ReferToCentreBody("移交调处"));

        (await platform.Get(Market, $"/api/audit/streams/{id}", 403).Read<ProblemDetails>()).Detail!.ShouldContain("承办");
        await platform.Get(Market, $"/api/audit/streams/{id}/state", 403);
        await platform.Get(EnterpriseUser(Codes[17]), $"/api/audit/streams/{id}", 403);
    }
}
