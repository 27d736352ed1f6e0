using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.BuildingBlocks.Paging;

/// <summary>
/// The position a client names for a keyset page: <c>cursor</c>, the previous page's <c>nextCursor</c>, as every list takes
/// it; or <c>after</c>, the name Oversight's deadline list and search took before they were aligned on it (ADR 0210),
/// deprecated and still read so that clients written against it keep working. Both at once is a 400: they could disagree.
/// </summary>
public static class PageCursor
{
    /// <summary>The deprecated name of <c>cursor</c> on the lists that took it.</summary>
    public const string DeprecatedName = "after";

    /// <summary>The position named, null without one; a token this never issued, or both names at once, are field errors.</summary>
    public static TPosition? Read<TPosition>(string? cursor, string? after, FieldErrors errors) where TPosition : class
    {
        if (cursor is not null && after is not null)
        {
            errors.Add(DeprecatedName, "cursor 与已弃用的 after 只能给一个 / give cursor, or the deprecated after, not both.");
            return null;
        }
        var (name, token) = after is null ? ("cursor", cursor) : (DeprecatedName, after);
        if (token is null) return null;
        var position = PageToken.Decode<TPosition>(token);
        errors.If(position is null, name, $"翻页标记无效，请使用上一页返回的 nextCursor / {name} is not a nextCursor of a previous page.");
        return position;
    }
}
