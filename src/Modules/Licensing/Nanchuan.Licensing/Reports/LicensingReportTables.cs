using JasperFx.Events;
using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.FastApproval;
using Nanchuan.Licensing.HallFigures;
using Nanchuan.Licensing.Registration;
using Nanchuan.Licensing.SpotChecks;
using Nanchuan.Licensing.StaffAssessment;
using Nanchuan.Licensing.StaffAssessment.Rulebook;
using static Nanchuan.Licensing.Reports.LicensingTables;

namespace Nanchuan.Licensing.Reports;

/// <summary>
/// Writes the fact rows of <see cref="LicensingTables"/> inline with the events (the summaries are views over them), so the tables are
/// always as current as the events, and a rebuild from the events gives the same rows.
/// </summary>
public sealed partial class LicensingReportTables : EventProjection
{
    // 办件: hall figures and 最多跑一次 (the writes of a row's visits and finish keep the monthly totals, ADR 0198).
    public void Project(ApplicationReceived e, IDocumentOperations ops) =>
        OneTripTotals.Write(ops, e.ApplicationId, ApplicationRows.UpsertStatement(("application_id", e.ApplicationId), ("item_id", e.ItemId), ("item_code", e.ItemCode),
            ("department", e.Department), ("received_at", e.ReceivedAt), ("received_day", BeijingTime.DayOf(e.ReceivedAt)), ("visits", 0)));

    public void Project(IEvent<VisitRecorded> e, IDocumentOperations ops)
    {
        OneTripTotals.Write(ops, e.Data.ApplicationId, ApplicationRows.IncrementStatement([e.Data.ApplicationId], "visits"));
        HallVisitRows.Upsert(ops, ("visit_id", e.Id), ("day", BeijingTime.DayOf(e.Data.At)), ("source", "application"), ("application_id", e.Data.ApplicationId), ("visitors", 1));
    }

    public void Project(ApplicationAccepted e, IDocumentOperations ops) =>
        ApplicationRows.Update(ops, [e.ApplicationId], ("accepted_at", e.AcceptedAt), ("due_at", e.DueAt));

    public void Project(ApplicationDeadlineRecomputed e, IDocumentOperations ops) => ApplicationRows.Update(ops, [e.ApplicationId], ("due_at", e.DueAt));

    public void Project(ApplicationDecided e, IDocumentOperations ops)
    {
        if (!e.Approved) OneTripTotals.Write(ops, e.ApplicationId, ApplicationRows.UpdateStatement([e.ApplicationId], ("finished_at", e.DecidedAt)));
    }

    public void Project(ResultIssued e, IDocumentOperations ops) =>
        OneTripTotals.Write(ops, e.ApplicationId, ApplicationRows.UpdateStatement([e.ApplicationId], ("finished_at", e.IssuedAt)));

    public void Project(HallVisitorsCounted e, IDocumentOperations ops) =>
        HallVisitRows.Upsert(ops, ("visit_id", e.TallyId), ("day", e.Day), ("source", "walk-in"), ("department", e.Department), ("visitors", e.Visitors));

    // 近快办: registrations and consultations per service point; each is also a visitor of the registration authority.
    public void Project(IEvent<RegistrationFiled> e, IDocumentOperations ops)
    {
        RegistrationRows.Upsert(ops, ("registration_id", e.Data.RegistrationId), ("service_point", e.Data.ServicePoint), ("filed_at", e.Data.FiledAt));
        RegistrationAuthorityVisit(ops, e.Id, e.Data.FiledAt, "registration");
    }

    public void Project(RegistrationAccepted e, IDocumentOperations ops) => RegistrationRows.Update(ops, [e.RegistrationId], ("accepted_at", e.AcceptedAt));

    public void Project(LicenceIssued e, IDocumentOperations ops) =>
        RegistrationRows.Update(ops, [e.RegistrationId], ("issued_at", e.IssuedAt), ("working_days_taken", e.WorkingDaysTaken), ("within_limit", e.WithinLimit));

    public void Project(IEvent<ConsultationGiven> e, IDocumentOperations ops)
    {
        ConsultationRows.Upsert(ops, ("consultation_id", e.Data.ConsultationId), ("service_point", e.Data.ServicePoint), ("topic", e.Data.Topic), ("given_at", e.Data.GivenAt));
        RegistrationAuthorityVisit(ops, e.Id, e.Data.GivenAt, "consultation");
    }

    private static void RegistrationAuthorityVisit(IDocumentOperations ops, Guid eventId, DateTimeOffset at, string source) =>
        HallVisitRows.Upsert(ops, ("visit_id", eventId), ("day", BeijingTime.DayOf(at)), ("source", source), ("department", SpotCheckEndpoints.RegistrationAuthority), ("visitors", 1));

    // 事项清单.
    public void Project(ServiceItemCatalogued e, IDocumentOperations ops)
    {
        var item = new ServiceItem();
        item.Apply(e);
        CatalogueItems.Upsert(ops, ("item_id", e.ItemId), ("code", e.Code), ("name", e.Name), ("kind", JsonName(e.Kind)), ("department", e.Department),
            ("owner_level", JsonName(e.OwnerLevel)),
            ("statutory_working_days", e.StatutoryWorkingDays), ("promised_working_days", e.PromisedWorkingDays), ("compression", item.Compression),
            ("immediate", e.Immediate), ("online", e.Online), ("concerns_enterprises", e.ConcernsEnterprises));
    }

