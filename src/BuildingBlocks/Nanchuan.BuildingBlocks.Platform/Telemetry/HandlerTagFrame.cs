using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using JasperFx.CodeGeneration.Model;
using JasperFx.Core.Reflection;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Telemetry;

/// <summary>
/// Woven first into every endpoint in place of Wolverine's own tagging (ADR 0184): the request's span gets the endpoint's
/// `handler.type`, `http.route` and `http.request.method` only when a trace records it. ASP.NET Core makes that activity for
/// every request (the correlation id of the log scope is its root id, ADR 0161); Wolverine tagged it on every request,
/// three tag nodes under a lock each, though without tracing (ADR 0091: off unless something receives spans) nobody reads them.
/// </summary>
internal sealed class HandlerTagFrame(HttpChain endpoint) : SyncFrame
{
    private const string WolverinePolicy = "Wolverine.Http.CodeGen.TagHttpHandlerPolicy";
    private Variable? _httpContext;

    /// <summary>Takes Wolverine's tagging policy out of <paramref name="options"/>; fails the start if it is no longer there to take.</summary>
    public static void ReplaceWolverineTagging(WolverineHttpOptions options)
    {
        if (options.Policies.RemoveAll(policy => policy.GetType().FullName == WolverinePolicy) != 1)
            throw new InvalidOperationException($"{WolverinePolicy} not found: check how this Wolverine version tags the request's span (ADR 0184).");
    }

    public static void Apply(HttpChain chain) => chain.Middleware.Insert(0, new HandlerTagFrame(chain));

    public override IEnumerable<Variable> FindVariables(IMethodVariables chain)
    {
        _httpContext = chain.FindVariable(typeof(HttpContext));
        yield return _httpContext;
    }

    public override void GenerateCode(GeneratedMethod method, ISourceWriter writer)
    {
        var handlerType = endpoint.Method.HandlerType.FullNameInCode();
        var httpMethod = endpoint.HttpMethods.Count() == 1 ? $"\"{endpoint.HttpMethods.Single()}\"" : $"{_httpContext!.Usage}.Request.Method";
        writer.WriteComment("The span's endpoint tags, only when a trace records it (ADR 0184)");
        writer.Write($"if ({typeof(HttpHandler).FullNameInCode()}.{nameof(HttpHandler.RequestActivity)}({_httpContext!.Usage}) is {{ Recorded: true }} requestActivity) " +
            $"requestActivity.SetTag(\"handler.type\", \"{handlerType}\").SetTag(\"http.route\", \"{endpoint.RoutePattern?.RawText}\").SetTag(\"http.request.method\", {httpMethod});");
        Next?.GenerateCode(method, writer);
    }
}
