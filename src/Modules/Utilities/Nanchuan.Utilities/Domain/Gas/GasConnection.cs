namespace Nanchuan.Utilities.Domain.Gas;

public enum GasConnectionStatus
{
    Applied,
    Surveyed,
    PlanProposed,
    PlanSigned,
    FeeIssued,
}

/// <summary>A gas connection (燃气报装“一表清”) from application to the itemised fee.</summary>
public sealed class GasConnection : IWatchedCase
{
    public Guid Id { get; set; }
    public long Version { get; set; }

    /// <summary>Erasures of personal data that rewrote the case (counted by the platform's eraser; part of its read's ETag, ADR 0128).</summary>
    public int PersonalDataErasures { get; set; }

    public string StatusLabel => Status.ToChinese();
    public string Utility => "gas";
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public string Operator { get; set; } = "";
    public string Provider => Operator;
    public GasApplicationChannel Channel { get; set; }
    public GasUserCategory Category { get; set; }
    public string SiteAddress { get; set; } = "";
    public GasConnectionStatus Status { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? SurveyedAt { get; set; }
    public DateTimeOffset? PlanProposedAt { get; set; }
    public string? Plan { get; set; }
    public DateTimeOffset? UserSignedAt { get; set; }
    public DateTimeOffset? OperatorSignedAt { get; set; }
    public DateTimeOffset? PlanSignedAt { get; set; }
    public int? PriceListVersion { get; set; }
    public string? PackageCode { get; set; }
    public List<ChosenItem> ChosenItems { get; set; } = [];
    public GasFee? Fee { get; set; }
    public DateTimeOffset? FeeIssuedAt { get; set; }
    public DeadlineBook Deadlines { get; set; } = new();
    public List<ProcessStep> Steps { get; set; } = [];

    public static GasConnection Create(GasApplicationReceived e)
    {
        var connection = new GasConnection
        {
            Id = e.ConnectionId, CreditCode = e.CreditCode, EnterpriseName = e.EnterpriseName, Operator = e.Operator, Channel = e.Channel,
            Category = e.Category, SiteAddress = e.SiteAddress, ReceivedAt = e.ReceivedAt, Status = GasConnectionStatus.Applied,
        };
        connection.Deadlines.Start(UtilityDeadline.GasSurvey, e.ReceivedAt, GasTimeLimits.Survey, e.SurveyDueAt);
        connection.Steps.Add(new ProcessStep(e.ReceivedAt, e.Describe()));
        return connection;
    }

    public void Apply(GasSiteSurveyed e)
    {
        Status = GasConnectionStatus.Surveyed;
        SurveyedAt = e.SurveyedAt;
        Deadlines.Meet(UtilityDeadline.GasSurvey, e.SurveyedAt);
        Deadlines.Start(UtilityDeadline.GasPlan, e.SurveyedAt, GasTimeLimits.Plan, e.PlanDueAt);
        Steps.Add(new ProcessStep(e.SurveyedAt, e.Describe()));
    }

    public void Apply(GasPlanProposed e)
    {
        Status = GasConnectionStatus.PlanProposed;
        PlanProposedAt = e.ProposedAt;
        Plan = e.Plan;
        Deadlines.Meet(UtilityDeadline.GasPlan, e.ProposedAt);
        Steps.Add(new ProcessStep(e.ProposedAt, e.Describe()));
    }

    /// <summary>When <paramref name="party"/> signed the plan; null while it has not.</summary>
    public DateTimeOffset? SignedBy(GasPlanParty party) => party == GasPlanParty.User ? UserSignedAt : OperatorSignedAt;

    public void Apply(GasPlanSignedByParty e)
    {
        if (e.Party == GasPlanParty.User)
        {
            UserSignedAt = e.SignedAt;
            PackageCode = e.PackageCode;
            ChosenItems = [.. e.Items];
        }
        else OperatorSignedAt = e.SignedAt;
        Steps.Add(new ProcessStep(e.SignedAt, e.Describe()));
    }

    public void Apply(GasPlanSigned e)
    {
        Status = GasConnectionStatus.PlanSigned;
        PlanSignedAt = e.SignedAt;
        PriceListVersion = e.PriceListVersion;
        PackageCode = e.PackageCode;
        ChosenItems = [.. e.Items];
        Steps.Add(new ProcessStep(e.SignedAt, e.Describe()));
    }

    public void Apply(GasFeeIssued e)
    {
        Status = GasConnectionStatus.FeeIssued;
        Fee = new GasFee(e.Lines, e.Labour, e.Materials, e.Total);
        FeeIssuedAt = e.IssuedAt;
        Steps.Add(new ProcessStep(e.IssuedAt, e.Describe()));
    }

    public void Apply(GasDeadlineWarned e) => Deadlines.Apply(e);

    public void Apply(GasDeadlineMissed e)
    {
        Deadlines.Apply(e);
        Steps.Add(new ProcessStep(e.DetectedAt, e.Describe()));
    }

    public void Apply(GasDeadlineRecomputed e) => Deadlines.Apply(e);

    public void Apply(GasSupervisionNoticeIssued e)
    {
        Deadlines.Apply(e);
        Steps.Add(new ProcessStep(e.IssuedAt, e.Describe()));
    }
}
