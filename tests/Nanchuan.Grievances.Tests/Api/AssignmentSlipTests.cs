using Nanchuan.Grievances.Domain;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>The printable 企业诉求交办单 with every field of the seed's form, user text HTML-encoded.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class AssignmentSlipTests(GrievancesHost platform)
{
    [Fact]
    public async Task Each_round_prints_its_own_slip_with_the_seeds_fields()
    {
        platform.SetTime(GrievanceApi.At(2024, 8, 5, 10, 0));
        var request = GrievanceApi.PlatformRequest() with { EnterpriseName = "南川<b>示例</b>&合伙", Content = "<script>alert('x')</script>排污许可办理慢" };
        var id = (await platform.Receive(request)).Id;
        var first = await platform.Assign(id, ProblemType.General, TestActors.MarketRegulator.DepartmentId!, limit: 3);
        platform.SetTime(GrievanceApi.At(2024, 8, 6, 10, 0));
        await platform.Report(id, GrievanceApi.At(2024, 8, 5, 15, 0), promised: new DateOnly(2024, 8, 30));
        await platform.Evaluate(id, satisfied: false);
        var second = await platform.Assign(id, ProblemType.Simple, TestActors.Planner.DepartmentId!);

        var firstSlip = await (await platform.Get(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{id}/slip?round=1")).ReadAsTextAsync();
        firstSlip.ShouldContain("南川区“企呼我为闭环办”企业诉求交办单");
        firstSlip.ShouldContain($"编号：<span id=\"slip-number\">{first.SlipNumber}</span>");
        firstSlip.ShouldContain("交办单位：区营商办（区发展改革委代章）");
        firstSlip.ShouldContain("交办时间：2024年8月5日");
        firstSlip.ShouldContain("南川&lt;b&gt;示例&lt;/b&gt;&amp;合伙");
        firstSlip.ShouldContain("&lt;script&gt;");
        firstSlip.ShouldNotContain("<script>");
        firstSlip.ShouldContain("王经理（13812345678）");
        firstSlip.ShouldContain("□简单问题<br>☑一般问题<br>□复杂问题");
        firstSlip.ShouldContain("□ 2个工作日<br>□ 5个工作日<br>□10个工作日<br>☑ 3个工作日");
        firstSlip.ShouldContain("区市场监管局");
        firstSlip.ShouldContain("已现场核实并督促整改。");
        firstSlip.ShouldContain("部门办理联系人及电话：赵科长　023-71234567");
        firstSlip.ShouldContain("具体事项承诺办结时限：2024年8月30日");
        firstSlip.ShouldContain("□满意　　☑不满意");
        firstSlip.ShouldContain("□同意销号　　□持续跟踪");
        firstSlip.ShouldContain("区营商办联系电话：71992345");

        var latest = await platform.Get(TestActors.Planner, $"{GrievanceApi.Route}/{id}/slip");
        latest.Context.Response.ContentType.ShouldBe("text/html; charset=utf-8");
        var secondSlip = await latest.ReadAsTextAsync();
        secondSlip.ShouldContain(second.SlipNumber);
        secondSlip.ShouldContain("☑简单问题");
        secondSlip.ShouldContain("（尚未反馈");
        secondSlip.ShouldContain("□满意　　□不满意");

        await platform.Get(TestActors.MarketRegulator, $"{GrievanceApi.Route}/{id}/slip", 403);
        await platform.Get(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{id}/slip?round=3", 404);
    }
}
