namespace Nanchuan.Utilities.Domain.Power;

public enum PowerConnectionStatus
{
    /// <summary>已受理: the limit runs (for high voltage: works under way, no limit yet).</summary>
    Accepted,

    /// <summary>已竣工报验: high voltage, the 5-working-day limit runs.</summary>
    InspectionRequested,

    /// <summary>已接电.</summary>
    PoweredOn,
}

/// <summary>A power connection (电力报装) from acceptance to power on, with its steps for the applicant's full-process query.</summary>
public sealed class PowerConnection : IWatchedCase
{
    public Guid Id { get; set; }
    public long Version { get; set; }

    /// <summary>Erasures of personal data that rewrote the case (counted by the platform's eraser; part of its read's ETag, ADR 0128).</summary>
    public int PersonalDataErasures { get; set; }

    public string StatusLabel => Status.ToChinese();
    public string Utility => "power";
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public bool LicenceDataShared { get; set; }
    public string? LegalRepresentative { get; set; }
    public string? RegisteredAddress { get; set; }
    public PowerConnectionClass Class { get; set; }
    public string SiteAddress { get; set; } = "";
    public decimal CapacityKva { get; set; }
    public DateOnly? WantedPowerOnDate { get; set; }
    public string Provider { get; set; } = "";
    public PowerConnectionStatus Status { get; set; }
    public DateTimeOffset AcceptedAt { get; set; }
    public DateTimeOffset? InspectionRequestedAt { get; set; }
    public DateTimeOffset? PoweredOnAt { get; set; }
    public bool? WithinLimit { get; set; }
    public decimal? WorkingDaysTaken { get; set; }
    public int ProblemReports { get; set; }
    public DeadlineBook Deadlines { get; set; } = new();
    public List<ProcessStep> Steps { get; set; } = [];

    public DateTimeOffset? DueAt => Deadlines.Find(UtilityDeadline.PowerOn)?.DueAt;

    /// <summary>Start of the time limit: acceptance, or for high voltage the completion inspection request.</summary>
    public DateTimeOffset? LimitStart => Class.RunsFromAcceptance() ? AcceptedAt : InspectionRequestedAt;

    public static PowerConnection Create(PowerApplicationAccepted e)
    {
        var connection = new PowerConnection
        {
            Id = e.ConnectionId, CreditCode = e.CreditCode, EnterpriseName = e.EnterpriseName, LicenceDataShared = e.LicenceDataShared,
            LegalRepresentative = e.LegalRepresentative, RegisteredAddress = e.RegisteredAddress, Class = e.Class, SiteAddress = e.SiteAddress,
            CapacityKva = e.CapacityKva, WantedPowerOnDate = e.WantedPowerOnDate, Provider = e.Provider, AcceptedAt = e.AcceptedAt,
            Status = PowerConnectionStatus.Accepted,
        };
        if (e.DueAt is { } due) connection.Deadlines.Start(UtilityDeadline.PowerOn, e.AcceptedAt, PowerTimeLimits.For(e.Class), due);
        connection.Steps.Add(new ProcessStep(e.AcceptedAt, e.Describe()));
        return connection;
    }

    public void Apply(CompletionInspectionRequested e)
    {
        Status = PowerConnectionStatus.InspectionRequested;
        InspectionRequestedAt = e.RequestedAt;
        Deadlines.Start(UtilityDeadline.PowerOn, e.RequestedAt, PowerTimeLimits.For(Class), e.DueAt);
        Steps.Add(new ProcessStep(e.RequestedAt, e.Describe()));
    }

    public void Apply(PowerSupplied e)
    {
        Status = PowerConnectionStatus.PoweredOn;
        PoweredOnAt = e.PoweredOnAt;
        WithinLimit = e.WithinLimit;
        WorkingDaysTaken = e.WorkingDaysTaken;
        Deadlines.Meet(UtilityDeadline.PowerOn, e.PoweredOnAt);
        Steps.Add(new ProcessStep(e.PoweredOnAt, e.Describe()));
    }

    public void Apply(PowerProblemReported e)
    {
        ProblemReports++;
        Steps.Add(new ProcessStep(e.ReportedAt, e.Describe()));
    }

    public void Apply(PowerDeadlineWarned e) => Deadlines.Apply(e);

    public void Apply(PowerDeadlineMissed e)
    {
        Deadlines.Apply(e);
        Steps.Add(new ProcessStep(e.DetectedAt, e.Describe()));
    }

    public void Apply(PowerDeadlineRecomputed e) => Deadlines.Apply(e);

    public void Apply(PowerSupervisionNoticeIssued e)
    {
        Deadlines.Apply(e);
        Steps.Add(new ProcessStep(e.IssuedAt, e.Describe()));
    }
}
