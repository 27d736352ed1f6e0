using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.Utilities.Access;

/// <summary>
/// How many connections a list gives (`limit`): 1 to 500. The default is the maximum, the fixed page the lists had before the
/// parameter, so a caller that gives none sees the same list.
/// </summary>
public static class ListLimit
{
    public const int Maximum = 500;

    public static int Resolve(int? limit)
    {
        var take = limit ?? Maximum;
        if (take is < 1 or > Maximum)
            throw new DomainValidationException("limit", $"每页条数应为1至{Maximum} / limit must be 1 to {Maximum}.");
        return take;
    }
}
