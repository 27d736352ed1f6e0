using System.Reflection;
using System.Runtime.CompilerServices;
using Nanchuan.Architecture.Tests.Model;
using Nanchuan.BuildingBlocks.Events;
using Nanchuan.BuildingBlocks.Platform.Code;

namespace Nanchuan.Architecture.Tests.Reading;

/// <summary>
/// Reads what the types of a module implementation use and call: their signatures and attributes by reflection, their
/// method bodies by walking the IL for the member and type tokens it names.
/// </summary>
internal static class CodeReader
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static (List<TypeUse> Uses, List<ApplyCall> Calls, List<HandlerFacts> Handlers) Read(Assembly assembly, IEnumerable<Type> types)
    {
        var uses = new HashSet<TypeUse>();
        var calls = new HashSet<ApplyCall>();
        var handlers = new List<HandlerFacts>();
        foreach (var type in types)
        {
            var owner = Owner(type);
            if (owner.Name.StartsWith('<')) continue; // a source generator's file-local type (Marten's aggregate evolvers)
            var isProjection = IsProjection(owner);
            var isAggregate = owner.GetMethods(Declared).Any(m => m.Name == "Apply" && m.GetParameters().Any(p => typeof(IDescribedEvent).IsAssignableFrom(p.ParameterType)));
            void Use(Type? used)
            {
                foreach (var t in Expand(used))
                    if (t.Assembly != assembly) uses.Add(new TypeUse(owner.FullName!, owner.Namespace ?? "", t.Assembly.GetName().Name!, t.FullName ?? t.Name));
            }

            Use(type.BaseType);
            foreach (var i in type.GetInterfaces()) Use(i);
            foreach (var a in type.CustomAttributes) Use(a.AttributeType);
            foreach (var f in type.GetFields(Declared)) Use(f.FieldType);
            foreach (var p in type.GetProperties(Declared)) Use(p.PropertyType);
            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                foreach (var a in method.CustomAttributes) Use(a.AttributeType);
                foreach (var p in method.GetParameters()) Use(p.ParameterType);
                if (method is MethodInfo info)
                {
                    Use(info.ReturnType);
                    if (IsHandler(info) && info.GetParameters() is [var message, ..])
                        handlers.Add(new HandlerFacts(owner.FullName!, message.ParameterType.FullName ?? message.ParameterType.Name, message.ParameterType.Assembly.GetName().Name!));
                }
                foreach (var member in MethodBodies.MembersNamedBy(method))
                {
                    switch (member)
                    {
                        case Type t: Use(t); break;
                        case FieldInfo f: Use(f.DeclaringType); Use(f.FieldType); break;
                        case MethodBase m:
                            Use(m.DeclaringType);
                            if (m.Name == "Apply" && m.DeclaringType is { } callee && callee.Assembly.GetName().Name!.StartsWith(AssemblyRoles.Prefix, StringComparison.Ordinal))
                                calls.Add(new ApplyCall(owner.FullName!, isProjection, isAggregate, callee.FullName!));
                            break;
                    }
                }
            }
        }
        return (uses.ToList(), calls.ToList(), handlers);
    }

    /// <summary>The type the code belongs to: compiler-generated closures and state machines belong to the type declaring them.</summary>
    private static Type Owner(Type type)
    {
        while (type.DeclaringType is { } outer && (type.Name.StartsWith('<') || type.IsDefined(typeof(CompilerGeneratedAttribute), false))) type = outer;
        return type;
    }

    private static bool IsProjection(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
            if (t.Namespace is { } ns && (ns.StartsWith("Marten", StringComparison.Ordinal) || ns.StartsWith("JasperFx", StringComparison.Ordinal)) && t.Name.Contains("Projection", StringComparison.Ordinal))
                return true;
        return false;
    }

    private static bool IsHandler(MethodInfo method) =>
        method.IsPublic && method.Name is "Handle" or "HandleAsync" or "Consume" or "ConsumeAsync";

    /// <summary>A type with its generic arguments and element types.</summary>
    private static IEnumerable<Type> Expand(Type? type)
    {
        if (type is null || type.IsGenericParameter) yield break;
        if (type.HasElementType)
        {
            foreach (var t in Expand(type.GetElementType())) yield return t;
            yield break;
        }
        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
            foreach (var argument in type.GetGenericArguments())
                foreach (var t in Expand(argument)) yield return t;
    }
}
