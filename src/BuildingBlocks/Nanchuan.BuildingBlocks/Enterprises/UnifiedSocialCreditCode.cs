using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nanchuan.BuildingBlocks.Enterprises;

/// <summary>
/// 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters —
/// registration authority (1), organisation type (1), administrative division (6 digits),
/// organisation code (9: eight characters and their GB 11714-1997 check character), check character (1) computed modulo 31
/// over the first 17. Both check characters are verified.
/// </summary>
[JsonConverter(typeof(UnifiedSocialCreditCodeJsonConverter))]
public readonly record struct UnifiedSocialCreditCode
{
    /// <summary>The 31 characters of the code alphabet, in the order of their values 0–30 (no I, O, S, V, Z).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private readonly string? _value;

    private UnifiedSocialCreditCode(string value) => _value = value;

    /// <summary>The 18 upper-case characters; empty for <c>default</c>, which is not a valid code.</summary>
    public string Value => _value ?? "";

    public override string ToString() => Value;

    public static UnifiedSocialCreditCode Parse(string? text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    public static bool IsValid(string? text) => TryParse(text, out _, out _);

    /// <summary>Parses a code, upper-casing it; on failure <paramref name="error"/> says why, in Chinese and English.</summary>
    public static bool TryParse(string? text, out UnifiedSocialCreditCode code, out string? error) =>
        TryParse(text, checkOrganisationCode: true, out code, out error);

    /// <summary>
    /// A code read back from the event store: stored before the organisation-code check existed, it is not checked again
    /// (a stored fact is never refused, docs/adr/0024, 0031); everything else still is.
    /// </summary>
    public static UnifiedSocialCreditCode ParseStored(string? text) =>
        TryParse(text, checkOrganisationCode: false, out var code, out var error) ? code : throw new FormatException(error);

    private static bool TryParse(string? text, bool checkOrganisationCode, out UnifiedSocialCreditCode code, out string? error)
    {
        code = default;
        var candidate = text?.Trim().ToUpperInvariant() ?? "";
        if (candidate.Length != 18)
        {
            error = $"统一社会信用代码应为18位 / the unified social credit code must have 18 characters (got {candidate.Length}).";
            return false;
        }
        for (var i = 0; i < 18; i++)
        {
            if (Alphabet.IndexOf(candidate[i]) < 0)
            {
                error = $"第{i + 1}位字符“{candidate[i]}”不合法 / character {i + 1} ('{candidate[i]}') is not allowed in a credit code.";
                return false;
            }
        }
        if (!candidate.AsSpan(2, 6).ContainsOnlyDigits())
        {
            error = "第3至8位应为行政区划码（数字） / characters 3–8 must be the administrative division code (digits).";
            return false;
        }
        var organisationCheck = OrganisationCheckCharacter(candidate.AsSpan(8, 8));
        if (checkOrganisationCode && candidate[16] != organisationCheck)
        {
            error = $"第9至17位组织机构代码的校验码错误，第17位应为“{organisationCheck}” / the organisation code (characters 9–17) has a wrong check character: character 17 should be '{organisationCheck}'.";
            return false;
        }
        var expected = CheckCharacter(candidate.AsSpan(0, 17));
        if (candidate[17] != expected)
        {
            error = $"校验码错误，应为“{expected}” / wrong check character: expected '{expected}'.";
            return false;
        }
        code = new UnifiedSocialCreditCode(candidate);
        error = null;
        return true;
    }

    /// <summary>Builds a code from its first 17 characters by appending the GB 32100-2015 check character.</summary>
    public static UnifiedSocialCreditCode FromBody(string first17)
    {
        if (first17.Length != 17)
            throw new ArgumentException($"统一社会信用代码本体应为17位 / a credit code body has 17 characters (got {first17.Length}).", nameof(first17));
        return Parse(first17 + CheckCharacter(first17.ToUpperInvariant()));
    }

    /// <summary>C18 = 31 − (Σ value(Ci) × Wi mod 31), with 31 written as 0.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0) throw new FormatException($"第{i + 1}位字符“{first17[i]}”不合法 / character {i + 1} ('{first17[i]}') is not allowed in a credit code.");
            sum += value * Weights[i];
        }
        return Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>GB 11714-1997: C9 = 11 − (Σ value(Ci) × Wi mod 11) over the organisation code's first 8 characters, 10 written X and 11 as 0.</summary>
    public static char OrganisationCheckCharacter(ReadOnlySpan<char> first8)
    {
        if (first8.Length != OrganisationWeights.Length)
            throw new ArgumentException($"组织机构代码本体应为8位 / an organisation code body has 8 characters (got {first8.Length}).", nameof(first8));
        var sum = 0;
        for (var i = 0; i < OrganisationWeights.Length; i++) sum += OrganisationValue(first8[i]) * OrganisationWeights[i];
        return (11 - sum % 11) switch { 10 => 'X', 11 => '0', var check => (char)('0' + check) };
    }

    private static int OrganisationValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => throw new FormatException($"组织机构代码字符“{c}”不合法 / '{c}' is not allowed in an organisation code."),
    };
}

internal static class SpanDigits
{
    public static bool ContainsOnlyDigits(this ReadOnlySpan<char> span)
    {
        foreach (var c in span) if (c is < '0' or > '9') return false;
        return true;
    }
}

public sealed class UnifiedSocialCreditCodeJsonConverter : JsonConverter<UnifiedSocialCreditCode>
{
    public override UnifiedSocialCreditCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return UnifiedSocialCreditCode.TryParse(text, out var code, out var error) ? code : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, UnifiedSocialCreditCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}

/// <summary>The event store's reading of a credit code (<see cref="UnifiedSocialCreditCode.ParseStored"/>).</summary>
public sealed class StoredUnifiedSocialCreditCodeJsonConverter : JsonConverter<UnifiedSocialCreditCode>
{
    public override UnifiedSocialCreditCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UnifiedSocialCreditCode.ParseStored(reader.GetString());

    public override void Write(Utf8JsonWriter writer, UnifiedSocialCreditCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