    public void Project(CompressionJustified e, IDocumentOperations ops) => CatalogueItems.Update(ops, [e.ItemId], ("justification", e.Justification));

    // 月度数字化管理考核.
    public void Project(DeductionRecorded e, IDocumentOperations ops)
    {
        StaffDeductionRows.Upsert(ops, ("deduction_id", e.DeductionId), ("staff_id", e.StaffId), ("year", e.Year), ("month", e.Month),
            ("requirement", e.Requirement), ("complaint", e.Complaint), ("points", e.Points), ("rule_code", e.Rule?.Code), ("rule_revision", e.Rule?.Revision),
            ("model_post", e.ModelPost is { } post ? JsonName(post) : null));
    }

    public void Project(ModelPostDesignated e, IDocumentOperations ops) =>
        StaffModelPosts.Upsert(ops, ("staff_id", e.StaffId), ("kind", JsonName(e.Kind)), ("designated_at", e.At), ("withdrawn_at", null));

    public void Project(ModelPostWithdrawn e, IDocumentOperations ops) => StaffModelPosts.Update(ops, [e.StaffId], ("withdrawn_at", e.At));

    // 考核细则: one row per revision of a rule.
    public void Project(AssessmentRuleAdopted e, IDocumentOperations ops) =>
        AssessmentRules.Upsert(ops, ("code", e.Code), ("revision", 1), ("title", e.Title), ("category", JsonName(e.Category)), ("points", e.Points),
            ("source", e.Source), ("in_force_from", e.At), ("changed_by", e.By.Name), ("changed_by_role", e.By.Role));

    public void Project(AssessmentRuleAmended e, IDocumentOperations ops)
    {
        AssessmentRules.Update(ops, [e.Code, e.Revision - 1], ("in_force_until", e.At));
        AssessmentRules.Upsert(ops, ("code", e.Code), ("revision", e.Revision), ("title", e.Title), ("category", Previous("category", e)), ("points", e.Points),
            ("source", Previous("source", e)), ("in_force_from", e.At), ("changed_by", e.By.Name), ("changed_by_role", e.By.Role), ("reason", e.Reason));
    }

    public void Project(AssessmentRuleRetired e, IDocumentOperations ops) =>
        AssessmentRules.Update(ops, [e.Code, e.Revision], ("in_force_until", e.At), ("retirement_reason", e.Reason));

    /// <summary>A column of the revision an amendment replaces (the list and source never change).</summary>
    private static ReportSql Previous(string column, AssessmentRuleAmended e) =>
        new($"(select {column} from {AssessmentRules.QualifiedName} where code = ?::text and revision = ?::integer)", e.Code, e.Revision - 1);

    /// <summary>An enum value as the JSON API writes it (camelCase).</summary>
    private static string JsonName<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public void Project(ExplanationRecorded e, IDocumentOperations ops) =>
        StaffDeductionRows.Update(ops, [e.DeductionId], ("explanation", e.Explanation));

    public void Project(InterviewTriggered e, IDocumentOperations ops) =>
        StaffMonthDecisions.Upsert(ops, ("staff_id", e.StaffId), ("year", e.Year), ("month", e.Month), ("interview", true));

    public void Project(ReturnedToHomeUnit e, IDocumentOperations ops) =>
        StaffMonthDecisions.Upsert(ops, ("staff_id", e.StaffId), ("year", e.Year), ("month", e.Month), ("returned_to_home_unit", true));

    // 社会投资项目快审流水线.
    public void Project(ProjectEnteredPipeline e, IDocumentOperations ops) => FastApprovalProjects.Upsert(ops,
        ("project_id", e.ProjectId), ("name", e.Name), ("investor_credit_code", e.InvestorCreditCode), ("project_type", e.ProjectType),
        ("entered_at", e.EnteredAt), ("entered_day", BeijingTime.DayOf(e.EnteredAt)), ("officer_assignments", 0), ("site_visits", 0), ("meetings", 0),
        ("problems_raised", 0), ("problems_solved", 0));

    public void Project(UpFrontServiceGiven e, IDocumentOperations ops) => FastApprovalProjects.Update(ops, [e.ProjectId], ("up_front_service_at", e.GivenAt));

    public void Project(TrackingOfficerAssigned e, IDocumentOperations ops)
    {
        FastApprovalProjects.Update(ops, [e.ProjectId], ("tracking_officer", e.OfficerName));
        FastApprovalProjects.Increment(ops, [e.ProjectId], "officer_assignments");
    }

    public void Project(SiteGuidanceGiven e, IDocumentOperations ops) => FastApprovalProjects.Increment(ops, [e.ProjectId], "site_visits");

    public void Project(ServiceMeetingHeld e, IDocumentOperations ops) => FastApprovalProjects.Increment(ops, [e.ProjectId], "meetings");

    public void Project(ProjectProblemRaised e, IDocumentOperations ops) => FastApprovalProjects.Increment(ops, [e.ProjectId], "problems_raised");

    public void Project(ProjectProblemSolved e, IDocumentOperations ops) => FastApprovalProjects.Increment(ops, [e.ProjectId], "problems_solved");

    public void Project(FastApprovalProjectClosed e, IDocumentOperations ops) => FastApprovalProjects.Update(ops, [e.ProjectId], ("closed_at", e.ClosedAt));
}
