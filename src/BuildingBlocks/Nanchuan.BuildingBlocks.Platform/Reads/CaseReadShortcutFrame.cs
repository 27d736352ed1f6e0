using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using JasperFx.CodeGeneration.Model;
using JasperFx.Core.Reflection;
using Microsoft.AspNetCore.Http;

namespace Nanchuan.BuildingBlocks.Platform.Reads;

/// <summary>
/// Woven first into a GET endpoint answering an <see cref="Events.ISingleStreamCaseView"/>, before it reads the case:
/// <c>if (CaseReads.NotModifiedSinceLastAnswer(httpContext)) return;</c> — a 304 without a database round trip (ADR 0168).
/// </summary>
internal sealed class CaseReadShortcutFrame : SyncFrame
{
    private Variable? _httpContext;

    public override IEnumerable<Variable> FindVariables(IMethodVariables chain)
    {
        _httpContext = chain.FindVariable(typeof(HttpContext));
        yield return _httpContext;
    }

    public override void GenerateCode(GeneratedMethod method, ISourceWriter writer)
    {
        writer.WriteComment("A conditional read this node answered before, of a case unchanged since: 304 from memory (ADR 0168)");
        writer.Write($"if ({typeof(CaseReads).FullNameInCode()}.{nameof(CaseReads.NotModifiedSinceLastAnswer)}({_httpContext!.Usage})) return;");
        Next?.GenerateCode(method, writer);
    }
}
