using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using JasperFx.CodeGeneration.Model;
using Marten;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Reads;

/// <summary>
/// Woven into every GET endpoint that reads through an <see cref="IQuerySession"/>:
/// <c>await using var querySession = documentStore.QuerySession();</c>, which the endpoint's session parameter then takes.
/// Left alone, Wolverine gives any Marten session parameter its outboxed document session and a new message context,
/// the write path's unit of work, though a read never saves nor sends (ADR 0183).
/// </summary>
internal sealed class QuerySessionFrame : AsyncFrame
{
    private Variable? _store;

    private QuerySessionFrame() => Session = new Variable(typeof(IQuerySession), "querySession", this);

    public Variable Session { get; }

    /// <summary>Adds the frame to <paramref name="chain"/> if it is a GET whose endpoint takes a query session, after the 304 from memory if there is one.</summary>
    public static void Apply(HttpChain chain)
    {
        if (chain.HttpMethods.Count() != 1 || !chain.HttpMethods.Contains(HttpMethods.Get)) return;
        if (!chain.Method.Method.GetParameters().Any(p => p.ParameterType == typeof(IQuerySession))) return;
        var shortcut = chain.Middleware.FindIndex(frame => frame is CaseReadShortcutFrame);
        chain.Middleware.Insert(shortcut + 1, new QuerySessionFrame());
    }

    public override IEnumerable<Variable> FindVariables(IMethodVariables chain)
    {
        _store = chain.FindVariable(typeof(IDocumentStore));
        yield return _store;
    }

    public override void GenerateCode(GeneratedMethod method, ISourceWriter writer)
    {
        writer.WriteComment("A read: a query session, not the outboxed document session of a write (ADR 0183)");
        writer.Write($"await using var {Session.Usage} = {_store!.Usage}.{nameof(IDocumentStore.QuerySession)}();");
        Next?.GenerateCode(method, writer);
    }
}
