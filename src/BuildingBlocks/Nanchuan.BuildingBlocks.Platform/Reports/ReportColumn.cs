namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>What a column dimensions a report by, so the generic export can filter on it (platform rule 7).</summary>
public enum ReportDimension
{
    None,
    /// <summary>The Beijing-time month: a text <c>yyyy-MM</c>, or an integer month next to an integer <c>year</c> column.</summary>
    Month,
    /// <summary>The Beijing-time day (<c>date</c>).</summary>
    Day,
    /// <summary>The department (or provider) the row belongs to; an empty text is the total over all departments.</summary>
    Department,
}

/// <summary>A declared column of a report table: SQL name and type, the Chinese name (export header) and its meaning (data dictionary).</summary>
public sealed record ReportColumn(string Name, string Type, string ChineseName, string Meaning, bool Key = false, ReportDimension Dimension = ReportDimension.None)
{
    public static ReportColumn KeyOf(string name, string type, string chineseName, string meaning, ReportDimension dimension = ReportDimension.None) =>
        new(name, type, chineseName, meaning, Key: true, dimension);

    public static ReportColumn Of(string name, string type, string chineseName, string meaning, ReportDimension dimension = ReportDimension.None) =>
        new(name, type, chineseName, meaning, Key: false, dimension);

    /// <summary>The Beijing-time month (<c>yyyy-MM</c>) an instant counts in.</summary>
    public static ReportColumn MonthOf(string meaning, bool key = false) => new("month", "text", "月份", meaning, key, ReportDimension.Month);

    public static ReportColumn DepartmentOf(string name, string chineseName, string meaning, bool key = false) =>
        new(name, "text", chineseName, meaning, key, ReportDimension.Department);
}
