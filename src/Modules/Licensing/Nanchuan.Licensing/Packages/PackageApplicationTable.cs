using Marten;
using Marten.Events.Projections;
using Nanchuan.Licensing.Applications;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Nanchuan.Licensing.Packages;

/// <summary>
/// <c>licensing.package_application_rows</c>: one row per 一件事一次办 application with the separate-against-package figures, the visits
/// recorded and when it was accepted and finished — the package report as a plain SQL table for reporting tools. Written inline with
/// the events (insert on receipt, updates keyed on the application), so a rebuild from the events gives the same rows.
/// </summary>
public sealed partial class PackageApplicationTable : EventProjection
{
    public const string TableName = "licensing.package_application_rows";

    public static Table Definition()
    {
        var table = new Table(new PostgresqlObjectName("licensing", "package_application_rows", SchemaUtils.IdentifierUsage.General));
        table.AddColumn("application_id", "uuid").AsPrimaryKey();
        table.AddColumn("package_id", "uuid").NotNull();
        table.AddColumn("package_code", "varchar(64)").NotNull();
        table.AddColumn("package_name", "text").NotNull();
        table.AddColumn("items", "integer").NotNull();
        table.AddColumn("separate_steps", "integer").NotNull();
        table.AddColumn("package_steps", "integer").NotNull();
        table.AddColumn("separate_working_days", "numeric(8,1)").NotNull();
        table.AddColumn("package_working_days", "numeric(8,1)").NotNull();
        table.AddColumn("separate_materials", "integer").NotNull();
        table.AddColumn("package_materials", "integer").NotNull();
        table.AddColumn("separate_trips", "integer").NotNull();
        table.AddColumn("visits", "integer").NotNull();
        table.AddColumn("received_at", "timestamptz").NotNull();
        table.AddColumn("accepted_at", "timestamptz");
        table.AddColumn("approved", "boolean");
        table.AddColumn("finished_at", "timestamptz");
        return table;
    }

    public void Project(OneGoSavingsRecorded e, IDocumentOperations ops)
    {
        var s = e.Savings;
        ops.QueueSqlCommand(
            $"insert into {TableName} (application_id, package_id, package_code, package_name, items, separate_steps, package_steps, separate_working_days, package_working_days, " +
            "separate_materials, package_materials, separate_trips, visits, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?) " +
            "on conflict (application_id) do update set package_id = excluded.package_id, package_code = excluded.package_code, package_name = excluded.package_name, " +
            "items = excluded.items, separate_steps = excluded.separate_steps, package_steps = excluded.package_steps, separate_working_days = excluded.separate_working_days, " +
            "package_working_days = excluded.package_working_days, separate_materials = excluded.separate_materials, package_materials = excluded.package_materials, " +
            "separate_trips = excluded.separate_trips, visits = 0, received_at = excluded.received_at, accepted_at = null, approved = null, finished_at = null",
            e.ApplicationId, e.PackageId, e.PackageCode, e.PackageName, s.Items, s.SeparateSteps, s.PackageSteps, s.SeparateWorkingDays, s.PackageWorkingDays,
            s.SeparateMaterials, s.PackageMaterials, s.SeparateTrips, e.ReceivedAt.ToUniversalTime());
    }

    public void Project(VisitRecorded e, IDocumentOperations ops) =>
        ops.QueueSqlCommand($"update {TableName} set visits = visits + 1 where application_id = ?", e.ApplicationId);

    public void Project(ApplicationAccepted e, IDocumentOperations ops) =>
        ops.QueueSqlCommand($"update {TableName} set accepted_at = ? where application_id = ?", e.AcceptedAt.ToUniversalTime(), e.ApplicationId);

    public void Project(ApplicationDecided e, IDocumentOperations ops) => ops.QueueSqlCommand(
        $"update {TableName} set approved = ?, finished_at = case when ? then finished_at else ? end where application_id = ?",
        e.Approved, e.Approved, e.DecidedAt.ToUniversalTime(), e.ApplicationId);

    public void Project(ResultIssued e, IDocumentOperations ops) =>
        ops.QueueSqlCommand($"update {TableName} set finished_at = ? where application_id = ?", e.IssuedAt.ToUniversalTime(), e.ApplicationId);
}
