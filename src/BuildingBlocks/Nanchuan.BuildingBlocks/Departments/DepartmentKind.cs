namespace Nanchuan.BuildingBlocks.Departments;

/// <summary>What kind of body a unit of the directory (机构目录) is.</summary>
public enum DepartmentKind
{
    /// <summary>区级部门: a district department, commission, office or committee.</summary>
    DistrictDepartment,
    /// <summary>镇街: a town government or a street office.</summary>
    TownOrStreet,
    /// <summary>国有企业 / 公共服务企业: a state-owned company or utility provider (power, gas, water).</summary>
    Provider,
    /// <summary>区法院、区矛调中心: the court and the conflict-mediation centre.</summary>
    CourtOrCentre,
}
