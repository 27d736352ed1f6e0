using System.Xml.Linq;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Nanchuan.BuildingBlocks.Platform.Security;

/// <summary>One key of ASP.NET Core's data protection (the XML the framework writes), stored in the platform's schema.</summary>
public sealed class DataProtectionKey
{
    public string Id { get; set; } = "";
    public string Xml { get; set; } = "";
}

/// <summary>
/// The keys ASP.NET Core protects cookies and antiforgery tokens with (the console's sign-in cookie and forms) live in the
/// database, not in each node's home folder, so a cookie one node wrote is read by every other node behind the load balancer
/// (ADR 0123). Anyone who can read the platform schema can read them, as they can read the data the cookie gives access to.
/// </summary>
internal static class SharedDataProtectionKeys
{
    public const string ApplicationName = "Nanchuan";

    public static void AddSharedDataProtectionKeys(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IDocumentStore>((options, store) => options.XmlRepository = new Repository(store));
    }

    /// <summary>
    /// The framework reads the key ring in a hosted service before the host serves: a database read and Marten's first query
    /// on every start's path. Only the console's cookies and forms need the keys, so they are read at their first use (ADR 0146).
    /// Called after every registration: authentication, antiforgery and Razor Pages each add that hosted service again.
    /// </summary>
    public static void ReadKeyRingAtFirstUse(this IServiceCollection services) =>
        services.Remove(services.Single(service => service.ServiceType == typeof(IHostedService) && service.ImplementationType?.Name == EagerKeyRingLoad));

    /// <summary>The framework's hosted service that loads the key ring at start (Microsoft.AspNetCore.DataProtection, internal).</summary>
    public const string EagerKeyRingLoad = "DataProtectionHostedService";

    public static void ConfigureDataProtectionKeyStorage(this StoreOptions options) =>
        options.Schema.For<DataProtectionKey>().DatabaseSchemaName(PlatformHosting.PlatformSchema);

    /// <summary>The framework's key store is synchronous, so it waits on Marten's asynchronous calls; it runs rarely (the key ring is cached, keys rotate every 90 days).</summary>
    private sealed class Repository(IDocumentStore store) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            using var session = store.QuerySession();
            return session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult().Select(key => XElement.Parse(key.Xml)).ToList();
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            using var session = store.LightweightSession();
            session.Store(new DataProtectionKey { Id = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
            session.SaveChangesAsync().GetAwaiter().GetResult();
        }
    }
}
