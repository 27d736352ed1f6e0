namespace Nanchuan.Architecture.Tests.Model;

/// <summary>A type of another assembly that a type uses (in its signature, attributes or method bodies).</summary>
/// <param name="User">The using type; code the compiler generates for it (lambdas, async state machines) counts as its own.
/// Types a source generator adds (Marten's evolvers, file-local types named &lt;…&gt;) are not read.</param>
/// <param name="UserNamespace">The using type's namespace.</param>
/// <param name="UsedAssembly">Simple name of the assembly the used type is defined in.</param>
/// <param name="UsedType">Full name of the used type.</param>
public sealed record TypeUse(string User, string UserNamespace, string UsedAssembly, string UsedType);

/// <summary>A call to a method named Apply declared in a Nanchuan assembly: the way an event changes an aggregate.</summary>
/// <param name="Caller">The calling type (compiler-generated code counts as its owner's).</param>
/// <param name="CallerIsProjection">The caller derives from a Marten projection base type.</param>
/// <param name="CallerIsAggregate">The caller declares an Apply of an event (IDescribedEvent) itself: an aggregate, handing an event to a part of it.</param>
/// <param name="Callee">The type declaring the Apply that is called.</param>
public sealed record ApplyCall(string Caller, bool CallerIsProjection, bool CallerIsAggregate, string Callee);

/// <summary>A Wolverine handler method (Handle/Consume, async or not) and the assembly of the message it takes.</summary>
public sealed record HandlerFacts(string Handler, string MessageType, string MessageAssembly);
