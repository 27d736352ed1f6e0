namespace Nanchuan.BuildingBlocks.Events;

/// <summary>A request or response type that shows an example of itself in the OpenAPI document (Chinese data where it is user text).</summary>
public interface IOpenApiExample<out TSelf>
{
    static abstract TSelf Example { get; }
}
