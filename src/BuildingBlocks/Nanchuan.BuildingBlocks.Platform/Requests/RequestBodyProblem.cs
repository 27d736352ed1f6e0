using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.BuildingBlocks.Platform.Requests;

/// <summary>
/// A request body that could not be read, as the platform's field errors: keyed by the JSON path without `$.`
/// (`satisfied`, `notes[2].phone`, `body` for the body as a whole), each message in Chinese and English, no .NET names.
/// </summary>
public static partial class RequestBodyProblem
{
    public const string Body = "body";
    private static readonly object Key = new();

    internal static void Keep(HttpContext context, IReadOnlyDictionary<string, string[]> errors) => context.Items[Key] = errors;

    /// <summary>The field errors of the body this request could not read; a body not even JSON has none kept.</summary>
    public static IReadOnlyDictionary<string, string[]> Of(HttpContext context) =>
        context.Items[Key] as IReadOnlyDictionary<string, string[]>
        ?? One(Body, "请求体不是合法的 JSON / the request body is not valid JSON.");

    /// <summary>The same for ASP.NET's own endpoints: a body missing or `null` is not an unreadable one.</summary>
    public static IReadOnlyDictionary<string, string[]> Of(HttpContext context, BadHttpRequestException exception) =>
        context.Items[Key] as IReadOnlyDictionary<string, string[]>
        ?? (exception.InnerException is JsonException ? Of(context) : NullBody());

    internal static IReadOnlyDictionary<string, string[]> NullBody() => One(Body, "请求体不能为空（null） / the request body is required, not null.");

    internal static IReadOnlyDictionary<string, string[]> From(JsonException exception, Type root, JsonSerializerOptions options)
    {
        var path = FieldPath(exception.Path);
        if (exception.InnerException is JsonException) return One(Body, "请求体不是合法的 JSON / the request body is not valid JSON.");
        if (MissingRequired().Match(exception.Message) is { Success: true } missing)
            return QuotedNames().Matches(missing.Groups[1].Value)
                .Select(name => Join(path, name.Groups[1].Value))
                .ToDictionary(field => field, field => new[] { $"“{field}”为必填项 / '{field}' is required." });
        if (exception.Message.StartsWith("The JSON property '", StringComparison.Ordinal))
            return One(path, $"“{path}”不是此请求的字段 / '{path}' is not a field of this request.");
        if (exception.Message.Contains("doesn't allow null values", StringComparison.Ordinal)
            || exception.Message.Contains("doesn't allow setting null values", StringComparison.Ordinal))
            return One(path, $"“{path}”不能为 null / '{path}' must not be null.");
        // A converter of the platform's own (a credit code) already says what is wrong, in both languages.
        if (exception.InnerException is null && exception.Message.Contains(" / ", StringComparison.Ordinal) && !exception.Message.Contains("Path: $", StringComparison.Ordinal))
            return One(path, $"“{path}”：{exception.Message}");
        var (chinese, english) = Expected(TypeAt(root, path, options));
        return One(path.Length == 0 ? Body : path, $"“{path}”的取值无法识别，应为{chinese} / '{path}' cannot be read: expected {english}.");
    }

    internal static IReadOnlyDictionary<string, string[]> One(string field, string message) =>
        new Dictionary<string, string[]> { [field.Length == 0 ? Body : field] = [message] };

    internal static string Join(string parent, string member) => parent.Length == 0 ? member : $"{parent}.{member}";

    /// <summary>`$.notes[2].phone` → `notes[2].phone`; `$` → "".</summary>
    private static string FieldPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$") return "";
        var field = "";
        foreach (Match segment in PathSegment().Matches(jsonPath))
            field = segment.Groups[3].Success ? $"{field}[{segment.Groups[3].Value}]" : Join(field, segment.Groups[1].Success ? segment.Groups[1].Value : segment.Groups[2].Value);
        return field;
    }

    /// <summary>The type a field path points at in the request type, to say what was expected there.</summary>
    private static Type? TypeAt(Type root, string path, JsonSerializerOptions options)
    {
        Type? type = root;
        foreach (Match segment in PathSegment().Matches("$." + path))
        {
            if (type is null) return null;
            var info = options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
            type = segment.Groups[3].Success
                ? info.ElementType
                : info.Properties.FirstOrDefault(p => p.Name == (segment.Groups[1].Success ? segment.Groups[1].Value : segment.Groups[2].Value))?.PropertyType;
        }
        return type;
    }

    private static (string Chinese, string English) Expected(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is null) return ("正确的类型和格式", "a value of the right type and format");
        if (type.IsEnum)
        {
            var names = string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName));
            return ($"以下之一：{names}", $"one of: {names}");
        }
        if (type == typeof(bool)) return ("true 或 false", "true or false");
        if (type == typeof(DateOnly)) return ("日期（yyyy-MM-dd，须为真实日期）", "a real date, yyyy-MM-dd");
        if (type == typeof(TimeOnly)) return ("时刻（HH:mm）", "a time of day, HH:mm");
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime)) return ("带时区的 ISO 8601 时间", "an ISO 8601 time with offset");
        if (type == typeof(Guid)) return ("UUID", "a UUID");
        if (type == typeof(UnifiedSocialCreditCode)) return ("18位统一社会信用代码", "an 18-character unified social credit code");
        if (type == typeof(string)) return ("文本", "text");
        if (type.IsPrimitive || type == typeof(decimal)) return ("数字", "a number");
        if (type != typeof(string) && type.IsAssignableTo(typeof(System.Collections.IEnumerable))) return ("数组", "an array");
        return ("对象", "an object");
    }

    [GeneratedRegex(@"missing required properties including: (.*)\.$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedNames();

    [GeneratedRegex(@"\.([^.\[]+)|\['([^']+)'\]|\[(\d+)\]")]
    private static partial Regex PathSegment();
}
