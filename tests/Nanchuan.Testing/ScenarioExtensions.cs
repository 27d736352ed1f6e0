using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Security;
using Npgsql;

namespace Nanchuan.Testing;

/// <summary>The building blocks of every module's scenario builders: calls as an actor, and reads of what was stored.</summary>
public static class ScenarioExtensions
{
    /// <summary>A bearer token for the actor, signed as the platform signs them.</summary>
    public static string TokenFor(this IAlbaHost host, Actor actor) =>
        host.Services.GetRequiredService<TokenIssuer>().Issue(actor, TimeSpan.FromHours(1));

    /// <summary>Sends the request as <paramref name="actor"/> (bearer token with its role, department, credit code).</summary>
    public static Scenario As(this Scenario scenario, IAlbaHost host, Actor actor)
    {
        scenario.WithRequestHeader("Authorization", $"Bearer {host.TokenFor(actor)}");
        return scenario;
    }

    public static Task<IScenarioResult> Post(this IAlbaHost host, Actor actor, string url, object body, int status = 200) =>
        host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl(url);
            s.As(host, actor);
            s.StatusCodeShouldBe(status);
        });

    public static Task<IScenarioResult> Get(this IAlbaHost host, Actor actor, string url, int status = 200) =>
        host.Scenario(s =>
        {
            s.Get.Url(url);
            s.As(host, actor);
            s.StatusCodeShouldBe(status);
        });

    public static async Task<T> Read<T>(this Task<IScenarioResult> scenario) => await (await scenario).ReadAsJsonAsync<T>();

    public static IDocumentStore Store(this IAlbaHost host) => host.Services.GetRequiredService<IDocumentStore>();

    /// <summary>The events of one stream, oldest first.</summary>
    public static async Task<IReadOnlyList<object>> EventsAsync(this IAlbaHost host, Guid streamId)
    {
        await using var query = host.Store().QuerySession();
        return (await query.Events.FetchStreamAsync(streamId)).Select(e => e.Data).ToList();
    }

    public static async Task<T?> LoadAsync<T>(this IAlbaHost host, Guid id) where T : class
    {
        await using var query = host.Store().QuerySession();
        return await query.LoadAsync<T>(id);
    }

    /// <summary>Each row of a select as its columns joined with '|' (nulls empty), in the select's order.</summary>
    public static async Task<List<string>> SqlRowsAsync(this PlatformHost platform, string sql)
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }
}
