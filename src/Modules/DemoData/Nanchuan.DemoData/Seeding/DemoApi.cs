using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform;
using Nanchuan.BuildingBlocks.Platform.Security;

namespace Nanchuan.DemoData.Seeding;

/// <summary>The REST API as the month's users call it: JSON bodies, a token signed for the acting person, any refusal fatal.</summary>
internal sealed class DemoApi(HttpClient http, TokenIssuer tokens)
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    public Task<JsonNode> PostAsync(Actor actor, string url, object body) => SendAsync(actor, HttpMethod.Post, url, body);

    public Task<JsonNode> GetAsync(Actor actor, string url) => SendAsync(actor, HttpMethod.Get, url, null);

    private async Task<JsonNode> SendAsync(Actor actor, HttpMethod method, string url, object? body)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Issue(actor, TimeSpan.FromMinutes(10)));
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new DemoStepRefusedException($"{method} {url} as {actor.Name}: {(int)response.StatusCode} {text}");
        return (text.Length == 0 ? null : JsonNode.Parse(text)) ?? new JsonObject();
    }

    private static JsonSerializerOptions CreateJson()
    {
        var json = new JsonSerializerOptions();
        PlatformHosting.ConfigureJson(json);
        return json;
    }
}

/// <summary>The API refused a step of the month: the seeding stops there, naming the call and the answer.</summary>
internal sealed class DemoStepRefusedException(string message) : Exception(message);

internal static class JsonAnswers
{
    public static Guid Id(this JsonNode node, string property = "id") => node[property]!.GetValue<Guid>();

    public static string Text(this JsonNode node, string property) => node[property]!.GetValue<string>();
}
