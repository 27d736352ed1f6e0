using System.Text.Json.Nodes;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.DemoData.Seeding;

namespace Nanchuan.Bench;

/// <summary>
/// S12's kinds of work, each one case's steps back to back through the REST API, as the demo month's people (DemoData's
/// <see cref="People"/> and <see cref="DemoApi"/>: tokens signed for the acting person, any refusal thrown) and with the bodies
/// its scripts send. A case's later steps happen at once instead of days later: in the steady state of a busy hour each step
/// is done at its case's arrival rate, for cases of earlier days.
/// </summary>
internal static class MixedDayFlows
{
    private static readonly string[] QueueZones = ["ZH", "QYKB", "GA", "YB", "BDC", "RS", "GJJ"];
    private static readonly string[] Purposes = ["不动产登记（企业厂房转移登记）", "社会保险登记", "医保单位参保登记", "公积金单位开户", "食品经营许可咨询"];
    private static readonly string[] Checklist = ["申请书", "申请人身份证明"];
    private static readonly string[] Industries = ["茶叶种植与加工", "方竹笋加工", "乡村旅游", "建材销售", "中药材种植", "餐饮服务", "道路货物运输", "软件开发"];
    private static readonly string[] Brands = ["金佛", "方竹", "山王坪", "黎香", "龙岩", "鸣玉", "古花", "楠竹", "大有", "兴隆"];
    private static readonly string[] Founders = ["李明", "王芳", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴敏"];
    /// <summary>Handling units of the requests; never 区经济信息委, whose assignments S7's lag probe counts during S9.</summary>
    private static readonly string[] GrievanceUnits = ["区市场监管局", "区城市管理局", "区住房城乡建委", "区人力社保局", "区交通运输委"];
    private static readonly string[] GrievanceContents =
        ["厂区门前道路破损，货车进出困难，请协调修复。", "园区夜间路灯不亮，员工下班出行不便。", "厂房周边排水沟堵塞，雨天积水倒灌车间。", "特种设备年检预约排期过长，影响正常生产。"];
    private static readonly string[] Streets = ["东城街道工业园区", "南城街道隆化路", "西城街道金佛大道", "南平镇工业集中区", "水江镇龙岩组团", "大观镇金龙村"];
    private static readonly string[] Complaints = ["受理群众投诉：厂区危化品堆放混乱", "受理12345转办：企业夜间违规动火作业", "受理举报：仓库消防通道被占用"];
    /// <summary>The hotline's hours (投诉时间为上午8:30-下午6:00), in which a call's time must fall.</summary>
    private static readonly TimeSpan HotlineOpens = new(8, 30, 0), HotlineCloses = new(18, 0, 0);
    private static readonly string[] DisputeUnits = ["南城街道办事处", "东城街道办事处", "区市场监管局"];
    private static readonly string[] Villages = ["大观镇金龙村股份经济合作联合社", "南平镇石龙村股份经济合作联合社", "三泉镇半溪村股份经济合作联合社"];
    private static readonly string[] VillageBodies = ["MA5UA0BC", "MA5UA1DE", "MA5UA2FG"];
    private static readonly (string Name, string Body)[] Builders =
        [("重庆南川隆化建筑工程有限公司", "MA5UB0C1"), ("重庆金佛山市政工程有限公司", "MA5UB1D2"), ("重庆南川龙岩路桥有限公司", "MA5UB2E3"), ("重庆南平水利工程有限公司", "MA5UB3F4")];

    private static readonly Actor Market = People.Handler("区市场监管局");
    private static readonly Actor Power = People.Handler("国网南川供电公司", "钱工");
    private static readonly Actor Water = People.Handler("南川区自来水公司", "孙工");
    private static readonly Actor Planner = People.Handler("区规划自然资源局", "孙七");
    private static readonly Actor Inspector = People.Handler("区应急管理局", "陈某");
    private static readonly Actor Park = People.Handler("工业园区管委会", "李主任");
    private static readonly Actor Finance = People.Handler("区财政局", "陈科长");
    private static readonly Actor Court = People.Handler("区法院", "陈法官");
    private static readonly Actor Centre = People.Handler("区矛调中心", "周主任");

    public static async Task HallVisitAsync(MixedDayContext c)
    {
        var zone = c.Pick(QueueZones);
        var window = $"{zone}专区{c.Next()}号窗口";
        await c.Api.PostAsync(People.HallClerk, $"/api/licensing/zones/{zone}/tickets",
            new { purpose = c.Pick(Purposes), creditCode = (string?)null, greenChannelReason = (string?)null, greenChannelNote = (string?)null });
        var called = await c.Api.PostAsync(People.HallClerk, $"/api/licensing/zones/{zone}/calls", new { window });
        await c.Api.PostAsync(People.HallClerk, $"/api/licensing/zones/{zone}/tickets/{called["number"]!.GetValue<int>()}/outcome", new { outcome = "served", window });
    }

    public static Task ImmediateApplicationAsync(MixedDayContext c) => SubmitAsync(c, c.ImmediateItem);

    public static async Task ApplicationAsync(MixedDayContext c)
    {
        var id = (await SubmitAsync(c, c.PromisedItem)).Id();
        await c.Api.PostAsync(Market, $"/api/licensing/applications/{id}/decision", new { approved = true, reasons = "材料齐全，符合许可条件。", rule = (string?)null });
        await c.Api.PostAsync(People.HallClerk, $"/api/licensing/applications/{id}/result", new { resultNumber = $"JY150011900{c.Next():D5}", mailed = c.Chance(30) });
    }

    private static Task<JsonNode> SubmitAsync(MixedDayContext c, Guid item)
    {
        var enterprise = c.AnyEnterprise();
        return c.Api.PostAsync(People.HallClerk, "/api/licensing/applications", new
        {
            itemId = item, creditCode = enterprise.CreditCode, enterpriseName = enterprise.Name, materials = Checklist, assisted = (bool?)null, inPerson = true,
        });
    }

    public static async Task RegistrationAsync(MixedDayContext c)
    {
        var point = c.Pick(ServicePoints.Nearby);
        var clerk = People.ClerkAt(point);
        var industry = c.Pick(Industries);
        var company = $"重庆{c.Pick(Brands)}{industry[..2]}{c.Next():D5}有限公司";
        var id = (await c.Api.PostAsync(clerk, "/api/licensing/registrations", new
        {
            servicePoint = point, companyName = company, legalRepresentative = c.Pick(Founders), address = $"重庆市南川区{point}{c.Next() % 200 + 1}号",
            industry, assisted = c.Chance(40),
        })).Id();
        await c.Api.PostAsync(clerk, $"/api/licensing/registrations/{id}/acceptance", new { });
        var code = (await c.Api.PostAsync(clerk, $"/api/licensing/registrations/{id}/licence", new { })).Text("creditCode");
        await c.Api.PostAsync(new Enterprise(company, code).User, "/api/licensing/ratings",
            new { service = "registration", caseId = id, rating = c.Chance(85) ? "verySatisfied" : "dissatisfied", comment = (string?)null });
    }

    public static async Task GrievanceLoopAsync(MixedDayContext c)
    {
        var enterprise = c.AnyEnterprise();
        var handler = People.Handler(c.Pick(GrievanceUnits));
        var id = (await c.Api.PostAsync(enterprise.User, "/api/grievances", new
        {
            channel = "platform", enterpriseName = enterprise.Name, creditCode = enterprise.CreditCode, contactPerson = "王经理",
            phone = $"138{c.Next() % 90_000_000 + 10_000_000}", content = c.Pick(GrievanceContents), receivedAt = (DateTimeOffset?)null,
        })).Id();
        await c.Api.GetAsync(enterprise.User, $"/api/grievances/{id}");
        await c.Api.PostAsync(People.BusinessOffice, $"/api/grievances/{id}/assignment",
            new { problemType = "simple", timeLimitWorkingDays = (int?)null, handlingUnitId = handler.DepartmentId });
        var contactedAt = DateTimeOffset.UtcNow;
        await c.Api.PostAsync(handler, $"/api/grievances/{id}/contact", new { method = "phone", contactedAt, notes = "已电话联系企业，核实诉求内容。" });
        await c.Api.PostAsync(handler, $"/api/grievances/{id}/handling-report", new
        {
            unitContactPerson = "经办人", unitContactPhone = $"023-7142{c.Next() % 9000 + 1000}", enterpriseContactMethod = "phone",
            enterpriseContactedAt = contactedAt, actionsTaken = "已现场核实并协调解决，企业认可处理方案。", promisedCompletionDate = (DateOnly?)null,
        });
        await c.Api.PostAsync(People.BusinessOffice, $"/api/grievances/{id}/evaluation", new { satisfied = true, comment = "企业对办理结果满意。", revisitedAt = (DateTimeOffset?)null });
        await c.Api.PostAsync(People.BusinessOffice, $"/api/grievances/{id}/closure", new { note = "企业满意，同意销号。" });
        await c.Api.PostAsync(enterprise.User, $"/api/grievances/{id}/enterprise-rating", new { rating = "verySatisfied", comment = "办理及时。" });
    }

    /// <summary>
    /// A hotline call entered as late as intake allows (3 days, ADR 0033): taken a few minutes after this moment three days ago, or
    /// at 08:30 of the next day the hotline was open then. Its assignment deadline (18:00 of the next working day) has then passed
    /// on most days, so its overdue check fires at once, as an earlier day's timers would. Not on a Monday before 18:00 Beijing
    /// time nor on the first working day after a holiday: no call still enterable is overdue then, and S12 reports 0 timers fired.
    /// </summary>
    public static Task EarlierHotlineCallAsync(MixedDayContext c)
    {
        var enterprise = c.AnyEnterprise();
        var beijing = TimeSpan.FromHours(8);
        var earliest = DateTimeOffset.UtcNow.ToOffset(beijing).AddDays(-3).AddMinutes(5 + c.Next() % 20);
        var receivedAt = earliest.TimeOfDay < HotlineOpens ? new DateTimeOffset(earliest.Date + HotlineOpens, beijing)
            : earliest.TimeOfDay > HotlineCloses ? new DateTimeOffset(earliest.Date.AddDays(1) + HotlineOpens, beijing)
            : earliest;
        return c.Api.PostAsync(People.BusinessOffice, "/api/grievances", new
        {
            channel = "phone", enterpriseName = enterprise.Name, creditCode = enterprise.CreditCode, contactPerson = "李女士",
            phone = "023-71234567", content = c.Pick(GrievanceContents), receivedAt,
        });
    }

    public static async Task PowerConnectionAsync(MixedDayContext c)
    {
        var enterprise = c.AnyEnterprise();
        var residential = c.Chance(30);
        var id = (await c.Api.PostAsync(enterprise.User, "/api/utilities/power-connections", new
        {
            creditCode = enterprise.CreditCode, enterpriseName = enterprise.Name, @class = residential ? "lowVoltageResidential" : "lowVoltageNonResidential",
            siteAddress = $"南川区{c.Pick(Streets)}{c.Next()}号", capacityKva = residential ? 10 : 50 + 10 * (c.Next() % 10),
            wantedPowerOnDate = (DateOnly?)null, acceptedAt = (DateTimeOffset?)null,
        })).Id();
        await c.Api.PostAsync(Power, $"/api/utilities/power-connections/{id}/power-on", new { at = (DateTimeOffset?)null });
    }

    public static async Task WaterConnectionAsync(MixedDayContext c)
    {
        var enterprise = c.AnyEnterprise();
        var id = (await c.Api.PostAsync(enterprise.User, "/api/utilities/water-connections", new
        {
            creditCode = enterprise.CreditCode, enterpriseName = enterprise.Name, channel = "jointUtilityWindow", siteAddress = $"南川区{c.Pick(Streets)}{c.Next()}号",
            commitmentLetterSigned = true, signedAt = (DateTimeOffset?)null,
        })).Id();
        await c.Api.PostAsync(Water, $"/api/utilities/water-connections/{id}/connection", new { at = (DateTimeOffset?)null });
        await c.Api.PostAsync(Water, $"/api/utilities/water-connections/{id}/cost-list", new
        {
            items = new object[]
            {
                new { name = "水表及表箱", unit = "套", quantity = 1, unitPrice = 680m, amount = 680m },
                new { name = "PE给水管 DN50", unit = "米", quantity = 24, unitPrice = 45.5m, amount = 1092m },
            },
            receivedAt = (DateTimeOffset?)null,
        });
        await c.Api.PostAsync(Water, $"/api/utilities/water-connections/{id}/payment", new { amountPaid = 1772m, paidAt = (DateTimeOffset?)null });
    }

    public static async Task LandProjectAsync(MixedDayContext c)
    {
        var enterprise = c.AnyEnterprise();
        var code = (await c.Api.PostAsync(Planner, "/api/landuse/projects", new
        {
            supplyType = "transfer", projectName = $"南川工业园区新材料产业园{c.Next()}期", creditCode = enterprise.CreditCode, enterpriseName = enterprise.Name,
            smallLowRiskSocialInvestment = false, majorOrSpecialWorks = false, collectiveOrJointHousing = false,
        })).Text("code");
        var surveyed = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-40));
        await c.Api.PostAsync(Planner, $"/api/landuse/projects/{code}/stages/1/submission",
            new { materials = new[] { "1.1", "1.2", "1.3" }, topographicMapSurveyedOn = surveyed, commitmentRoute = false });
        var catalogue = await c.Api.GetAsync(Planner, "/api/landuse/catalogue/transfer");
        var outputs = catalogue["stages"]!.AsArray().First(s => s!["number"]!.GetValue<int>() == 1)!["outputs"]!.AsArray()
            .ToDictionary(o => o!["key"]!.GetValue<string>(), _ => $"南川规〔{surveyed.Year}〕{c.Next() % 900 + 100}号");
        await c.Api.PostAsync(Planner, $"/api/landuse/projects/{code}/stages/1/completion", new { outputs });
    }

    public static async Task InspectionAsync(MixedDayContext c)
    {
        var enterprise = c.AnyEnterprise();
        var id = (await c.Api.PostAsync(Inspector, "/api/enforcement/inspections", new
        {
            creditCode = enterprise.CreditCode, enterpriseName = enterprise.Name, exceptionType = "complaint", exceptionBasis = c.Pick(Complaints),
            linkedCaseId = (Guid?)null, inspectors = new[] { "应急局 陈某", "应急局 何某" }, visitedAt = (DateTimeOffset?)null,
        })).Id();
        await c.Api.PostAsync(Inspector, $"/api/enforcement/inspections/{id}/findings", new
        {
            findings = new object[]
            {
                new { itemCode = "IN-01", outcome = "compliant", note = (string?)null, rectificationWorkingDays = (int?)null, serious = (bool?)null },
                new { itemCode = "IN-02", outcome = "rectificationRequired", note = "危化品仓库未落实双人双锁管理", rectificationWorkingDays = (int?)5, serious = (bool?)null },
            },
        });
        await c.Api.PostAsync(Inspector, $"/api/enforcement/inspections/{id}/rectifications/IN-02/completion", new { note = "复查确认：已落实双人双锁管理。" });
    }

    /// <summary>Published and registered for; the draw comes after the registration period, days later, so not in this hour.</summary>
    public static async Task WorksProjectAsync(MixedDayContext c)
    {
        var village = c.Next() % Villages.Length;
        var owner = new Actor($"ent-{VillageBodies[village]}", Villages[village], Roles.Enterprise, null, People.CreditCode("N2500119", VillageBodies[village]), Channels.Web);
        var id = (await c.Api.PostAsync(owner, "/api/procurement/projects", new
        {
            title = $"{Villages[village][..6]}产业便道建设工程（{c.Next()}）", supervisingDepartment = "区农业农村委", fundingSource = "fiscal",
            value = 420_000m + 1_000m * (c.Next() % 800), method = "randomDraw", justification = (string?)null, proposedContractor = (object?)null,
        })).Id();
        foreach (var (name, body) in Builders)
            await c.Api.PostAsync(new Enterprise(name, People.CreditCode("91500119", body)).User, $"/api/procurement/projects/{id}/registrations", new { quote = (decimal?)null });
    }

    public static async Task AgreementAsync(MixedDayContext c)
    {
        var enterprise = c.AnyEnterprise();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var id = (await c.Api.PostAsync(Park, "/api/incentives/agreements", new
        {
            number = $"NCGYY-{today.Year}-{c.Next() + 100:D4}", creditCode = enterprise.CreditCode, enterpriseName = enterprise.Name, project = "新能源电池材料生产基地",
            signedOn = today,
            milestones = new object[]
            {
                new { code = "E1", kind = "constructionStart", description = "项目开工建设", target = (decimal?)null, dueDate = today.AddDays(20) },
                new { code = "E2", kind = "investment", description = "固定资产投资不低于1亿元", target = (decimal?)100_000_000m, dueDate = today.AddYears(1) },
            },
            incentives = new object[]
            {
                new { code = "G1", kind = "subsidy", basis = "agreement", policy = (string?)null, description = "开工建设奖励", condition = "按期开工建设",
                    conditionMilestone = (string?)"E1", amount = 500_000m },
                new { code = "G2", kind = "infrastructure", basis = "agreement", policy = (string?)null, description = "厂区道路及管网配套", condition = "签约即实施",
                    conditionMilestone = (string?)null, amount = 1_200_000m },
            },
        })).Id();
        var route = $"/api/incentives/agreements/{id}";
        await c.Api.PostAsync(Park, $"{route}/milestones/E1/fulfilment", new { fulfilledOn = today, evidence = "施工许可证及开工报告" });
        await c.Api.PostAsync(Park, $"{route}/incentives/G1/review", new
        {
            departments = new[] { "工业园区管委会", "区经济信息委", "区财政局" }, confirmedAmount = 500_000m, opinion = "企业已按期开工，符合协议约定，建议兑现50万元",
        });
        await c.Api.PostAsync(People.BusinessOffice, $"{route}/incentives/G1/decision", new { amount = 500_000m, meeting = "南川区政府企业“双兑现”工作领导小组会议纪要" });
        await c.Api.PostAsync(Finance, $"{route}/incentives/G1/funds", new { amount = 500_000m, payBy = today.AddDays(10) });
        await c.Api.PostAsync(Finance, $"{route}/incentives/G1/payments", new { amount = 500_000m, paidOn = today, voucher = $"南财支〔{today.Year}〕{c.Next() % 9000 + 1000:D4}号" });
    }

    public static async Task DisputeAsync(MixedDayContext c)
    {
        var enterprise = c.AnyEnterprise();
        var unit = People.Handler(c.Pick(DisputeUnits), "调解员");
        var preLitigation = c.Chance(50);
        var id = (await c.Api.PostAsync(Court, "/api/judiciary/cases", new
        {
            creditCode = enterprise.CreditCode, enterpriseName = enterprise.Name, subject = "买卖合同纠纷：货款48万元逾期未付", stage = preLitigation ? "preLitigation" : "litigation", visits = 1,
            parties = new object[] { new { kind = "organisation", name = "重庆某建材贸易有限公司", phone = (string?)null }, new { kind = "naturalPerson", name = "李明华", phone = "13812345678" } },
        })).Id();
        var route = $"/api/judiciary/cases/{id}";
        await c.Api.PostAsync(Court, $"{route}/referral", new { note = "双方均为本区企业，建议属地调处。" });
        await c.Api.PostAsync(Centre, $"{route}/assignment", new { unitId = unit.DepartmentId, workingDays = (int?)null });
        var resolved = c.Chance(60);
        await c.Api.PostAsync(unit, $"{route}/mediation/result", new { resolved, summary = resolved ? "双方达成调解协议，被申请人分期支付。" : "双方分歧较大，调解不成。" });
        if (!resolved && preLitigation) await c.Api.PostAsync(Court, $"{route}/litigation", new { note = "诉前调解不成，依法登记立案。" });
    }

    /// <summary>Each vote by a citizen of its own, so no per-voter rule (once a case a day, five cases a day) refuses it.</summary>
    public static Task VoteAsync(MixedDayContext c) =>
        c.Api.PostAsync(People.Voter(10_000_000 + c.Next()), $"/api/awards/contests/{c.Year}/votes", new { entryId = c.Pick(c.Entries) });

    public static Task BoardAsync(MixedDayContext c) => c.Api.GetAsync(People.BusinessOffice, "/api/grievances/board");

    public static Task DepartmentListAsync(MixedDayContext c) => c.Api.GetAsync(People.Handler(c.Pick(GrievanceUnits)), "/api/grievances/pages?limit=50");

    public static Task EnterpriseThreadAsync(MixedDayContext c)
    {
        var enterprise = c.AnyEnterprise();
        return c.Api.GetAsync(enterprise.User, $"/api/oversight/enterprises/{enterprise.CreditCode}/thread?limit=50");
    }
}
