using Nanchuan.Testing;
using Nanchuan.Utilities.Domain.Water;
using Nanchuan.Utilities.Power;
using Nanchuan.Utilities.Water;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Api;

/// <summary>Conditional reads of a water connection (ADR 0119): 304 while unchanged, the connection again after a step.</summary>
[Collection(UtilitiesCollection.Name)]
public sealed class ConditionalReadTests(UtilitiesHost platform)
{
    private const string Route = UtilitiesApi.Route + "/water-connections";

    [Fact]
    public async Task A_connection_is_a_304_while_unchanged_and_sent_again_under_the_write_s_tag_after_it_is_connected()
    {
        platform.SetTime(Time("2024-11-19 10:00"));
        var signed = await platform.Post(TestActors.Enterprise, Route, new SignPayLastCommitmentRequest(TestActors.Enterprise.CreditCode!, TestActors.Enterprise.Name,
            WaterApplicationChannel.WeChatAccount, "南川区东城街道工业园区9号", true, null), 201).Read<PayLastCommitmentResponse>();
        var url = $"{Route}/{signed.Id}";
        var before = await platform.CurrentTagAsync(TestActors.Enterprise, url);
        before.ShouldBe("\"1\"");

        platform.SetTime(Time("2024-11-20 10:00"));
        var connected = await platform.Post(UtilitiesApi.WaterCompany, $"{url}/connection", new StepAt(Time("2024-11-20 09:00")));

        (await platform.ChangedSinceAsync(TestActors.Enterprise, url, before)).ShouldBe(ConditionalReads.ETagOf(connected));
        (await platform.Get(TestActors.Enterprise, url).Read<WaterConnectionDetails>()).PersonalDataErasures.ShouldBe(0);
    }
}
