using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>
/// The members of a holiday schedule file as written, each null where the file leaves it out or gives null, for
/// <see cref="HolidayScheduleFile"/> to check. Read token by token with <see cref="Utf8JsonReader"/>, not by the serializer:
/// every start of the platform reads the shipped files, and the serializer's metadata and converters for these members (numbers,
/// dates and lists of them) were JIT-compiled for that at every start (ADR 0252). It reads them as the serializer's web defaults
/// did: member names in any case, a number also from a string, dates as yyyy-MM-dd, nothing after the file's object, and an
/// unknown member refused (a misspelt "makeUpWorkday" must not silently mean "no make-up workdays"). Anything else is a
/// <see cref="JsonException"/>.
/// </summary>
internal static class HolidayScheduleFileReader
{
    public sealed record Content(int? Year, string? Notice, List<Holiday?>? Holidays, List<DateOnly>? MakeUpWorkdays);

    public sealed record Holiday(string? Name, DateOnly? From, DateOnly? To);

    /// <summary>The file's members, or null when the whole file is the JSON literal null.</summary>
    public static Content? Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var content = reader.TokenType == JsonTokenType.Null ? null : ReadContent(ref reader);
        // Anything after the file's value: the reader throws at the next read.
        if (reader.Read()) throw NotA("the file", "a single JSON value");
        return content;
    }

    private static Content ReadContent(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw NotA("the file", "an object");
        int? year = null;
        string? notice = null;
        List<Holiday?>? holidays = null;
        List<DateOnly>? makeUpWorkdays = null;
        while (NextMember(ref reader) is { } member)
        {
            if (Is(member, "year")) year = ReadWholeNumber(ref reader, member);
            else if (Is(member, "notice")) notice = ReadText(ref reader, member);
            else if (Is(member, "holidays")) holidays = ReadHolidays(ref reader, member);
            else if (Is(member, "makeUpWorkdays")) makeUpWorkdays = ReadDays(ref reader, member);
            else throw Unknown(member);
        }
        return new Content(year, notice, holidays, makeUpWorkdays);
    }

    /// <summary>Moves to the next member of the object being read and on to its value; null at the object's end.</summary>
    private static string? NextMember(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject) return null;
        var member = reader.GetString()!;
        reader.Read();
        return member;
    }

    private static bool Is(string member, string name) => string.Equals(member, name, StringComparison.OrdinalIgnoreCase);

    private static int? ReadWholeNumber(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number)) return number;
        if (reader.TokenType == JsonTokenType.String
            && int.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number)) return number;
        throw NotA(member, "a whole number");
    }

    private static string? ReadText(ref Utf8JsonReader reader, string member) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw NotA(member, "text"),
    };

    private static DateOnly? ReadDay(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType == JsonTokenType.String
            && DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        throw NotA(member, "a date (yyyy-MM-dd)");
    }

    private static List<Holiday?>? ReadHolidays(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray) throw NotA(member, "a list");
        var holidays = new List<Holiday?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            holidays.Add(reader.TokenType == JsonTokenType.Null ? null : ReadHoliday(ref reader, member));
        return holidays;
    }

    private static Holiday ReadHoliday(ref Utf8JsonReader reader, string list)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw NotA($"an entry of '{list}'", "an object");
        string? name = null;
        DateOnly? from = null, to = null;
        while (NextMember(ref reader) is { } member)
        {
            if (Is(member, "name")) name = ReadText(ref reader, member);
            else if (Is(member, "from")) from = ReadDay(ref reader, member);
            else if (Is(member, "to")) to = ReadDay(ref reader, member);
            else throw Unknown(member);
        }
        return new Holiday(name, from, to);
    }

    private static List<DateOnly>? ReadDays(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray) throw NotA(member, "a list");
        var days = new List<DateOnly>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            days.Add(ReadDay(ref reader, member) ?? throw NotA($"an entry of '{member}'", "a date (yyyy-MM-dd)"));
        return days;
    }

    private static JsonException NotA(string what, string expected) => new($"'{what}' is not {expected}.");

    private static JsonException Unknown(string member) => new($"'{member}' is not a member of a holiday schedule file.");
}
