using Alba;
using Nanchuan.Judiciary.Assignment;
using Nanchuan.Judiciary.Filing;
using Nanchuan.Judiciary.Referral;
using static Nanchuan.Judiciary.Tests.Api.JudiciaryApi;

namespace Nanchuan.Judiciary.Tests.Api;

/// <summary>
/// Conditional reads of a dispute case (ADR 0119, ADR 0128): the court, handling it, sees the parties; the business office
/// gets them masked, a representation with a tag of its own; a write and an erasure of a party's data change both tags.
/// </summary>
[Collection(JudiciaryCollection.Name)]
public sealed class ConditionalReadTests(JudiciaryHost platform)
{
    private const string Phone = "13900046019";

    /// <summary>"2" with ".1" is "2.1": a tag with what else the read depends on.</summary>
    private static string With(string tag, string suffix) => tag[..^1] + suffix + "\"";

    [Fact]
    public async Task A_case_is_a_304_while_unchanged_each_representation_has_its_tag_and_a_write_or_an_erasure_sends_it_again()
    {
        platform.SetTime(Time("2026-12-07 10:00"));
        var filed = Dispute(Codes[19]) with { Parties = [new(PartyKind.Organisation, "重庆某建材贸易有限公司", "023-71234567"), new(PartyKind.NaturalPerson, "赵晓东", Phone)] };
        var id = (await platform.Post(Court, Cases, filed, 201).Read<DisputeFiledResponse>()).Id;
        var url = $"{Cases}/{id}";

        var court = await platform.CurrentTagAsync(Court, url);
        (await platform.CurrentTagAsync(TestActors.BusinessOffice, url)).ShouldBe(With(court, "-masked"));
        await platform.ReadAsync(TestActors.BusinessOffice, url, court, 200); // the court's copy is not the office's

        var written = ConditionalReads.ETagOf(await platform.Post(Court, $"{url}/referral", new ReferToCentreBody("建议属地街道调处")))!;
        (await platform.ChangedSinceAsync(Court, url, court)).ShouldBe(written);
        (await platform.ChangedSinceAsync(TestActors.BusinessOffice, url, With(court, "-masked"))).ShouldBe(With(written, "-masked"));

        await platform.EraseAsync(Phone);

        (await platform.ChangedSinceAsync(Court, url, written)).ShouldBe(With(written, ".1"));
        (await platform.ChangedSinceAsync(TestActors.BusinessOffice, url, With(written, "-masked"))).ShouldBe(With(written, ".1-masked"));
        var erased = await platform.Get(Court, url).Read<DisputeCase>();
        erased.Parties.ShouldAllBe(p => p.Phone != Phone);
        erased.PersonalDataErasures.ShouldBe(1);

        // What a read answered is a write's If-Match: its version is what is checked.
        await platform.Scenario(s =>
        {
            s.Post.Json(new AssignMediationBody(Street.DepartmentId, null)).ToUrl($"{url}/assignment");
            s.As(platform, Centre);
            s.WithRequestHeader("If-Match", With(written, ".1"));
            s.StatusCodeShouldBe(200);
        });
    }
}
