using System.Text;
using System.Text.Json.Nodes;
using Alba;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.OpenApi;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// Issue 14, points 9 and 10 (ADR 0061): docs/access.md is the table of who may read and who may write what; every operation of
/// the OpenAPI document (GET, POST, PUT, PATCH, DELETE) is tried with every role (and departments other than the one an
/// operation belongs to) and must be refused (401/403) exactly where the table says so. A write is sent an empty JSON object
/// to an unknown case, so a permitted caller gets 400, 404 or 409, never a refusal. Case-level rules (own enterprise,
/// assigned department, own service point) are in each module's tests.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessMatrixTests(PlatformHost platform)
{
    /// <summary>One identity per role; several departments, since some reads belong to one department.</summary>
    internal static readonly (string Label, Actor Actor)[] Identities =
    [
        ("Enterprise", TestActors.Enterprise),
        ("WindowClerk", TestActors.WindowClerk),
        ("DepartmentHandler:区市场监管局", TestActors.MarketRegulator),
        ("DepartmentHandler:区经济信息委", new Actor("dh-jxw", "区经济信息委 周科长", Roles.DepartmentHandler, "区经济信息委", null, Channels.Web)),
        ("DepartmentHandler:区司法局", new Actor("dh-sfj", "区司法局 郑九", Roles.DepartmentHandler, "区司法局", null, Channels.Web)),
        ("DepartmentHandler:区矛调中心", TestActors.HandlerOf("区矛调中心")),
        ("DepartmentHandler:区法院", TestActors.HandlerOf("区法院")),
        ("DepartmentHandler:工业园区管委会", TestActors.HandlerOf("工业园区管委会")),
        ("DepartmentHandler:区财政局", TestActors.HandlerOf("区财政局")),
        ("DepartmentHandler:区住房城乡建委", TestActors.HandlerOf("区住房城乡建委")),
        ("BusinessOffice", TestActors.BusinessOffice),
        ("Supervisor", TestActors.Supervisor),
        ("Public", TestActors.Citizen),
        ("Admin", TestActors.Admin),
    ];

    private static readonly Dictionary<string, string> PathValues = new()
    {
        ["id"] = "0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b", ["registrationId"] = "0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8c",
        ["problemId"] = "0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8d", ["itemId"] = "0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8e",
        ["code"] = "2024-500119-00-00-000001", ["stage"] = "1", ["zone"] = "A", ["number"] = "1", ["year"] = "2024",
        ["day"] = "2024-05-08", ["staffId"] = "clerk-1", ["supplyType"] = "Transfer", ["module"] = "grievances",
        ["table"] = "monthly_report", ["format"] = "csv", ["creditCode"] = "91500119MA5U8XRB98", ["departmentId"] = "qu-sifaju",
    };

    [Fact]
    public async Task Every_operation_is_refused_exactly_to_those_the_access_table_leaves_out()
    {
        var table = AccessTable.Read(Path.Combine(GeneratedCodeTests.RepositoryRoot(), "docs", "access.md"));
        var operations = (await Operations(platform)).ToList();
        operations.Except(table.Keys).ShouldBeEmpty("operations missing from docs/access.md");
        table.Keys.Except(operations).ShouldBeEmpty("docs/access.md lists operations the API does not have");

        var wrong = new StringBuilder();
        foreach (var operation in operations)
        {
            var (method, path) = (operation.Split(' ')[0], operation.Split(' ')[1]);
            var url = string.Join('/', path.Split('/').Select(Fill));
            foreach (var (label, actor) in Identities)
            {
                var result = await platform.Host.Scenario(s =>
                {
                    Send(s, method, url);
                    s.As(platform, actor);
                    s.IgnoreStatusCode();
                });
                var status = result.Context.Response.StatusCode;
                var refused = status is 401 or 403;
                if (refused == table[operation].Allows(label)) wrong.AppendLine($"{operation} as {label}: {(refused ? "refused" : "answered")} {status}");
                // A write must never succeed here: an empty body on an unknown case is a 400, 404 or 409 for whoever may send it.
                if (method != "GET" && status is >= 200 and < 300) wrong.AppendLine($"{operation} as {label}: an empty body was accepted ({status})");
            }
        }
        wrong.ToString().ShouldBeEmpty();
    }

    private static void Send(Scenario s, string method, string url)
    {
        switch (method)
        {
            case "GET": s.Get.Url(url); break;
            case "POST": s.Post.Text("{}").ToUrl(url); break;
            case "PUT": s.Put.Text("{}").ToUrl(url); break;
            case "PATCH": s.Patch.Text("{}").ToUrl(url); break;
            case "DELETE": s.Delete.Url(url); break;
            default: throw new ArgumentOutOfRangeException(nameof(method), method, "not an HTTP method of the API");
        }
        if (method is "POST" or "PUT" or "PATCH") s.WithRequestHeader("Content-Type", "application/json");
    }

    internal static string Fill(string segment) =>
        PathValues.Aggregate(segment, (text, value) => text.Replace($"{{{value.Key}}}", value.Value));

    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    /// <summary>Every operation of the OpenAPI document as "METHOD /path", in ordinal order.</summary>
    internal static async Task<IEnumerable<string>> Operations(IAlbaHost platform)
    {
        var text = await (await platform.Scenario(s => s.Get.Url(SwaggerSetup.DocumentRoute))).ReadAsTextAsync();
        return JsonNode.Parse(text)!["paths"]!.AsObject()
            .SelectMany(p => Methods.Where(m => p.Value![m] is not null).Select(m => $"{m.ToUpperInvariant()} {p.Key}"))
            .Order(StringComparer.Ordinal);
    }
}

/// <summary>The rows of docs/access.md: operation, then who may call it (`all` = any signed-in user; `Role:Department` = that department only).</summary>
public sealed record AccessRule(IReadOnlyList<string> Allowed)
{
    public bool Allows(string identity) =>
        Allowed.Contains("all") || Allowed.Contains(identity) || Allowed.Contains(identity.Split(':')[0]);
}

public static partial class AccessTable
{
    [System.Text.RegularExpressions.GeneratedRegex("^\\| `(GET|POST|PUT|PATCH|DELETE) /")]
    private static partial System.Text.RegularExpressions.Regex Operation();

    public static IReadOnlyDictionary<string, AccessRule> Read(string path) =>
        File.ReadAllLines(path)
            .Where(line => Operation().IsMatch(line))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1].Replace("`", ""), cells => new AccessRule(cells[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
}
