using Marten;
using Weasel.Postgresql;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

internal static class ReportSchema
{
    /// <summary>Every module's report tables and views (in declaration order, so a view follows its fact tables), then the reporting role's grants.</summary>
    public static void AddReportTables(this StoreOptions options, IReadOnlyList<ReportCatalog> catalogs)
    {
        var tables = catalogs.SelectMany(c => c.Tables).ToList();
        // pg_trgm before the tables whose search indexes use its operator class (ADR 0137); trusted, so the database's owner may create it.
        if (tables.Any(t => t.SearchColumns.Count > 0)) options.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));
        foreach (var table in tables) options.Storage.ExtendedSchemaObjects.Add(table.Definition());
        if (tables.Count > 0) options.Storage.ExtendedSchemaObjects.Add(new ReportingRole(tables));
    }
}
