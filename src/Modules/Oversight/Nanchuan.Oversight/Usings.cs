// The namespaces nearly every use-case folder needs (endpoints, access, the domain), once for the module.
global using Marten;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Mvc;
global using Nanchuan.BuildingBlocks.Actors;
global using Nanchuan.BuildingBlocks.Errors;
global using Nanchuan.BuildingBlocks.Events;
global using Nanchuan.BuildingBlocks.Oversight;
global using Nanchuan.BuildingBlocks.Platform.Actors;
global using Nanchuan.Oversight.Access;
global using Nanchuan.Oversight.Domain;
global using Nanchuan.Oversight.Reports;
global using Wolverine;
global using Wolverine.Http;
