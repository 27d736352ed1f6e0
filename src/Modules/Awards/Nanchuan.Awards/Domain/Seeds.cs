using Nanchuan.BuildingBlocks.Draws;

namespace Nanchuan.Awards.Domain;

/// <summary>The seed of a cut-off's tie draw: given (drawn in public with a witness) or drawn by the server; recorded either way.</summary>
internal static class Seeds
{
    public static string Check(FieldErrors errors, string? seed)
    {
        errors.If(seed is not null && string.IsNullOrWhiteSpace(seed), "seed", "种子不能为空白；不填则由系统生成 / the seed cannot be blank; leave it out to have one drawn.");
        errors.If(seed?.Length > 100, "seed", "种子不超过100个字符 / the seed has at most 100 characters.");
        return string.IsNullOrWhiteSpace(seed) ? AuditableDraw.NewSeed() : seed.Trim();
    }
}
