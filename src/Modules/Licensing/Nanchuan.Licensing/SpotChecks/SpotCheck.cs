namespace Nanchuan.Licensing.SpotChecks;

/// <summary>One drawn registration within a spot check: its result and, when it failed, its rectification (整改).</summary>
public sealed record SpotCheckItem(Guid RegistrationId, bool? Passed, string? Findings, string? Requirement, bool RectificationOpen, string? Measures);

/// <summary>抽查: a draw of one service point's issued registrations and the result of each check.</summary>
public sealed class SpotCheck
{
    public Guid Id { get; set; }
    public string ServicePoint { get; set; } = "";
    public int Seed { get; set; }
    public string Algorithm { get; set; } = "";
    public IReadOnlyList<Guid> Candidates { get; set; } = [];
    public List<SpotCheckItem> Items { get; set; } = [];

    public SpotCheckItem? ItemFor(Guid registrationId) => Items.SingleOrDefault(i => i.RegistrationId == registrationId);

    public void Apply(SpotCheckDrawn e)
    {
        Id = e.SpotCheckId;
        ServicePoint = e.ServicePoint;
        Seed = e.Seed;
        Algorithm = e.Algorithm;
        Candidates = e.Candidates;
        Items = e.Drawn.Select(id => new SpotCheckItem(id, null, null, null, false, null)).ToList();
    }

    public void Apply(SpotCheckResultRecorded e) => Replace(e.RegistrationId, i => i with { Passed = e.Passed, Findings = e.Findings });

    public void Apply(RectificationOpened e) => Replace(e.RegistrationId, i => i with { Requirement = e.Requirement, RectificationOpen = true });

    public void Apply(RectificationClosed e) => Replace(e.RegistrationId, i => i with { RectificationOpen = false, Measures = e.Measures });

    private void Replace(Guid registrationId, Func<SpotCheckItem, SpotCheckItem> change)
    {
        var index = Items.FindIndex(i => i.RegistrationId == registrationId);
        Items[index] = change(Items[index]);
    }
}
