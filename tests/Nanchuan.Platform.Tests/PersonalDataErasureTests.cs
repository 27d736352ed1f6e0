using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Erasure;
using Nanchuan.BuildingBlocks.Platform.Integrity;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Projections;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

public sealed class ErasureHost() : ModuleHost(new DateTimeOffset(2026, 3, 3, 10, 0, 0, Beijing));

/// <summary>
/// A lawful erasure of one person's data (PIPL art. 47; ADR 0087-0089): gone from every module's events and read models,
/// every stream still replays, every figure stays the same, the erasure is an audited event, and the hash chain still
/// verifies — and still catches a later edit.
/// </summary>
public sealed class PersonalDataErasureTests(ErasureHost platform) : IClassFixture<ErasureHost>
{
    private const string Route = "/api/admin/personal-data/erasures";
    private const string Phone = "13812345678";
    private const string Name = "李明华";
    private const string OtherPhone = "13900001111";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    [Fact]
    public async Task An_erasure_removes_the_person_everywhere_while_streams_replay_and_figures_stay_the_same()
    {
        var grievance = await LodgeGrievanceAsync(Name, Phone, $"厂区门前道路破损，请联系{Name}，电话{Phone}。");
        var other = await LodgeGrievanceAsync("王经理", OtherPhone, "园区路灯不亮。");
        var dispute = (await platform.Post(TestActors.HandlerOf("区法院"), "/api/judiciary/cases", new
        {
            creditCode = TestActors.Enterprise.CreditCode, enterpriseName = "重庆南川示例科技有限公司", subject = "买卖合同纠纷：货款48万元逾期未付",
            stage = "litigation", visits = 1,
            parties = new object[] { new { kind = "organisation", name = "重庆某建材贸易有限公司", phone = "023-71234567" }, new { kind = "naturalPerson", name = Name, phone = Phone } },
        }, 201).Read<JsonElement>()).GetProperty("id").GetGuid();
        var figures = await FiguresAsync();
        figures.Split('\n').ShouldContain(table => table.StartsWith("judiciary.") && !table.EndsWith(": "), figures);
        var otherList = await GrievanceListAsync();
        (await CountAsync(Phone)).ShouldBeGreaterThan(0);

        var erased = JsonSerializer.Deserialize<PersonalDataErased>(await (await platform.Post(TestActors.Admin, Route, new
        {
            identifier = Phone, name = Name, legalBasis = "consentWithdrawn", requestReference = "南川个保删〔2026〕1号",
        }, 201)).ReadAsTextAsync(), Web)!;

        // Gone from every event and read model; the other person's data untouched.
        (await CountAsync(Phone)).ShouldBe(0);
        (await CountAsync(Name)).ShouldBe(0);
        (await CountAsync(OtherPhone)).ShouldBeGreaterThan(0);
        erased.Streams.Select(s => s.StreamId).ShouldContain(grievance);
        erased.Streams.Select(s => s.StreamId).ShouldContain(dispute);
        erased.Streams.Select(s => s.StreamId).ShouldNotContain(other);
        erased.Documents.ShouldNotBeEmpty();

        // Every stream still replays: the case as it stands, rebuilt from its events by the audit API, shows stars.
        foreach (var stream in erased.Streams)
        {
            var state = await (await platform.Get(TestActors.Admin, $"/api/audit/streams/{stream.StreamId}/state")).ReadAsTextAsync();
            state.ShouldNotContain(Phone);
            state.ShouldNotContain(Name);
        }
        var grievanceState = await (await platform.Get(TestActors.Admin, $"/api/audit/streams/{grievance}/state")).ReadAsTextAsync();
        grievanceState.ShouldContain("***********");

        // Every figure is the same; a read model rebuilt from the rewritten events equals the rewritten one.
        (await FiguresAsync()).ShouldBe(figures);
        var listAfter = await GrievanceListAsync();
        listAfter.ShouldNotContain(Phone);
        listAfter.Length.ShouldBe(otherList.Length);
        var rebuilds = platform.Services.GetRequiredService<ProjectionRebuilds>();
        rebuilds.Start("Grievance", TestActors.Admin);
        await rebuilds.WhenFinished("Grievance");
        (await GrievanceListAsync()).ShouldBe(listAfter);

        // The erasure is an audited event: who, role, legal basis, subject (masked), streams with their seals.
        var record = JsonSerializer.Deserialize<List<PersonalDataErased>>(await (await platform.Get(TestActors.Supervisor, Route)).ReadAsTextAsync(), Web)!
            .Single(e => e.ErasureId == erased.ErasureId);
        record.ErasedById.ShouldBe(TestActors.Admin.Id);
        record.ErasedByRole.ShouldBe("Admin");
        record.LegalBasis.ShouldBe(LegalBasis.ConsentWithdrawn);
        record.RequestReference.ShouldBe("南川个保删〔2026〕1号");
        record.Subject.ShouldBe("138****5678");
        record.SubjectName.ShouldBe("李**");
        var history = await (await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{erased.ErasureId}")).ReadAsTextAsync();
        history.ShouldContain("personal_data_erased");
        history.ShouldNotContain(Phone);

        // The chain still verifies after the lawful rewrite, each stream's last seal is the one the erasure recorded…
        var store = await ReportAsync("/api/audit/integrity");
        store.Status.ShouldBe(ChainReport.Intact, store.FirstBroken?.ToString());
        foreach (var stream in record.Streams)
        {
            stream.SealAfter.ShouldNotBe(stream.SealBefore);
            (await platform.SqlRowsAsync($"select headers ->> 'seal' from events.mt_events where stream_id = '{stream.StreamId}' order by version desc limit 1"))
                .ShouldBe([stream.SealAfter]);
        }
        // …and a later edit with SQL is still caught, at the edited event.
        await ExecuteAsync($"update events.mt_events set data = jsonb_set(data, '{{content}}', '\"已撤回\"') where stream_id = '{grievance}' and version = 1");
        var broken = await ReportAsync($"/api/audit/integrity/streams/{grievance}");
        broken.Status.ShouldBe(ChainReport.Broken);
        broken.FirstBroken!.Version.ShouldBe(1);
        broken.FirstBroken.Problem.ShouldBe("sealMismatch");
    }

    [Fact]
    public async Task Refused_erasures_write_nothing()
    {
        // The Oversight module files the grievance's contract messages after the request, in streams of its own: left out of the count.
        await LodgeGrievanceAsync("赵女士", "13700002222", "停车场积水。");
        var before = await platform.SqlRowsAsync("select count(*), coalesce(sum(length(data::text)), 0) from events.mt_events e join events.mt_streams s on s.id = e.stream_id where s.type <> 'oversight_file'");

        var problem = await (await platform.Post(TestActors.Admin, Route, new { }, 400)).ReadAsJsonAsync<HttpValidationProblemDetails>();
        problem!.Errors.Keys.ShouldBe(["identifier", "legalBasis", "requestReference"], ignoreOrder: true);
        problem = await (await platform.Post(TestActors.Admin, Route, new { identifier = "13'7", name = "赵", legalBasis = "other?", requestReference = "x" }, 400))
            .ReadAsJsonAsync<HttpValidationProblemDetails>();
        problem!.Errors.Keys.ShouldContain("legalBasis");
        problem = await (await platform.Post(TestActors.Admin, Route, new { identifier = "13'7", name = "赵", legalBasis = "purposeAchieved", requestReference = "x" }, 400))
            .ReadAsJsonAsync<HttpValidationProblemDetails>();
        problem!.Errors.Keys.ShouldBe(["identifier", "name"], ignoreOrder: true);
        await platform.Post(TestActors.Admin, Route, new { identifier = "19900009999", legalBasis = "purposeAchieved", requestReference = "x" }, 404);
        foreach (var actor in new[] { TestActors.Supervisor, TestActors.BusinessOffice, TestActors.MarketRegulator })
            await platform.Post(actor, Route, new { identifier = "13700002222", legalBasis = "purposeAchieved", requestReference = "x" }, 403);
        await platform.Get(TestActors.BusinessOffice, Route, 403);

        (await platform.SqlRowsAsync("select count(*), coalesce(sum(length(data::text)), 0) from events.mt_events e join events.mt_streams s on s.id = e.stream_id where s.type <> 'oversight_file'")).ShouldBe(before);
        (await CountAsync("13700002222")).ShouldBeGreaterThan(0);
    }

    private async Task<ChainReport> ReportAsync(string url) =>
        JsonSerializer.Deserialize<ChainReport>(await (await platform.Get(TestActors.Supervisor, url)).ReadAsTextAsync(), Web)!;

    private async Task<Guid> LodgeGrievanceAsync(string contact, string phone, string content) =>
        (await platform.Post(TestActors.Enterprise, "/api/grievances", new
        {
            channel = "platform", enterpriseName = "重庆南川示例科技有限公司", creditCode = TestActors.Enterprise.CreditCode,
            contactPerson = contact, phone, content,
        }, 201).Read<JsonElement>()).GetProperty("id").GetGuid();

    private async Task<string> GrievanceListAsync() =>
        await (await platform.Get(TestActors.BusinessOffice, "/api/grievances?limit=500")).ReadAsTextAsync();

    /// <summary>Every report table of every module, row by row.</summary>
    private async Task<string> FiguresAsync()
    {
        var catalogs = platform.Services.GetRequiredService<IReadOnlyList<INanchuanModule>>().Select(m => m.Reports).OfType<ReportCatalog>();
        var rows = new List<string>();
        foreach (var catalog in catalogs)
            foreach (var (table, tableRows) in await platform.ReportRowsAsync(catalog))
                rows.Add(table + ": " + string.Join(" / ", tableRows));
        return string.Join("\n", rows);
    }

    /// <summary>Events and documents (any module's) whose JSON holds the text.</summary>
    private async Task<int> CountAsync(string text)
    {
        var tables = await platform.SqlRowsAsync(
            "select table_schema || '.' || table_name from information_schema.columns where column_name = 'data' and data_type = 'jsonb' and table_name like 'mt_doc_%'");
        var count = 0;
        foreach (var table in tables.Append("events.mt_events"))
            count += int.Parse((await platform.SqlRowsAsync($"select count(*) from {table} where strpos(data::text, '{text}') > 0")).Single());
        return count;
    }

    private Task ExecuteAsync(string sql) => platform.ExecuteAsync(sql);
}
