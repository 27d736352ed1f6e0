using static Nanchuan.LandUse.Contracts.AcquisitionMethod;
using static Nanchuan.LandUse.Contracts.MaterialChange;
using static Nanchuan.LandUse.Contracts.MaterialSource;

namespace Nanchuan.LandUse.Domain.Catalogue;

/// <summary>
/// The seed's attachment “一码办”各环节材料清单 as data: seven stages, every material with its change (改变做法),
/// source (来源渠道) and way of getting it (获取方式), and the conditional materials. The seed lists transfer (出让)
/// projects only; allocation (划拨) follows the same stages with the allocation decision (划拨决定书) in place of the
/// transfer contract (default, see <see cref="Allocation"/>).
/// </summary>
internal sealed class StageCatalogue : ILandUseStageCatalogue
{
    public const int StepsBefore = 13;
    public const int MaterialsBefore = 36;
    public const int ApplicantMaterialsBasePath = 6;

    public static readonly LandUseStageCatalogue Transfer = new(SupplyType.Transfer,
        [Stage1, TransferStage2, Stage3, TransferStage4, Stage5, Stage6, Stage7], StepsBefore, MaterialsBefore, ApplicantMaterialsBasePath);

    /// <summary>(default) Allocation: stage 2 is the allocation decision, handed over by the land-space platform instead of the trading centre; stage 4 registers it.</summary>
    public static readonly LandUseStageCatalogue Allocation = new(SupplyType.Allocation,
        [Stage1, AllocationStage2, Stage3, AllocationStage4, Stage5, Stage6, Stage7], StepsBefore, MaterialsBefore, ApplicantMaterialsBasePath);

    public LandUseStageCatalogue For(SupplyType supplyType) => Of(supplyType);

    public static LandUseStageCatalogue Of(SupplyType supplyType) => supplyType == SupplyType.Allocation ? Allocation : Transfer;

    private const string Map = "1:500现状地形图（含地下管网及地下建（构）筑物）";
    private const string Identity = "申请人身份证明材料";

    private static MaterialCondition OldMap => new(ConditionKind.TopographicMapOlderThanOneYear, ConditionEffect.ApplicantProvidesWhen,
        "如现势性时限超一年须由企业提供 / if the map is more than one year old the applicant provides it");

    private static CatalogueMaterial M(int stage, int number, string name, MaterialChange change, MaterialSource source, AcquisitionMethod method,
        ExternalSystem[]? systems = null, int? fromStage = null, string? mergedInto = null, params MaterialCondition[] conditions) =>
        new($"{stage}.{number}", number, name, change, source, method, systems ?? [], fromStage, mergedInto, conditions);

    private static CatalogueStage Stage1 => new(1, "用地规划条件集成", "一次发起，并行办理用地清单、勘测定界及地籍调查、规划条件", false,
        [
            M(1, 1, "用地清单初步成果", Keep, LandReserveAgency, HandedOver),
            M(1, 2, "用地地籍调查报告初步成果", Keep, LandReserveAgency, HandedOver),
            M(1, 3, Map, Keep, LandReserveAgency, HandedOver),
        ],
        [new("landList", "用地清单"), new("cadastralSurveyReport", "加盖公章的《用地地籍调查报告》"), new("planningConditions", "规划条件及附图")]);

    private static CatalogueStage TransferStage2 => new(2, "土地出让合同", "5项减为1项", true,
        [
            M(2, 1, "受让人关于签订出让合同的申请", Exempt, TradingCentre, InternalSharing, [ExternalSystem.TradingCentre]),
            M(2, 2, Identity, Exempt, TradingCentre, InternalSharing, [ExternalSystem.TradingCentre]),
            M(2, 3, "营业执照", Exempt, TradingCentre, InternalSharing, [ExternalSystem.TradingCentre]),
            M(2, 4, "成交确认书", Exempt, TradingCentre, InternalSharing, [ExternalSystem.TradingCentre]),
            M(2, 5, "不动产登记申请书", MovedEarlier, Applicant, WindowCollection),
        ],
        [new("contract", "国有建设用地使用权出让合同")]);

