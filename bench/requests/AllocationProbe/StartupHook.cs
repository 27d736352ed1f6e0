/// <summary>
/// Loaded by the runtime before <c>Main</c> when named in <c>DOTNET_STARTUP_HOOKS</c> (the type must be global and named
/// so): every 250 ms, <c>GC.GetTotalAllocatedBytes(precise: true)</c> goes to the file <c>NANCHUAN_ALLOCATION_PROBE</c> names.
/// Its own allocations (one short string a tick) are a few kilobytes a second, far below a request load's.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable("NANCHUAN_ALLOCATION_PROBE") is not { Length: > 0 } path) return;
        new Thread(() =>
        {
            var next = path + ".next";
            while (true)
            {
                File.WriteAllText(next, GC.GetTotalAllocatedBytes(precise: true).ToString(System.Globalization.CultureInfo.InvariantCulture));
                File.Move(next, path, overwrite: true);
                Thread.Sleep(250);
            }
        }) { IsBackground = true, Name = "allocation probe" }.Start();
    }
}
