// The namespaces most of the module's use-case folders need, once for the module (as in Enforcement).
global using Marten;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Mvc;
global using Nanchuan.BuildingBlocks.Actors;
global using Nanchuan.BuildingBlocks.Errors;
global using Nanchuan.BuildingBlocks.Events;
global using Nanchuan.BuildingBlocks.Platform.Actors;
global using Nanchuan.Utilities.Access;
global using Nanchuan.Utilities.Domain.Deadlines;
global using Wolverine.Http;
