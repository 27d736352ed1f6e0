// The namespaces most of the module's use-case folders need, once for the module (as in Enforcement).
global using Marten;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Mvc;
global using Nanchuan.BuildingBlocks.Actors;
global using Nanchuan.BuildingBlocks.Events;
global using Nanchuan.Grievances.Domain;
global using Wolverine.Http;
