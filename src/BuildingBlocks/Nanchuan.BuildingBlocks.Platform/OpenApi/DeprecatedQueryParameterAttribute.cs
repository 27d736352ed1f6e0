namespace Nanchuan.BuildingBlocks.Platform.OpenApi;

/// <summary>
/// Marks a query parameter of the endpoint as deprecated in the OpenAPI document, naming the one that replaces it
/// (<see cref="DeprecatedParameterOperationFilter"/>). The endpoint still reads it; the ADR that deprecated it says until when.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class DeprecatedQueryParameterAttribute(string name, string replacedBy) : Attribute
{
    public string Name { get; } = name;
    public string ReplacedBy { get; } = replacedBy;
}