    private static CatalogueStage AllocationStage2 => new(2, "国有建设用地划拨决定书", "5项减为1项", true,
        [
            M(2, 1, "用地单位关于核发划拨决定书的申请", Exempt, MaterialSource.LandSpacePlatform, InternalSharing, [ExternalSystem.LandSpacePlatform]),
            M(2, 2, Identity, Exempt, MaterialSource.LandSpacePlatform, InternalSharing, [ExternalSystem.LandSpacePlatform]),
            M(2, 3, "营业执照或法人证书", Exempt, PoliceOrMarketSupervision, InterfaceSharing, [ExternalSystem.PoliceOrMarketSupervision]),
            M(2, 4, "建设项目批准、核准或备案文件", Exempt, MaterialSource.LandSpacePlatform, InternalSharing, [ExternalSystem.LandSpacePlatform]),
            M(2, 5, "不动产登记申请书", MovedEarlier, Applicant, WindowCollection),
        ],
        [new("contract", "国有建设用地划拨决定书")]);

    private static CatalogueStage Stage3 => new(3, "建设用地规划许可证", "零次跑、零材料，领取用地规划许可证", true,
        [
            M(3, 1, "建设项目规划管理报建申请表", Exempt, MaterialSource.LandSpacePlatform, InternalSharing, [ExternalSystem.LandSpacePlatform]),
            M(3, 2, "主管部门的批准、核准、备案文件", Exempt, MaterialSource.LandSpacePlatform, InternalSharing, [ExternalSystem.LandSpacePlatform]),
            M(3, 3, Identity, Exempt, MaterialSource.LandSpacePlatform, InternalSharing, [ExternalSystem.LandSpacePlatform]),
            M(3, 4, Map, Exempt, MaterialSource.LandSpacePlatform, InternalSharing, fromStage: 1, conditions: OldMap),
        ],
        [new("landPlanningPermit", "建设用地规划许可证")]);

    private static CatalogueStage TransferStage4 => RegistrationStage4("出让国有建设用地使用权首次登记", "土地出让价款缴纳凭证和完税凭证", "国有建设用地使用权出让合同、用地红线图");

    private static CatalogueStage AllocationStage4 => RegistrationStage4("划拨国有建设用地使用权首次登记", "划拨相关税费缴纳凭证和完税凭证", "国有建设用地划拨决定书、用地红线图");

    private static CatalogueStage RegistrationStage4(string name, string payment, string title) => new(4, name, "零次跑、零材料，领取不动产权证", true,
        [
            M(4, 1, "不动产登记申请书", Exempt, MaterialSource.LandSpacePlatform, InternalSharing, fromStage: 2),
            M(4, 2, payment, Exempt, NonTaxAndTaxSystems, InterfaceSharing, [ExternalSystem.NonTaxSystem, ExternalSystem.TaxSystem]),
            M(4, 3, Identity, Exempt, MaterialSource.LandSpacePlatform, InternalSharing, [ExternalSystem.LandSpacePlatform]),
            M(4, 4, title, Exempt, MaterialSource.LandSpacePlatform, InternalSharing, fromStage: 2),
            M(4, 5, "不动产权籍调查表、宗地图以及宗地界址点坐标", Exempt, MaterialSource.RealEstateRegistration, InternalSharing, [ExternalSystem.RealEstateRegistration]),
        ],
        [new("landCertificate", "不动产权证书（国有建设用地使用权）")]);

