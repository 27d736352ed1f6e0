using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.BuildingBlocks.Paging;

/// <summary>
/// Where a page of a list starts (`offset`): how many rows of the filtered, ordered list come before it; 0 or more. The
/// default 0 is the first page, the list as it was before the parameter. With `limit` a caller reads a list to its end.
/// </summary>
public static class ListOffset
{
    public static int Resolve(int? offset)
    {
        var skip = offset ?? 0;
        if (skip < 0) throw new DomainValidationException("offset", "起始位置应不小于0 / offset must be 0 or more.");
        return skip;
    }
}
