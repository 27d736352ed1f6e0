using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Events;
using Nanchuan.Licensing.Packages;

namespace Nanchuan.Licensing.Applications;

public enum ApplicationStatus { AwaitingMaterials, Accepted, Approved, Rejected, ResultIssued }

/// <summary>办件: one application for a catalogue item — front desk, back office, result window (前台综合受理、后台分类审批、综合窗口出件).</summary>
public sealed class ServiceApplication : ICaseView, IErasureCounted
{
    public Guid Id { get; set; }

    /// <summary>The stream version, kept by Marten's snapshot: the read's ETag (ADR 0119).</summary>
    public long Version { get; set; }

    public int PersonalDataErasures { get; set; }
    public Guid ItemId { get; set; }
    public string ItemCode { get; set; } = "";
    public string ItemName { get; set; } = "";
    public string Department { get; set; } = "";
    public UnifiedSocialCreditCode CreditCode { get; set; }
    public string EnterpriseName { get; set; } = "";
    /// <summary>帮办代办: the helper of the application's receipt (legacy streams: the name the client typed); null when not assisted.</summary>
    public string? Helper { get; set; }

    /// <summary>Whether the application is handled with 帮办代办: every later act of the staff for the enterprise then names the helper.</summary>
    public bool Assisted { get; set; }
    public ApplicationStatus Status { get; set; }
    public List<string> Provided { get; set; } = [];
    public IReadOnlyList<string> FirstNotice { get; set; } = [];
    public int Notices { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public decimal PromisedWorkingDays { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public bool Warned { get; set; }

    /// <summary>Set while a special procedure (特别程序) pauses the promised limit.</summary>
    public DateTimeOffset? PausedAt { get; set; }
    public string? PausedProcedure { get; set; }

    /// <summary>Business time the promised limit stood still, already added to <see cref="DueAt"/>.</summary>
    public TimeSpan PausedFor { get; set; }
    public bool Overdue { get; set; }
    public bool? Approved { get; set; }
    public string? Reasons { get; set; }
    public string? Rule { get; set; }
    public string? ResultNumber { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int Visits { get; set; }

    /// <summary>The catalogue items of a 一件事一次办 package application, each with its department's decision; empty for a single item.</summary>
    public List<ApplicationPart> Parts { get; set; } = [];

    /// <summary>What a package application saves against separate applications for its items (null for a single item).</summary>
    public OneGoSavings? Savings { get; set; }

    /// <summary>The <see cref="Assistance"/> an act of the signed-in <paramref name="staff"/> carries: on an assisted application only.</summary>
    public Assistance? AssistanceBy(Actor staff) => Assisted ? Assistance.By(staff, EnterpriseName, CreditCode) : null;

    public bool Finished => Status is ApplicationStatus.Rejected or ApplicationStatus.ResultIssued;

    /// <summary>The department decides this application, or one of its items.</summary>
    public bool IsForDepartment(string? department) => department == Department || Parts.Any(p => p.Department == department);

    public static string StatusLabel(ApplicationStatus status) => status switch
    {
        ApplicationStatus.AwaitingMaterials => "待补正材料",
        ApplicationStatus.Accepted => "已受理待审批",
        ApplicationStatus.Approved => "已审批待出件",
        ApplicationStatus.Rejected => "不予许可",
        _ => "已出件",
    };

    public void Apply(ApplicationReceived e)
    {
        Id = e.ApplicationId;
        ItemId = e.ItemId;
        ItemCode = e.ItemCode;
        ItemName = e.ItemName;
        Department = e.Department;
        CreditCode = e.CreditCode;
        EnterpriseName = e.EnterpriseName;
        Helper = e.Assistance?.HelperName ?? e.Helper;
        Assisted = Helper is not null;
        Provided = [.. e.Provided];
        Parts = [.. e.Parts ?? []];
        ReceivedAt = e.ReceivedAt;
        Status = ApplicationStatus.AwaitingMaterials;
    }

    public void Apply(OneTimeNoticeIssued e)
    {
        if (e.Number == 1) FirstNotice = e.Missing;
        Notices = e.Number;
    }

    public void Apply(MaterialsSupplemented e) => Provided.AddRange(e.Provided.Except(Provided));

    public void Apply(ApplicationAccepted e)
    {
        AcceptedAt = e.AcceptedAt;
        PromisedWorkingDays = e.PromisedWorkingDays;
        DueAt = e.DueAt;
        Status = ApplicationStatus.Accepted;
    }

    public void Apply(ApplicationDecided e)
    {
        Approved = e.Approved;
        Reasons = e.Reasons;
        Rule = e.Rule;
        Status = e.Approved ? ApplicationStatus.Approved : ApplicationStatus.Rejected;
        if (!e.Approved) FinishedAt = e.DecidedAt;
    }

    public void Apply(ApplicationPartDecided e) =>
        Parts = Parts.Select(p => p.ItemId == e.ItemId ? p with { Approved = e.Approved, Reasons = e.Reasons, Rule = e.Rule } : p).ToList();

    public void Apply(OneGoSavingsRecorded e) => Savings = e.Savings;

    public void Apply(ResultIssued e)
    {
        ResultNumber = e.ResultNumber;
        FinishedAt = e.IssuedAt;
        Status = ApplicationStatus.ResultIssued;
    }

    public void Apply(VisitRecorded _) => Visits++;

    public void Apply(ApplicationDeadlineRecomputed e)
    {
        DueAt = e.DueAt;
        Warned = false;
    }

    public void Apply(ApplicationDeadlineWarned _) => Warned = true;

    public void Apply(ApplicationClockPaused e)
    {
        PausedAt = e.PausedAt;
        PausedProcedure = e.Procedure;
    }

    public void Apply(ApplicationClockResumed e)
    {
        PausedAt = null;
        PausedProcedure = null;
        PausedFor += e.Paused;
        DueAt = e.DueAt;
        Warned = false;
    }

    public void Apply(ApplicationOverdue _) => Overdue = true;
}
