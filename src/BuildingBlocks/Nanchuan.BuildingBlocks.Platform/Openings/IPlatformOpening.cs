namespace Nanchuan.BuildingBlocks.Platform.Openings;

/// <summary>
/// Start-up work the first request may need (the stored holiday schedules, the department directory, a ledger opened once):
/// run at every start, side by side with the other openings and with Wolverine's runtime start, and finished before the host
/// serves (docs/adr/0192). Register with <see cref="PlatformOpenings.AddPlatformOpening{TOpening}"/>.
/// </summary>
public interface IPlatformOpening
{
    Task OpenAsync(CancellationToken cancellationToken);
}