    private static CatalogueStage Stage5 => new(5, "建设工程规划许可", "10项减为3项", true,
        [
            M(5, 1, "建设项目规划管理报建申请表", Keep, Applicant, WindowCollection),
            M(5, 2, "申请人身份证明材料或委托书", Exempt, PoliceOrMarketSupervision, InterfaceSharing, [ExternalSystem.PoliceOrMarketSupervision]),
            M(5, 3, Map, Exempt, PlanningConditions, InternalSharing, fromStage: 1, conditions: OldMap),
            M(5, 4, "建设工程设计方案", Keep, Applicant, WindowCollection),
            M(5, 5, "三维仿真建筑精模", Merged, Applicant, WindowCollection, mergedInto: "5.4"),
            M(5, 6, "建设工程建筑面积及计容建筑面积明细表", Merged, Applicant, WindowCollection, mergedInto: "5.4"),
            M(5, 7, "外立面装饰细化设计图", Merged, Applicant, WindowCollection, mergedInto: "5.4"),
            M(5, 8, "建设工程技术经济指标计算书", Merged, Applicant, WindowCollection, mergedInto: "5.4"),
            M(5, 9, "土地使用证明文件及附图", Exempt, MaterialSource.RealEstateRegistration, InternalSharing, fromStage: 4,
                conditions: new MaterialCondition(ConditionKind.LandCertificateNotInRegistrationSystem, ConditionEffect.ApplicantProvidesWhen,
                    "未录入不动产登记系统的，需由申请人提供 / the applicant provides it if it is not in the registration system")),
            M(5, 10, "工业仓储类建筑工程告知承诺书", Keep, Applicant, WindowCollection,
                conditions: new MaterialCondition(ConditionKind.CommitmentRoute, ConditionEffect.RequiredOnlyWhen,
                    "企业选择以告知承诺方式办理提供该材料 / only when the enterprise chooses the commitment route")),
        ],
        [new("constructionPermit", "建设工程规划许可证")]);

    private static CatalogueStage Stage6 => new(6, "建设工程规划核验（验收）", "3项减为2项", true,
        [
            M(6, 1, "多测合一测绘成果", Keep, MultiSurveyResults, InterfaceSharing, [ExternalSystem.MultiSurvey], conditions:
            [
                new(ConditionKind.SmallLowRiskSocialInvestment, ConditionEffect.NotNeededWhen,
                    "社会投资小型低风险建设项目不需提供 / not needed for small low-risk social investment projects"),
                new(ConditionKind.MajorOrSpecialWorks, ConditionEffect.ReplacedWhen,
                    "特殊工程和交通、水利、能源等领域的重大工程提供竣工规划核实测量报告 / special and major works provide a completion verification survey report",
                    "竣工规划核实测量报告"),
            ]),
            M(6, 2, Identity, Exempt, PoliceOrMarketSupervision, InterfaceSharing, [ExternalSystem.PoliceOrMarketSupervision]),
            M(6, 3, "重庆市房屋建筑和市政基础设施工程竣工联合验收申报表", Keep, Applicant, WindowCollection),
        ],
        [new("completionConfirmation", "建设工程竣工规划核实确认书")]);

    private static CatalogueStage Stage7 => new(7, "国有建设用地使用权及房屋所有权首次登记", "6项减为3项", true,
        [
            M(7, 1, "不动产登记申请书", Keep, Applicant, WindowCollection),
            M(7, 2, "申请人身份证明", Exempt, PoliceOrMarketSupervision, InterfaceSharing, [ExternalSystem.PoliceOrMarketSupervision]),
            M(7, 3, "《建设工程竣工规划核实确认书》", Exempt, MaterialSource.LandSpacePlatform, InternalSharing, fromStage: 6),
            M(7, 4, "房地产调查报告", Keep, Applicant, WindowCollection),
            M(7, 5, "集资建房、经济适用房的批准文件或联建及房屋分配协议", Keep, Applicant, WindowCollection,
                conditions: new MaterialCondition(ConditionKind.CollectiveOrJointHousing, ConditionEffect.RequiredOnlyWhen,
                    "属集资建房或经济适用房的应提交有权部门的批准文件，属联建项目的应提交联建及房屋分配协议 / collective, affordable or joint-construction housing only")),
            M(7, 6, "不动产权属证书或土地权属来源材料", Exempt, MaterialSource.RealEstateRegistration, InternalSharing, fromStage: 4),
        ],
        [new("propertyCertificate", "不动产权证书（房地一体）")]);
}
