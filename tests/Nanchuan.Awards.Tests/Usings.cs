// The namespaces every API test uses, once for the test project.
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Mvc;
global using Nanchuan.Awards.Domain;
global using Nanchuan.Testing;
global using Wolverine.Tracking;
global using static Nanchuan.Awards.Tests.BeijingTime;
