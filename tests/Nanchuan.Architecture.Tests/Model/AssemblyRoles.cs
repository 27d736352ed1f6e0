namespace Nanchuan.Architecture.Tests.Model;

public enum AssemblyKind
{
    /// <summary>Not a Nanchuan assembly: the base class library, the ASP.NET Core framework or a NuGet package.</summary>
    External,
    /// <summary>Nanchuan.BuildingBlocks: plain C# shared by everyone.</summary>
    BuildingBlocks,
    /// <summary>Nanchuan.BuildingBlocks.Platform: Marten, Wolverine and ASP.NET Core wiring.</summary>
    Platform,
    /// <summary>Nanchuan.Host: the composition root.</summary>
    Host,
    /// <summary>Nanchuan.&lt;Module&gt;.</summary>
    ModuleImplementation,
    /// <summary>Nanchuan.&lt;Module&gt;.Contracts.</summary>
    ModuleContracts,
    /// <summary>Nanchuan.Testing and Nanchuan.*.Tests.</summary>
    Test,
    /// <summary>A Nanchuan.* name that fits none of the above (e.g. Nanchuan.Licensing.Domain).</summary>
    UnknownNanchuan,
}

/// <param name="Kind">What the assembly is.</param>
/// <param name="Module">The module name for module implementations and contracts, otherwise null.</param>
public readonly record struct AssemblyRole(AssemblyKind Kind, string? Module)
{
    public bool IsNanchuan => Kind != AssemblyKind.External;

    public string Describe() => Kind switch
    {
        AssemblyKind.External => "an external assembly",
        AssemblyKind.BuildingBlocks => "the plain building blocks",
        AssemblyKind.Platform => "the platform infrastructure",
        AssemblyKind.Host => "the Host (composition root)",
        AssemblyKind.ModuleImplementation => $"the implementation of module {Module}",
        AssemblyKind.ModuleContracts => $"the public contract of module {Module}",
        AssemblyKind.Test => "a test assembly",
        _ => "a Nanchuan assembly that is neither a building block, the Host, nor a module (Nanchuan.<Module> / Nanchuan.<Module>.Contracts)",
    };
}

/// <summary>Tells what a Nanchuan assembly is from its name alone, so new modules are covered without editing the tests.</summary>
public static class AssemblyRoles
{
    public const string Prefix = "Nanchuan.";
    public const string BuildingBlocks = "Nanchuan.BuildingBlocks";
    public const string Platform = "Nanchuan.BuildingBlocks.Platform";
    public const string Host = "Nanchuan.Host";
    public const string ContractsSuffix = "Contracts";

    private static readonly HashSet<string> Reserved = ["BuildingBlocks", "Host", "Testing"];

    public static AssemblyRole Of(string assemblyName)
    {
        if (!assemblyName.StartsWith(Prefix, StringComparison.Ordinal)) return new(AssemblyKind.External, null);
        switch (assemblyName)
        {
            case BuildingBlocks: return new(AssemblyKind.BuildingBlocks, null);
            case Platform: return new(AssemblyKind.Platform, null);
            case Host: return new(AssemblyKind.Host, null);
            case "Nanchuan.Testing": return new(AssemblyKind.Test, null);
        }
        if (assemblyName.EndsWith(".Tests", StringComparison.Ordinal)) return new(AssemblyKind.Test, null);

        var parts = assemblyName[Prefix.Length..].Split('.');
        if (parts[0].Length == 0 || Reserved.Contains(parts[0])) return new(AssemblyKind.UnknownNanchuan, null);
        return parts switch
        {
            [var module] => new(AssemblyKind.ModuleImplementation, module),
            [var module, ContractsSuffix] => new(AssemblyKind.ModuleContracts, module),
            _ => new(AssemblyKind.UnknownNanchuan, null),
        };
    }

    public static string ImplementationOf(string module) => Prefix + module;
    public static string ContractsOf(string module) => $"{Prefix}{module}.{ContractsSuffix}";
}
