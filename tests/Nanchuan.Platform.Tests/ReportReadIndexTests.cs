using Nanchuan.BuildingBlocks.Platform.Reports;
using Weasel.Postgresql.Tables;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportColumn;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// The kit's read indexes (ADR 0170, 0265) as the schema declares them: a partial one writes its predicate as PostgreSQL prints it
/// back, and a name PostgreSQL would cut short is refused when declared, not found different at every start.
/// </summary>
public sealed class ReportReadIndexTests
{
    private static (ReportCatalog Catalog, ReportTable Table) Steps()
    {
        var catalog = new ReportCatalog("kit", "kit_reads", new ReportAccess("BusinessOffice"));
        var table = catalog.Table("step_rows", "步骤", "One row per step.", exported: false,
            KeyOf("step_id", "uuid", "步骤编号", "The step."), Of("due_at", "timestamptz", "到期时间", "When it falls due."),
            Of("done_at", "timestamptz", "完成时间", "When it was done."), Of("dropped_at", "timestamptz", "撤销时间", "When it was dropped."),
            Of("responsible_department_of_the_step", "text", "责任部门", "Who does it."));
        return (catalog, table);
    }

    [Fact]
    public void A_partial_read_index_holds_the_rows_whose_columns_are_null_and_a_plain_one_every_row()
    {
        var (catalog, table) = Steps();
        catalog.ReadIndexOfRowsWithNull(table, ["done_at", "dropped_at"], "due_at", "step_id");
        catalog.ReadIndex(table, "due_at", "step_id");

        var indexes = ((Table)table.Definition()).Indexes.OfType<IndexDefinition>().ToDictionary(i => i.Name);
        indexes["step_rows_due_at_step_id_partial_idx"].Predicate.ShouldBe("(done_at IS NULL) AND (dropped_at IS NULL)");
        indexes["step_rows_due_at_step_id_partial_idx"].Columns.ShouldBe(["due_at", "step_id"]);
        indexes["step_rows_due_at_step_id_idx"].Predicate.ShouldBeNull();
    }

    [Fact]
    public void A_read_index_whose_name_postgresql_would_cut_short_or_a_partial_one_without_null_columns_is_refused()
    {
        var (catalog, table) = Steps();
        Should.Throw<ArgumentException>(() => catalog.ReadIndexOfRowsWithNull(table, ["done_at"], "responsible_department_of_the_step", "due_at", "step_id"))
            .Message.ShouldContain("63");
        Should.Throw<ArgumentException>(() => catalog.ReadIndexOfRowsWithNull(table, [], "due_at"));
        Should.Throw<ArgumentException>(() => catalog.ReadIndexOfRowsWithNull(table, ["closed_at"], "due_at"));
    }
}
