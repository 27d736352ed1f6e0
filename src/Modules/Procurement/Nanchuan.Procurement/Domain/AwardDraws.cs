using Nanchuan.BuildingBlocks.Draws;

namespace Nanchuan.Procurement.Domain;

/// <summary>
/// The module's draws on the platform's <see cref="AuditableDraw"/> (platform rule 8): the candidates are credit codes (or
/// project ids for the checks), and the event records them with the seed and the algorithm, so a replay gives the same result.
/// </summary>
internal static class AwardDraws
{
    public static RecordedDraw Draw(IEnumerable<string> candidates, string seed, int count)
    {
        var listed = candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new RecordedDraw(listed, seed, AuditableDraw.Algorithm, count, AuditableDraw.Select(listed, seed, count));
    }
}
