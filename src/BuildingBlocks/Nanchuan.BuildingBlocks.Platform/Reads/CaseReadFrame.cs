using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using JasperFx.CodeGeneration.Model;
using JasperFx.Core.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Nanchuan.BuildingBlocks.Events;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Reads;

/// <summary>
/// Woven into every GET endpoint whose answer is an <see cref="ICaseView"/>, between the endpoint's call and the writing
/// of its JSON: <c>if (CaseReads.NotModified(httpContext, view)) return;</c> — the body is neither serialised nor sent
/// when the client's copy is current (ADR 0119).
/// </summary>
internal sealed class CaseReadFrame(Variable view) : SyncFrame
{
    private Variable? _httpContext;

    /// <summary>Adds the frame to <paramref name="chain"/> if it is a GET answering a case view.</summary>
    public static void Apply(HttpChain chain)
    {
        if (!chain.HttpMethods.Contains(HttpMethods.Get) || chain.ResourceType is not { } resource || !resource.CanBeCastTo<ICaseView>()) return;
        var view = chain.Method.Creates.FirstOrDefault(variable => variable.VariableType == resource);
        if (view is null) return;
        chain.Postprocessors.Add(new CaseReadFrame(view));
        chain.Metadata.WithMetadata(new CaseViewEndpoint());
        if (resource.CanBeCastTo<ISingleStreamCaseView>() && chain.RoutePattern?.Parameters.Any(p => p.Name == "id") == true)
            chain.Middleware.Insert(0, new CaseReadShortcutFrame());
    }

    public override IEnumerable<Variable> FindVariables(IMethodVariables chain)
    {
        _httpContext = chain.FindVariable(typeof(HttpContext));
        yield return _httpContext;
        yield return view;
    }

    public override void GenerateCode(GeneratedMethod method, ISourceWriter writer)
    {
        writer.WriteComment("A case read: the case's version as ETag, and 304 when the client's copy is current (ADR 0119)");
        writer.Write($"if ({typeof(CaseReads).FullNameInCode()}.{nameof(CaseReads.NotModified)}({_httpContext!.Usage}, {view.Usage})) return;");
        Next?.GenerateCode(method, writer);
    }
}

/// <summary>Endpoint metadata: the endpoint answers a case view conditionally (documented by the OpenAPI filter).</summary>
internal sealed record CaseViewEndpoint;
