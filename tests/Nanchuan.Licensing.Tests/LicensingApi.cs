using Alba;
using Marten;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Testing;
using Npgsql;
using Wolverine.Tracking;

namespace Nanchuan.Licensing.Tests;

/// <summary>Calls of the tests: JSON in, JSON out, as an actor, expecting a status; SQL reads of the report tables.</summary>
public static class LicensingApi
{
    public static async Task<T> PostAsync<T>(this IAlbaHost platform, string url, object body, Actor actor, int status = 200) =>
        (await platform.PostTrackedAsync<T>(url, body, actor, status)).Result;

    /// <summary>As <see cref="PostAsync{T}"/>, with the messages the request cascaded and scheduled.</summary>
    public static async Task<(T Result, ITrackedSession Tracked)> PostTrackedAsync<T>(this IAlbaHost platform, string url, object body, Actor actor, int status = 200)
    {
        IScenarioResult? result = null;
        var tracked = await platform.TrackAsync(async () => result = await platform.Post(actor, url, body, status));
        return (status == 200 ? await result!.ReadAsJsonAsync<T>() : default!, tracked);
    }

    public static async Task<string> RejectedAsync(this IAlbaHost platform, string url, object body, Actor actor, int status)
        => await (await platform.Post(actor, url, body, status)).ReadAsTextAsync();

    public static async Task<T> GetAsync<T>(this IAlbaHost platform, string url, Actor actor, int status = 200)
    {
        var result = await platform.Get(actor, url, status);
        return status == 200 ? await result.ReadAsJsonAsync<T>() : default!;
    }

    public static async Task<byte[]> BytesAsync(this IAlbaHost platform, string url, Actor actor)
    {
        var result = await platform.Scenario(s =>
        {
            s.Get.Url(url);
            s.As(platform, actor);
        });
        using var copy = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(copy);
        return copy.ToArray();
    }

    public static async Task ExecuteSqlAsync(this PlatformHost platform, string sql)
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<int> CountAsync<T>(this IAlbaHost platform) where T : notnull
    {
        await using var query = platform.Store().QuerySession();
        return await query.Query<T>().CountAsync();
    }

    public static async Task<int> EventCountAsync<TEvent>(this IAlbaHost platform) where TEvent : notnull
    {
        await using var query = platform.Store().QuerySession();
        return await query.Events.QueryRawEventDataOnly<TEvent>().CountAsync();
    }
}
