using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.BuildingBlocks.Paging;

/// <summary>How many rows a page of a list holds (`limit`): 1 to 500 on every list; each list chooses its default.</summary>
public static class ListLimit
{
    public const int Maximum = 500;

    public static int Resolve(int? limit, int byDefault)
    {
        var take = limit ?? byDefault;
        if (take is < 1 or > Maximum)
            throw new DomainValidationException("limit", $"每页条数应为1至{Maximum} / limit must be 1 to {Maximum}.");
        return take;
    }
}
