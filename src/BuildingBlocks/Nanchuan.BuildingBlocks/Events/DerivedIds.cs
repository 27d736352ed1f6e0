using System.Security.Cryptography;
using System.Text;

namespace Nanchuan.BuildingBlocks.Events;

/// <summary>
/// Ids derived from a name (a year's holiday schedule, a year's slip ledger, a catalogue item's code): every node and
/// every run finds the same stream or document without a lookup. The name must be namespaced ("nanchuan:{what}:{key}").
/// </summary>
public static class DerivedIds
{
    public static Guid FromName(string name) => new(MD5.HashData(Encoding.UTF8.GetBytes(name)));
}
