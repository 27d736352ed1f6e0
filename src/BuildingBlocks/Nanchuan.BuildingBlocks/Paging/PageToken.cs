using System.Buffers.Text;
using System.Text.Json;

namespace Nanchuan.BuildingBlocks.Paging;

/// <summary>
/// The opaque token of a keyset page: the position of the last row of the page before (a small record of the list's
/// sort keys) as base64url of its JSON. Read strictly: a token must name every key of the position, none of them null
/// unless the record says so, or it is not one this list issued (never a page from a half-default position).
/// </summary>
public static class PageToken
{
    private static readonly JsonSerializerOptions Strict = new()
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static string Encode<TPosition>(TPosition position) where TPosition : class =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(position, Strict));

    /// <summary>The position the token names; null for a token this never issued.</summary>
    public static TPosition? Decode<TPosition>(string token) where TPosition : class
    {
        try
        {
            return JsonSerializer.Deserialize<TPosition>(Base64Url.DecodeFromChars(token), Strict);
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }
}
