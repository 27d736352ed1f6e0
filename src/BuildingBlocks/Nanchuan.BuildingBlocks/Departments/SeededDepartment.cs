namespace Nanchuan.BuildingBlocks.Departments;

/// <summary>A unit the platform ships in its directory (ADR 0059): its stable id, its Chinese and English names, its kind.</summary>
public sealed record SeededDepartment(string Id, string Name, string EnglishName, DepartmentKind Kind);

/// <summary>
/// The units the specification and the modules named before the directory existed (ADR 0059). At start-up the platform
/// records each one the database does not hold yet; an admin adds, renames and deactivates from there.
/// </summary>
public static class DepartmentSeed
{
    public static readonly IReadOnlyList<SeededDepartment> All =
    [
        new("qu-yingshangban", "区营商办", "District Business Environment Office", DepartmentKind.DistrictDepartment),
        new("qu-fagaiwei", "区发展改革委", "District Development and Reform Commission", DepartmentKind.DistrictDepartment),
        new("qu-jingxinwei", "区经济信息委", "District Economy and Information Technology Commission", DepartmentKind.DistrictDepartment),
        new("qu-shichangjianguanju", "区市场监管局", "District Market Supervision Administration", DepartmentKind.DistrictDepartment),
        new("qu-guihuaziranziyuanju", "区规划自然资源局", "District Planning and Natural Resources Bureau", DepartmentKind.DistrictDepartment),
        new("qu-chengshiguanliju", "区城市管理局", "District Urban Management Bureau", DepartmentKind.DistrictDepartment),
        new("qu-zhufangchengxiangjianwei", "区住房城乡建委", "District Housing and Urban-Rural Development Commission", DepartmentKind.DistrictDepartment),
        new("qu-jiaotongyunshuwei", "区交通运输委", "District Transport Commission", DepartmentKind.DistrictDepartment),
        new("qu-shuiliju", "区水利局", "District Water Resources Bureau", DepartmentKind.DistrictDepartment),
        new("qu-nongyenongcunwei", "区农业农村委", "District Agriculture and Rural Affairs Commission", DepartmentKind.DistrictDepartment),
        new("qu-caizhengju", "区财政局", "District Finance Bureau", DepartmentKind.DistrictDepartment),
        new("qu-sifaju", "区司法局", "District Justice Bureau", DepartmentKind.DistrictDepartment),
        new("qu-shengtaihuanjingju", "区生态环境局", "District Ecology and Environment Bureau", DepartmentKind.DistrictDepartment),
        new("qu-yingjiguanliju", "区应急管理局", "District Emergency Management Bureau", DepartmentKind.DistrictDepartment),
        new("qu-shangwuwei", "区商务委", "District Commerce Commission", DepartmentKind.DistrictDepartment),
        new("qu-weishengjiankangwei", "区卫生健康委", "District Health Commission", DepartmentKind.DistrictDepartment),
        new("qu-renlishebaoju", "区人力社保局", "District Human Resources and Social Security Bureau", DepartmentKind.DistrictDepartment),
        new("qu-gonganju", "区公安局", "District Public Security Bureau", DepartmentKind.DistrictDepartment),
        new("qu-shuiwuju", "区税务局", "District Taxation Bureau", DepartmentKind.DistrictDepartment),
        new("qu-jiaowei", "区教委", "District Education Commission", DepartmentKind.DistrictDepartment),
        new("qu-zhengwufuwuzhongxin", "区政务服务中心", "District Government Service Centre", DepartmentKind.DistrictDepartment),
        new("gongyeyuanqu-guanweihui", "工业园区管委会", "Industrial Park Management Committee", DepartmentKind.DistrictDepartment),
        new("qu-jiweijianwei", "区纪委监委", "District Commission for Discipline Inspection and Supervision", DepartmentKind.DistrictDepartment),
        new("qu-renda-changweihui", "区人大常委会", "Standing Committee of the District People's Congress", DepartmentKind.DistrictDepartment),
        new("qu-fayuan", "区法院", "District People's Court", DepartmentKind.CourtOrCentre),
        new("qu-maotiaozhongxin", "区矛调中心", "District Conflict Mediation Centre", DepartmentKind.CourtOrCentre),
        new("guowang-nanchuan-gongdian", "国网南川供电公司", "State Grid Nanchuan Power Supply Company", DepartmentKind.Provider),
        new("nanchuan-ranqi", "南川燃气公司", "Nanchuan Gas Company", DepartmentKind.Provider),
        new("nanchuan-tianranqi", "南川区天然气有限公司", "Nanchuan Natural Gas Co., Ltd.", DepartmentKind.Provider),
        new("nanchuan-zilaishui", "南川区自来水公司", "Nanchuan Water Supply Company", DepartmentKind.Provider),
        new("zeyu-gongshui", "泽禹供水公司", "Zeyu Water Supply Company", DepartmentKind.Provider),
        new("dongcheng-jiedao", "东城街道办事处", "Dongcheng Street Office", DepartmentKind.TownOrStreet),
        new("nancheng-jiedao", "南城街道办事处", "Nancheng Street Office", DepartmentKind.TownOrStreet),
        new("xicheng-jiedao", "西城街道办事处", "Xicheng Street Office", DepartmentKind.TownOrStreet),
        new("nanping-zhen", "南平镇人民政府", "Nanping Town Government", DepartmentKind.TownOrStreet),
        new("shuijiang-zhen", "水江镇人民政府", "Shuijiang Town Government", DepartmentKind.TownOrStreet),
        new("daguan-zhen", "大观镇人民政府", "Daguan Town Government", DepartmentKind.TownOrStreet),
        new("sanquan-zhen", "三泉镇人民政府", "Sanquan Town Government", DepartmentKind.TownOrStreet),
        new("jinshan-zhen", "金山镇人民政府", "Jinshan Town Government", DepartmentKind.TownOrStreet),
        new("toudu-zhen", "头渡镇人民政府", "Toudu Town Government", DepartmentKind.TownOrStreet),
    ];

    /// <summary>
    /// The id of a value stored before units were chosen by id, when the request carried the unit's name (ADR 0060):
    /// a seeded unit's original name gives its id; anything else stays as it was (it matches no unit).
    /// </summary>
    public static string IdForLegacyName(string value) =>
        All.FirstOrDefault(unit => unit.Name == value.Trim())?.Id ?? value;

    public static SeededDepartment ByName(string name) => All.Single(unit => unit.Name == name);
}
