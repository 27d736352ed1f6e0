using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using JasperFx.CodeGeneration.Model;
using JasperFx.Core.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Nanchuan.BuildingBlocks.Events;
using Wolverine.Http;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Nanchuan.BuildingBlocks.Platform.Reads;

/// <summary>
/// Woven into every GET endpoint whose answer is an <see cref="ICaseView"/>, after the endpoint's call, in place of
/// Wolverine's JSON writer: <c>if (CaseReads.NotModified(httpContext, view)) return;</c> — the body is neither serialised
/// nor sent when the client's copy is current (ADR 0119) — then <c>await CaseReads.WriteAsync(httpContext, view, options);</c>,
/// the same JSON, serialised at once, with its length (ADR 0189). The last frame of such an endpoint: nothing is generated after it.
/// </summary>
internal sealed class CaseReadFrame(Variable view) : AsyncFrame
{
    private Variable? _httpContext;
    private Variable? _options;

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
        _options = chain.FindVariable(typeof(IOptions<JsonOptions>));
        yield return _options;
        yield return view;
    }

    public override void GenerateCode(GeneratedMethod method, ISourceWriter writer)
    {
        writer.WriteComment("A case read: the case's version as ETag, and 304 when the client's copy is current (ADR 0119)");
        writer.Write($"if ({typeof(CaseReads).FullNameInCode()}.{nameof(CaseReads.NotModified)}({_httpContext!.Usage}, {view.Usage})) return;");
        writer.WriteComment("The view's JSON as Wolverine would write it, serialised at once and sent with its length (ADR 0189)");
        writer.Write($"await {typeof(CaseReads).FullNameInCode()}.{nameof(CaseReads.WriteAsync)}({_httpContext.Usage}, {view.Usage}, {_options!.Usage});");
    }
}

/// <summary>Endpoint metadata: the endpoint answers a case view conditionally (documented by the OpenAPI filter).</summary>
internal sealed record CaseViewEndpoint;
