using System.Collections.Concurrent;

namespace Nanchuan.BuildingBlocks.Platform.Requests;

/// <summary>
/// The types Wolverine reads request bodies into, collected from its endpoints when it builds them (before any request):
/// only these get the body checks of <see cref="RequestBodyConverterFactory"/>.
/// </summary>
public sealed class RequestBodyTypes
{
    private readonly ConcurrentDictionary<Type, bool> types = new();

    public bool Contains(Type type) => types.ContainsKey(type);

    public IReadOnlyCollection<Type> All => types.Keys.ToList();

    internal void Add(Type? type)
    {
        if (type is not null) types.TryAdd(type, true);
    }
}
