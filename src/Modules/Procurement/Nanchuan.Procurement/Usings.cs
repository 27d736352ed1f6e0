// The namespaces nearly every use-case folder needs (endpoints, the write pipeline, access, the domain), once for the module.
global using Marten;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Mvc;
global using Nanchuan.BuildingBlocks.Actors;
global using Nanchuan.BuildingBlocks.Errors;
global using Nanchuan.BuildingBlocks.Events;
global using Nanchuan.BuildingBlocks.Platform.Actors;
global using Nanchuan.BuildingBlocks.Platform.Writes;
global using Nanchuan.Procurement.Access;
global using Nanchuan.Procurement.Domain;
global using Nanchuan.Procurement.Oversight;
global using Wolverine;
global using Wolverine.Http;
global using Quarter = Nanchuan.BuildingBlocks.Calendar.Quarter;
global using BeijingTime = Nanchuan.BuildingBlocks.Calendar.BeijingTime;
