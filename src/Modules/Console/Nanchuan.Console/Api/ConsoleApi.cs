using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Nanchuan.Console.Session;

namespace Nanchuan.Console.Api;

/// <summary>An API answer: the status, the JSON body of a success, the problem's text of a refusal or error.</summary>
internal sealed record ApiAnswer(int Status, JsonElement Body, string? Problem)
{
    public bool Ok => Status is >= 200 and < 300;
}

/// <summary>
/// The console's only way to data: HTTP calls to the Host's own REST API with the signed-in user's token (ADR 0082). The API's
/// access rules, refusal log and masking apply exactly as to any other client. The address is `Console:ApiBaseAddress`, or
/// the address Kestrel listens on.
/// </summary>
internal sealed class ConsoleApi(IHttpClientFactory clients, IServer server, IConfiguration configuration, ConsoleSession session)
{
    public const string ClientName = "nanchuan-console-api";

    public Task<ApiAnswer> GetAsync(string path, CancellationToken cancellation) => SendAsync(HttpMethod.Get, path, null, session.Token, cancellation);

    /// <summary>A text answer (a CSV export): the text, or null with the refusal.</summary>
    public async Task<(string? Text, string? Problem)> GetTextAsync(string path, CancellationToken cancellation)
    {
        using var client = clients.CreateClient(ClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseAddress(), path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        using var response = await client.SendAsync(request, cancellation);
        return response.IsSuccessStatusCode ? (await response.Content.ReadAsStringAsync(cancellation), null) : (null, $"HTTP {(int)response.StatusCode}");
    }

    public Task<ApiAnswer> PostAsync(string path, object body, CancellationToken cancellation) => SendAsync(HttpMethod.Post, path, body, session.Token, cancellation);

    /// <summary>A call before anyone is signed in (the development token endpoint).</summary>
    public Task<ApiAnswer> PostAnonymousAsync(string path, object body, CancellationToken cancellation) => SendAsync(HttpMethod.Post, path, body, null, cancellation);

    private async Task<ApiAnswer> SendAsync(HttpMethod method, string path, object? body, string? token, CancellationToken cancellation)
    {
        using var client = clients.CreateClient(ClientName);
        using var request = new HttpRequestMessage(method, new Uri(BaseAddress(), path));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await client.SendAsync(request, cancellation);
        var text = await response.Content.ReadAsStringAsync(cancellation);
        var json = text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json") == true
            ? JsonDocument.Parse(text).RootElement.Clone()
            : default;
        var status = (int)response.StatusCode;
        return new ApiAnswer(status, json, status is >= 200 and < 300 ? null : ProblemText(status, json));
    }

    private static string ProblemText(int status, JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object) return $"HTTP {status}";
        var parts = new List<string>();
        if (json.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String) parts.Add(detail.GetString()!);
        else if (json.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String) parts.Add(title.GetString()!);
        if (json.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            parts.AddRange(errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString() ?? "")));
        return parts.Count > 0 ? string.Join("；", parts) : $"HTTP {status}";
    }

    private Uri BaseAddress()
    {
        var configured = configuration["Console:ApiBaseAddress"];
        if (!string.IsNullOrWhiteSpace(configured)) return new Uri(configured);
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                      ?? throw new InvalidOperationException("Console:ApiBaseAddress is not set and the server reports no address.");
        // A wildcard listening address is reached on the loopback interface.
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://[::1]"));
        return uri.Uri;
    }
}
