using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.LandUse.Contracts;
using Nanchuan.LandUse.Domain.Catalogue;

namespace Nanchuan.LandUse;

/// <summary>LandUse (用地审批"一码办"): one code for the whole land life-cycle. Schema `landuse`, endpoints under `/api/landuse`.</summary>
public sealed class LandUseModule : INanchuanModule
{
    public string Name => "LandUse";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ILandUseStageCatalogue, StageCatalogue>();
    }
}
