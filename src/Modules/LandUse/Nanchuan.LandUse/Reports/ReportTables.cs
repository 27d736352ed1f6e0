using Marten;
using Marten.Events.Projections;
using Nanchuan.LandUse.Domain.Catalogue;
using Nanchuan.LandUse.Domain.Events;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Nanchuan.LandUse.Reports;

/// <summary>
/// The module's report data as plain SQL tables for BI tools (platform rule 7): <c>landuse.project_rows</c> (one row per project),
/// <c>landuse.stage_rows</c> (one row per project and stage; <c>trips</c> counts the hand-in), <c>landuse.visit_rows</c> (other window
/// visits, each a trip) and <c>landuse.consultation_rows</c>. Written inline with the events by
/// upserts keyed on the natural keys, so a rebuild from the events gives the same rows.
/// </summary>
public sealed partial class ReportTables : EventProjection
{
    public const string Schema = "landuse";

    private static PostgresqlObjectName TableName(string table) => new(Schema, table, SchemaUtils.IdentifierUsage.General);

    public static IEnumerable<Table> Tables()
    {
        var projects = new Table(TableName("project_rows"));
        projects.AddColumn("project_code", "varchar(24)").AsPrimaryKey();
        projects.AddColumn("project_id", "uuid");
        projects.AddColumn("supply_type", "varchar(20)");
        projects.AddColumn("project_name", "text");
        projects.AddColumn("credit_code", "varchar(18)");
        projects.AddColumn("enterprise_name", "text");
        projects.AddColumn("started_at", "timestamptz");

        var stages = new Table(TableName("stage_rows"));
        stages.AddColumn("project_code", "varchar(24)").AsPrimaryKey();
        stages.AddColumn("stage", "integer").AsPrimaryKey();
        stages.AddColumn("stage_name", "text");
        stages.AddColumn("counts_as_step", "boolean");
        stages.AddColumn("materials_in_file", "integer");
        stages.AddColumn("materials_in_file_before", "integer");
        stages.AddColumn("documents_on_file", "integer");
        stages.AddColumn("applicant_materials", "integer");
        stages.AddColumn("fetched_materials", "integer");
        stages.AddColumn("attached_materials", "integer");
        stages.AddColumn("adapter_calls", "integer");
        stages.AddColumn("trips", "integer");
        stages.AddColumn("accepted_at", "timestamptz");
        stages.AddColumn("completed_at", "timestamptz");
        stages.AddColumn("working_days", "numeric(10,2)");

        var consultations = new Table(TableName("consultation_rows"));
        consultations.AddColumn("consultation_id", "uuid").AsPrimaryKey();
        consultations.AddColumn("channel", "varchar(20)");
        consultations.AddColumn("project_code", "varchar(24)");
        consultations.AddColumn("enquirer", "text");
        consultations.AddColumn("question", "text");
        consultations.AddColumn("at", "timestamptz");
        var visits = new Table(TableName("visit_rows"));
        visits.AddColumn("visit_id", "uuid").AsPrimaryKey();
        visits.AddColumn("project_code", "varchar(24)");
        visits.AddColumn("stage", "integer");
        visits.AddColumn("purpose", "text");
        visits.AddColumn("at", "timestamptz");
        return [projects, stages, consultations, visits];
    }

    public void Project(LandUseProjectStarted e, IDocumentOperations ops) => ops.QueueSqlCommand(
        $"insert into {Schema}.project_rows (project_code, project_id, supply_type, project_name, credit_code, enterprise_name, started_at) values (?, ?, ?, ?, ?, ?, ?) " +
        "on conflict (project_code) do update set project_id = excluded.project_id, supply_type = excluded.supply_type, project_name = excluded.project_name, " +
        "credit_code = excluded.credit_code, enterprise_name = excluded.enterprise_name, started_at = excluded.started_at",
        e.Code, e.ProjectId, e.SupplyType.ToString(), e.ProjectName, e.CreditCode, e.EnterpriseName, e.StartedAt.ToUniversalTime());

    public void Project(StageAccepted e, IDocumentOperations ops)
    {
        // Step and material counts are the same for both supply types (the allocation catalogue mirrors the transfer one).
        var definition = StageCatalogue.Transfer.Stage(e.Stage);
        ops.QueueSqlCommand(
            $"insert into {Schema}.stage_rows (project_code, stage, stage_name, counts_as_step, materials_in_file, materials_in_file_before, documents_on_file, " +
            "applicant_materials, fetched_materials, attached_materials, adapter_calls, trips, accepted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) " +
            "on conflict (project_code, stage) do update set stage_name = excluded.stage_name, counts_as_step = excluded.counts_as_step, materials_in_file = excluded.materials_in_file, " +
            "materials_in_file_before = excluded.materials_in_file_before, documents_on_file = excluded.documents_on_file, applicant_materials = excluded.applicant_materials, " +
            "fetched_materials = excluded.fetched_materials, attached_materials = excluded.attached_materials, adapter_calls = excluded.adapter_calls, trips = excluded.trips, accepted_at = excluded.accepted_at",
            e.Code, e.Stage, e.StageName, definition.CountsAsStep, definition.MaterialsKept, definition.MaterialsBefore, e.Filed.Count, e.ApplicantMaterials,
            e.Filed.Count(f => f.Disposition == Domain.Materials.MaterialDisposition.FetchedFromSystem),
            e.Filed.Count(f => f.Disposition == Domain.Materials.MaterialDisposition.AttachedFromEarlierStage),
            e.AdapterCalls.Count, e.WindowTrip ? 1 : 0, e.AcceptedAt.ToUniversalTime());
    }

    public void Project(StageCompleted e, IDocumentOperations ops) => ops.QueueSqlCommand(
        $"update {Schema}.stage_rows set completed_at = ?, working_days = ? where project_code = ? and stage = ?",
        e.CompletedAt.ToUniversalTime(), e.WorkingDays, e.Code, e.Stage);

    public void Project(ConsultationLogged e, IDocumentOperations ops) => ops.QueueSqlCommand(
        $"insert into {Schema}.consultation_rows (consultation_id, channel, project_code, enquirer, question, at) values (?, ?, ?, ?, ?, ?) " +
        "on conflict (consultation_id) do update set channel = excluded.channel, project_code = excluded.project_code, enquirer = excluded.enquirer, question = excluded.question, at = excluded.at",
        e.ConsultationId, e.Channel.ToString(), (object?)e.ProjectCode ?? DBNull.Value, e.Enquirer, e.Question, e.At.ToUniversalTime());

    public void Project(WindowVisitRecorded e, IDocumentOperations ops) => ops.QueueSqlCommand(
        $"insert into {Schema}.visit_rows (visit_id, project_code, stage, purpose, at) values (?, ?, ?, ?, ?) " +
        "on conflict (visit_id) do update set project_code = excluded.project_code, stage = excluded.stage, purpose = excluded.purpose, at = excluded.at",
        e.VisitId, e.Code, (object?)e.Stage ?? DBNull.Value, e.Purpose, e.At.ToUniversalTime());
}
