using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Licensing.Applications;
using static Nanchuan.Licensing.Reports.LicensingTables;

namespace Nanchuan.Licensing.Packages;

/// <summary>Writes <c>licensing.package_application_rows</c> inline with the events (insert on receipt, updates keyed on the application), so a rebuild gives the same rows.</summary>
public sealed partial class PackageApplicationTable : EventProjection
{
    public void Project(OneGoSavingsRecorded e, IDocumentOperations ops)
    {
        var s = e.Savings;
        PackageApplicationRows.Upsert(ops, ("application_id", e.ApplicationId), ("package_id", e.PackageId), ("package_code", e.PackageCode),
            ("package_name", e.PackageName), ("items", s.Items), ("separate_steps", s.SeparateSteps), ("package_steps", s.PackageSteps),
            ("separate_working_days", s.SeparateWorkingDays), ("package_working_days", s.PackageWorkingDays), ("separate_materials", s.SeparateMaterials),
            ("package_materials", s.PackageMaterials), ("separate_trips", s.SeparateTrips), ("visits", 0), ("received_at", e.ReceivedAt),
            ("month", BeijingTime.MonthOf(e.ReceivedAt)), ("accepted_at", null), ("approved", null), ("finished_at", null));
    }

    public void Project(VisitRecorded e, IDocumentOperations ops) => PackageApplicationRows.Increment(ops, [e.ApplicationId], "visits");

    public void Project(ApplicationAccepted e, IDocumentOperations ops) => PackageApplicationRows.Update(ops, [e.ApplicationId], ("accepted_at", e.AcceptedAt));

    /// <summary>A rejection finishes the application; an approval waits for the result.</summary>
    public void Project(ApplicationDecided e, IDocumentOperations ops)
    {
        if (e.Approved) PackageApplicationRows.Update(ops, [e.ApplicationId], ("approved", true));
        else PackageApplicationRows.Update(ops, [e.ApplicationId], ("approved", false), ("finished_at", e.DecidedAt));
    }

    public void Project(ResultIssued e, IDocumentOperations ops) => PackageApplicationRows.Update(ops, [e.ApplicationId], ("finished_at", e.IssuedAt));
}
