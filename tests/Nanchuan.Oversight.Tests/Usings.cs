// The namespaces every API test uses, once for the test project.
global using Alba;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Mvc;
global using Nanchuan.BuildingBlocks.Actors;
global using Nanchuan.BuildingBlocks.Oversight;
global using Nanchuan.Oversight.Reports;
global using Nanchuan.Testing;
global using Wolverine.Tracking;
