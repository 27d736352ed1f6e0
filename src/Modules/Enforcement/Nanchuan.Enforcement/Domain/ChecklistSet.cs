namespace Nanchuan.Enforcement.Domain;

/// <summary>
/// The scenario checklists as the Admin manages them: one stream for the whole set (its id fixed), one event per published
/// version. Version 1 is the seed in code (<see cref="ScenarioChecklists.Seed"/>); every version stays readable.
/// </summary>
public sealed class ChecklistSet
{
    public static readonly Guid StreamId = DerivedIds.FromName("nanchuan:enforcement:checklists");

    public Guid Id { get; set; }
    public int Version { get; set; }

    /// <summary>The versions published after the seed, oldest first.</summary>
    public List<ChecklistVersion> Published { get; set; } = [];

    public static ChecklistSet Create(ChecklistVersionPublished e)
    {
        var set = new ChecklistSet { Id = e.SetId };
        set.Apply(e);
        return set;
    }

    public void Apply(ChecklistVersionPublished e) => Published.Add(new ChecklistVersion(e.Version, [.. e.Items], e.Reason, e.PublishedBy, e.PublishedAt));

    /// <summary>The version in force: the last published, or the seed.</summary>
    public static ChecklistVersion Current(ChecklistSet? set) => set?.Published.LastOrDefault() ?? ScenarioChecklists.Seed;

    /// <summary>A version by number (1 is the seed); null when there is none.</summary>
    public static ChecklistVersion? Find(ChecklistSet? set, int number) =>
        number == ScenarioChecklists.Seed.Number ? ScenarioChecklists.Seed : set?.Published.FirstOrDefault(v => v.Number == number);
}

/// <summary>The Admin published a new version of the scenario checklists; plans drawn and inspections recorded from now on use it.</summary>
/// <param name="PublishedBy">The publishing Admin's name, from the sign-in (the event's headers hold the full actor).</param>
public sealed record ChecklistVersionPublished(Guid SetId, int Version, IReadOnlyList<ChecklistItem> Items, string Reason, string PublishedBy, DateTimeOffset PublishedAt)
    : IDescribedEvent
{
    public string Describe() => $"发布应用场景清单第{Version}版：{Items.Count}项（{Reason}）";
}
