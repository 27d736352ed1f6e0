using System.Text.Json;
using System.Text.Json.Serialization;
using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>
/// Reads a holiday schedule file (one per year, Calendar/Holidays/&lt;year&gt;.json):
/// <c>{"year":2024,"notice":"…","holidays":[{"name":"元旦","from":"2024-01-01","to":"2024-01-01"}],"makeUpWorkdays":["2024-02-04"]}</c>.
/// A malformed or inconsistent file is rejected with a <see cref="DomainValidationException"/> (bilingual messages).
/// </summary>
public static partial class HolidayScheduleFile
{
    private const string ResourcePrefix = "Nanchuan.Holidays.";

    public static HolidaySchedule Parse(string json)
    {
        FileContent? content;
        try
        {
            content = JsonSerializer.Deserialize(json, FileJson.Default.FileContent);
        }
        catch (JsonException e)
        {
            throw new DomainValidationException("file", $"节假日安排文件格式错误 / the holiday schedule file is not valid: {e.Message}");
        }
        if (content is null)
            throw new DomainValidationException("file", "节假日安排文件为空 / the holiday schedule file is empty.");

        var missing = new Dictionary<string, string[]>();
        if (content.Year is null) missing["year"] = ["缺少年份 / 'year' is required."];
        if (content.Holidays is null) missing["holidays"] = ["缺少节假日列表 / 'holidays' is required."];
        if (content.MakeUpWorkdays is null) missing["makeUpWorkdays"] = ["缺少调休上班日列表（可为空数组） / 'makeUpWorkdays' is required (it may be an empty array)."];
        for (var i = 0; i < content.Holidays?.Count; i++)
        {
            var holiday = content.Holidays[i];
            if (holiday?.From is null || holiday.To is null)
                missing[$"holidays[{i}]"] = ["节假日应有name、from、to / each holiday needs 'name', 'from' and 'to'."];
        }
        if (missing.Count > 0) throw new DomainValidationException(missing);

        return new HolidaySchedule(
            content.Year!.Value,
            content.Notice ?? "",
            content.Holidays!.Select(h => new HolidayPeriod(h!.Name ?? "", h.From!.Value, h.To!.Value)),
            content.MakeUpWorkdays!);
    }

    // Read and checked once per process: the calendar and the holiday-schedule opening both need them at every start (ADR 0252).
    private static readonly Lazy<IReadOnlyList<HolidaySchedule>> Shipped = new(ReadShipped);

    /// <summary>The schedules shipped with the platform (2024–2026), embedded in this assembly, ordered by year; read at the first call.</summary>
    public static IReadOnlyList<HolidaySchedule> LoadShipped() => Shipped.Value;

    private static IReadOnlyList<HolidaySchedule> ReadShipped()
    {
        var assembly = typeof(HolidayScheduleFile).Assembly;
        var schedules = new List<HolidaySchedule>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var schedule = Parse(reader.ReadToEnd());
            // The file name is what an admin sees; a 2025 file holding 2024 would be a silent mix-up.
            if (name != $"{ResourcePrefix}{schedule.Year}.json")
                throw new InvalidDataException($"节假日文件{name}的内容为{schedule.Year}年 / holiday file {name} contains the schedule of {schedule.Year}.");
            schedules.Add(schedule);
        }
        schedules.Sort((a, b) => a.Year.CompareTo(b.Year));
        return [.. schedules];
    }

    private sealed record FileContent(int? Year, string? Notice, List<HolidayEntry?>? Holidays, List<DateOnly>? MakeUpWorkdays);

    private sealed record HolidayEntry(string? Name, DateOnly? From, DateOnly? To);

    // Unknown properties are refused: a misspelt "makeupWorkdays" must not silently mean "no make-up workdays".
    // Source-generated: every start of the platform reads the shipped files, and reflection-built metadata cost ~0.1 s of it (bench S8).
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
    [JsonSerializable(typeof(FileContent))]
    private sealed partial class FileJson : JsonSerializerContext;
}
