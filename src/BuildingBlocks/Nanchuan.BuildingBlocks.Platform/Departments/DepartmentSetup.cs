using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Openings;

namespace Nanchuan.BuildingBlocks.Platform.Departments;

/// <summary>The departments and units directory (机构目录, ADR 0059) as platform reference data, stored like the holiday calendar.</summary>
public static class DepartmentSetup
{
    public static void AddDepartmentDirectory(this IServiceCollection services) => services.AddPlatformOpening<DepartmentBootstrap>();

    public static void ConfigureDepartmentStorage(this StoreOptions options)
    {
        options.Projections.Snapshot<DepartmentRecord>(SnapshotLifecycle.Inline);
        options.Schema.For<DepartmentRecord>().DatabaseSchemaName(PlatformHosting.PlatformSchema).UniqueIndex(r => r.DepartmentId);
    }
}
