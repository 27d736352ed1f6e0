using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.BuildingBlocks.Paging;

/// <summary>
/// Where a keyset page of a list starts (`cursor`, ADR 0131): the sort time and the id of the last row of the page before,
/// handed to clients as an opaque token (base64url of a small JSON) and given back unchanged. The next page is the rows
/// after that position in the list's order, so rows written meanwhile neither repeat nor push others off a page.
/// </summary>
public sealed record ListCursor(DateTimeOffset At, Guid Id)
{
    public string Encode() => PageToken.Encode(this);

    /// <summary>The position a client's <c>cursor</c> names; null without one; a token this never issued is a 400 on <c>cursor</c>.</summary>
    public static ListCursor? Resolve(string? cursor)
    {
        if (cursor is null) return null;
        return Decode(cursor) ?? throw new DomainValidationException("cursor",
            "翻页标记无效，请使用上一页返回的 nextCursor / cursor is not a nextCursor of a previous page.");
    }

    private static ListCursor? Decode(string cursor) =>
        PageToken.Decode<ListCursor>(cursor) is { Id: var id, At: var at } read && id != Guid.Empty && at != default ? read : null;
}
